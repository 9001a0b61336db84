// Public API of the units feature (the unit tree itself is shared: src/hooks/useUnits, src/lib/unit-tree).
export { UnitsRoute } from './routes/UnitsRoute';

// Public API of the units feature.
export { UNITS_QUERY_KEY, useUnits } from './api/units';
export { UnitsRoute } from './routes/UnitsRoute';
export { flattenUnits, pathLabel, unitLabels, unitOptions, type FlatUnit } from './utils/tree';

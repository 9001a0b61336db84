// Public API of the members feature.
export { MembersRoute } from './routes/MembersRoute';

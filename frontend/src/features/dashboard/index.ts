export { DashboardRoute } from './routes/DashboardRoute';

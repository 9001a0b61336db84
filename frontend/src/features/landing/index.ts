export { LandingRoute } from './routes/LandingRoute';

export { ProfileRoute } from './routes/ProfileRoute';

// Public API of the settings feature.
export { SettingsRoute } from './routes/SettingsRoute';

// Public API of the calendars feature. The app loads its page lazily (see app/router.tsx).
export { CalendarsRoute } from './routes/CalendarsRoute';

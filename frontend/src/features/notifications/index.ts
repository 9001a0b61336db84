// Public API of the notifications feature: the bell in the app's header.
export { NotificationBell } from './components/NotificationBell';

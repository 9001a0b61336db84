// Public API of the tenants feature: sign-up, invitations (accept or decline) and further organizations.
export { SignupCard } from './components/SignupCard';
export { SignupForm } from './components/SignupForm';
export { MyInvitations } from './components/MyInvitations';
export { AccountRoute } from './routes/AccountRoute';
export { InvitationRoute } from './routes/InvitationRoute';
export type { SignupRequest, SignupResponse } from './api/signup';

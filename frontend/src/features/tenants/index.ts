// Public API of the tenants feature.
export { SignupCard } from './components/SignupCard';
export { SignupForm } from './components/SignupForm';
export type { SignupRequest, SignupResponse } from './api/signup';

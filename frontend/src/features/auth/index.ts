// Public API of the auth feature: sign-in, the signed-in person (/api/me) and tenant selection.
export { fetchMe, ME_QUERY_KEY, useMe } from './api/me';
export { AuthBoundary, type AuthBoundaryProps } from './components/AuthBoundary';
export { LoginButton, type LoginButtonProps } from './components/LoginButton';
export { RuntimeConfigContext, useRuntimeConfig } from './components/RuntimeConfigContext';
export { SessionGate } from './components/SessionGate';
export { TenantSwitcher } from './components/TenantSwitcher';
export { UserMenu } from './components/UserMenu';
export { selectedMembership, useSelectTenant, useSession, useSessionSync } from './hooks/useSession';
export { accountConsoleUrl, safeReturnTo } from './utils/oidc';

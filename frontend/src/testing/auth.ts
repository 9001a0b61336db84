import type { User } from 'oidc-client-ts';
import type { AuthContextProps } from 'react-oidc-context';
import { vi } from 'vitest';

export interface FakeAuthOptions {
  /** Signed in (default) or anonymous. */
  signedIn?: boolean;
  isLoading?: boolean;
  email?: string;
  name?: string;
  overrides?: Partial<AuthContextProps>;
}

/** A react-oidc-context value without a real OIDC client: sign-in/out are spies. */
export function fakeAuth({
  signedIn = true,
  isLoading = false,
  email = 'alex@acme.example',
  name = 'Alex Example',
  overrides = {},
}: FakeAuthOptions = {}): AuthContextProps {
  const user = signedIn
    ? ({
        access_token: 'test-access-token',
        token_type: 'Bearer',
        expired: false,
        profile: { sub: 'subject-1', email, name, iss: 'http://localhost:8180/realms/fokus', aud: 'fokus-spa', exp: 0, iat: 0 },
        state: undefined,
      } as unknown as User)
    : null;
  return {
    user,
    isLoading,
    isAuthenticated: signedIn && !isLoading,
    activeNavigator: undefined,
    error: undefined,
    settings: { authority: 'http://localhost:8180/realms/fokus', client_id: 'fokus-spa', redirect_uri: 'http://localhost:3000/' },
    events: {} as AuthContextProps['events'],
    clearStaleState: vi.fn(async () => {}),
    removeUser: vi.fn(async () => {}),
    signinPopup: vi.fn(),
    signinSilent: vi.fn(async () => null),
    signinRedirect: vi.fn(async () => {}),
    signinResourceOwnerCredentials: vi.fn(),
    signoutRedirect: vi.fn(async () => {}),
    signoutPopup: vi.fn(async () => {}),
    signoutSilent: vi.fn(async () => {}),
    querySessionStatus: vi.fn(async () => null),
    revokeTokens: vi.fn(async () => {}),
    startSilentRenew: vi.fn(),
    stopSilentRenew: vi.fn(),
    ...overrides,
  } as AuthContextProps;
}

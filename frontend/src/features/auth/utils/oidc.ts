import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '@/lib/api/types';

/** What the SPA passes through the sign-in redirect (oidc-client-ts keeps it in the state store). */
export interface SigninState {
  /** Where to go after signing in (a path of this app). */
  returnTo?: string;
}

/**
 * The OIDC client for Keycloak: Authorization Code + PKCE (oidc-client-ts always uses PKCE for the
 * code flow), tokens kept in sessionStorage, renewed before they expire.
 */
export function createUserManager(config: RuntimeConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** The current in-app location (path, query and hash). */
export function currentPath(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

/** A return path is used only when it points into this app ("/members", not "//evil.example"). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}

/** Where the user wanted to go before the sign-in redirect. */
export function returnToOf(user: User | undefined | null): string {
  const state = user?.state as SigninState | undefined;
  return safeReturnTo(state?.returnTo);
}

/** Keycloak's account console, where users change their password. */
export function accountConsoleUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/account`;
}

const REAUTH_STORAGE_KEY = 'fokus.reauthAt';
const REAUTH_MIN_INTERVAL_MS = 30_000;

/**
 * After a 401 the SPA signs in again, but not twice within 30 seconds: if the backend keeps
 * rejecting fresh tokens, the page shows the error instead of redirecting in a loop.
 */
export function claimReauthentication(now: number = Date.now()): boolean {
  try {
    const last = Number(window.sessionStorage.getItem(REAUTH_STORAGE_KEY) ?? 0);
    if (Number.isFinite(last) && now - last < REAUTH_MIN_INTERVAL_MS) return false;
    window.sessionStorage.setItem(REAUTH_STORAGE_KEY, String(now));
  } catch {
    // storage disabled: allow it
  }
  return true;
}

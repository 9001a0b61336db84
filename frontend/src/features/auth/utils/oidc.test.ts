import { describe, expect, it } from 'vitest';
import { accountConsoleUrl, claimReauthentication, createUserManager, returnToOf, safeReturnTo } from './oidc';

describe('OIDC helpers', () => {
  it('configures Authorization Code + PKCE for the SPA client', () => {
    const manager = createUserManager(
      { issuer: 'http://localhost:8180/realms/fokus', clientId: 'fokus-spa' },
      'http://localhost:5173',
    );
    const { settings } = manager;
    expect(settings.authority).toBe('http://localhost:8180/realms/fokus');
    expect(settings.client_id).toBe('fokus-spa');
    expect(settings.redirect_uri).toBe('http://localhost:5173/');
    expect(settings.post_logout_redirect_uri).toBe('http://localhost:5173/');
    expect(settings.response_type).toBe('code');
    expect(settings.scope).toBe('openid profile email');
    expect(settings.automaticSilentRenew).toBe(true);
  });

  it('only returns to paths inside the app', () => {
    expect(safeReturnTo('/members?q=x#top')).toBe('/members?q=x#top');
    expect(safeReturnTo('//evil.example/x')).toBe('/');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
    expect(returnToOf({ state: { returnTo: '/units' } } as never)).toBe('/units');
    expect(returnToOf(undefined)).toBe('/');
  });

  it("points to Keycloak's account console", () => {
    expect(accountConsoleUrl('http://localhost:8180/realms/fokus')).toBe('http://localhost:8180/realms/fokus/account');
    expect(accountConsoleUrl('http://localhost:8180/realms/fokus/')).toBe('http://localhost:8180/realms/fokus/account');
  });

  it('signs in again after a 401 at most every 30 seconds', () => {
    expect(claimReauthentication(1_000_000)).toBe(true);
    expect(claimReauthentication(1_010_000)).toBe(false);
    expect(claimReauthentication(1_031_000)).toBe(true);
  });
});

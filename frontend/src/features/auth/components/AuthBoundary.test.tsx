import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { User } from 'oidc-client-ts';
import { useAuth } from 'react-oidc-context';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import { mockApi, problemResponse } from '@/testing/api';
import { AppProvider } from '@/testing/render';
import { AuthBoundary } from './AuthBoundary';
import { useRuntimeConfig } from './RuntimeConfigContext';

const CONFIG = { issuer: 'http://localhost:8180/realms/fokus', clientId: 'fokus-spa' };

function Probe() {
  const auth = useAuth();
  const config = useRuntimeConfig();
  return (
    <p>
      {config.clientId} {auth.isLoading ? 'loading' : auth.isAuthenticated ? `signed in as ${auth.user?.profile.email}` : 'anonymous'}
    </p>
  );
}

function renderBoundary() {
  return render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthBoundary onSignedIn={() => {}}>
        <Probe />
      </AuthBoundary>
    </AppProvider>,
  );
}

describe('AuthBoundary', () => {
  it('loads /api/config anonymously, then provides the OIDC client', async () => {
    const { requests } = mockApi({ 'GET /api/config': CONFIG });
    renderBoundary();
    expect(await screen.findByText('fokus-spa anonymous')).toBeInTheDocument();
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('shows an error with retry when the configuration cannot be loaded', async () => {
    let fail = true;
    mockApi({ 'GET /api/config': () => (fail ? problemResponse(503, { detail: 'Backend is starting.' }) : CONFIG) });
    const user = userEvent.setup();
    renderBoundary();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fokus could not start');
    expect(alert).toHaveTextContent('Backend is starting.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('fokus-spa anonymous')).toBeInTheDocument();
  });

  it("sends the signed-in user's access token from oidc-client-ts with API calls", async () => {
    const user = new User({
      access_token: 'kc-access-token',
      token_type: 'Bearer',
      profile: { sub: 's1', iss: CONFIG.issuer, aud: CONFIG.clientId, exp: 0, iat: 0, email: 'alex@acme.example' },
      expires_at: Math.floor(Date.now() / 1000) + 300,
    });
    window.sessionStorage.setItem(`oidc.user:${CONFIG.issuer}:${CONFIG.clientId}`, user.toStorageString());
    const { requests } = mockApi({ 'GET /api/config': CONFIG, 'GET /api/me': {} });
    renderBoundary();
    expect(await screen.findByText('fokus-spa signed in as alex@acme.example')).toBeInTheDocument();

    await api.get('/api/me');
    expect(requests.at(-1)?.headers.get('Authorization')).toBe('Bearer kc-access-token');
  });
});

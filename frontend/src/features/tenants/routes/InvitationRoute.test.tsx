import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InvitationDetails } from '@/lib/api/types';
import { jsonResponse, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

const TOKEN = 'tok_abc';
const details: InvitationDetails = {
  id: 'dddddddd-0000-4000-8000-000000000001',
  tenantName: 'Acme GmbH',
  email: 'mia@acme.example',
  displayName: 'Mia Manager',
  roles: ['MANAGER'],
  level: 'MANAGER',
  unitName: 'Sales',
  status: 'PENDING',
  expiresAt: '2026-12-08T10:00:00Z',
  loginCreation: true,
};

describe('InvitationRoute', () => {
  it('shows the organization and roles before signing in, and creates a login for the invited email', async () => {
    const { requests } = mockApi({
      [`GET /api/public/invitations/${TOKEN}`]: details,
      [`POST /api/public/invitations/${TOKEN}/login`]: new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderRoute(`/invitations/${TOKEN}`, { auth: fakeAuth({ signedIn: false }) });

    expect(await screen.findByTestId('invitation-tenant')).toHaveTextContent('Acme GmbH');
    expect(screen.getByTestId('invitation')).toHaveTextContent('Manager');
    expect(screen.getByTestId('invitation')).toHaveTextContent('Sales');
    expect(screen.getByTestId('invitation-sign-in')).toHaveTextContent('Sign in as mia@acme.example');

    await user.type(screen.getByLabelText(/^password/i, { selector: 'input[name="password"]' }), 'Mias-0wn-Password');
    await user.type(screen.getByLabelText(/repeat the password/i), 'Mias-0wn-Password');
    await user.click(screen.getByTestId('invitation-create-login'));

    expect(await screen.findByTestId('invitation-login-ready')).toHaveTextContent('Now sign in as mia@acme.example');
    const sent = requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({ password: 'Mias-0wn-Password' });
  });

  it('lets the invited login accept, then opens the organization', async () => {
    const { requests } = mockApi({
      [`GET /api/public/invitations/${TOKEN}`]: details,
      'GET /api/me': me({ email: 'mia@acme.example', memberships: [], selectedTenantId: null, roles: [] }),
      [`POST /api/me/invitations/${details.id}/accept`]: () =>
        jsonResponse(200, { tenantId: 'aaaaaaaa-0000-4000-8000-000000000001', tenantName: 'Acme GmbH',
          memberId: 'bbbbbbbb-0000-4000-8000-000000000001', roles: ['MANAGER'] }),
    });
    const user = userEvent.setup();
    const { router } = renderRoute(`/invitations/${TOKEN}`, { auth: fakeAuth({ email: 'mia@acme.example' }) });

    await user.click(await screen.findByTestId('invitation-accept'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const accepted = requests.find((r) => r.method === 'POST' && r.url.pathname.endsWith('/accept'));
    expect(accepted?.body).toEqual({ token: TOKEN }); // the link proves the invitee got it
  });

  it('tells another signed-in login that the invitation is not theirs', async () => {
    mockApi({
      [`GET /api/public/invitations/${TOKEN}`]: details,
      'GET /api/me': me({ email: 'eve@elsewhere.example' }),
    });
    renderRoute(`/invitations/${TOKEN}`, { auth: fakeAuth({ email: 'eve@elsewhere.example' }) });

    expect(await screen.findByTestId('invitation-other-login')).toHaveTextContent(
      'You are signed in as eve@elsewhere.example, but the invitation is for mia@acme.example.',
    );
    expect(screen.queryByTestId('invitation-accept')).not.toBeInTheDocument();
  });

  it('explains a link that no longer works', async () => {
    mockApi({});
    renderRoute(`/invitations/${TOKEN}`, { auth: fakeAuth({ signedIn: false }) });
    expect(await screen.findByTestId('invitation-not-found')).toHaveTextContent('This invitation link does not work');
  });
});

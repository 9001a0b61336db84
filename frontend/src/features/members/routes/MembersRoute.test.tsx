import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MemberPage } from '@/lib/api/types';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { member, unit } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { MembersRoute } from './MembersRoute';

const SALES = 'cccccccc-0000-4000-8000-000000000001';
const NORTH = 'cccccccc-0000-4000-8000-000000000002';
const units = [unit(SALES, 'Sales', [unit(NORTH, 'North')])];

const admin = member({ id: 'bbbbbbbb-0000-4000-8000-0000000000aa', displayName: 'Alex Admin', email: 'alex@acme.example', roles: ['ADMIN'] });
const sam = member({ unitId: NORTH, loginLinked: false });

function page(items = [admin, sam], total = items.length): MemberPage {
  return { items, page: 0, size: 20, total };
}

describe('MembersRoute', () => {
  it('lists members with roles, unit path, level and status', async () => {
    mockApi({ 'GET /api/members': page(), 'GET /api/units': units, 'GET /api/invitations': [] });
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });

    const table = await screen.findByTestId('members-table');
    const row = within(table).getByRole('row', { name: /Sam Staff/ });
    expect(row).toHaveTextContent('sam@acme.example');
    expect(row).toHaveTextContent('Staff');
    expect(row).toHaveTextContent('Frontline');
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('Not signed in yet');
    await waitFor(() => expect(row).toHaveTextContent('Sales › North'));
    expect(screen.getByTestId('members-count')).toHaveTextContent('2 members');
  });

  it('searches after a pause in typing and shows an empty state without matches', async () => {
    const { requests } = mockApi({
      'GET /api/members': ({ url }) => (url.searchParams.get('q') ? page([], 0) : page()),
      'GET /api/units': units,
      'GET /api/invitations': [],
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    await screen.findByTestId('members-table');

    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'zed');
    expect(await screen.findByText('No matching members')).toBeInTheDocument();
    const searches = requests.filter((r) => r.url.pathname === '/api/members').map((r) => r.url.searchParams.get('q'));
    expect(searches).toEqual([null, 'zed']); // debounced: one request for the whole word
    expect(requests.at(-1)?.url.searchParams.get('page')).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByTestId('members-table')).toBeInTheDocument();
  });

  it('pages through members', async () => {
    const { requests } = mockApi({
      'GET /api/members': ({ url }) => ({ ...page([admin], 45), page: Number(url.searchParams.get('page')) }),
      'GET /api/units': units,
      'GET /api/invitations': [],
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    await screen.findByTestId('members-table');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('page')).toBe('2'));
  });

  it('asks before deactivating and shows the problem when the last admin would go', async () => {
    mockApi({
      'GET /api/members': page(),
      'GET /api/units': units,
      'GET /api/invitations': [],
      [`POST /api/members/${admin.id}/deactivate`]: problemResponse(409, {
        title: 'Conflict',
        detail: 'The last active admin cannot be deactivated.',
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Alex Admin' }));

    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Alex Admin?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The last active admin cannot be deactivated.');
  });

  it('deactivates after confirmation and announces it', async () => {
    const { requests } = mockApi({
      'GET /api/members': page(),
      'GET /api/units': units,
      'GET /api/invitations': [],
      [`POST /api/members/${sam.id}/deactivate`]: { ...sam, status: 'DEACTIVATED' },
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Sam Staff' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Sam Staff was deactivated.');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('shows the problem detail when removing ADMIN from the last admin fails', async () => {
    const { requests } = mockApi({
      'GET /api/members': page(),
      'GET /api/units': units,
      'GET /api/invitations': [],
      [`PUT /api/members/${admin.id}`]: problemResponse(409, {
        title: 'Conflict',
        detail: 'The organization needs at least one active admin.',
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Edit Alex Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Alex Admin' });
    await user.click(within(dialog).getByRole('checkbox', { name: /administrator/i }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^staff/i }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The organization needs at least one active admin.');
    expect(requests.at(-1)?.body).toEqual({ displayName: 'Alex Admin', roles: ['STAFF'], unitId: null, level: 'FRONTLINE' });
  });

  it('shows an error with retry when the list cannot be loaded', async () => {
    let fail = true;
    mockApi({
      'GET /api/members': () => (fail ? problemResponse(500, { title: 'Internal Server Error' }) : page()),
      'GET /api/units': units,
      'GET /api/invitations': [],
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Members could not be loaded');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('members-table')).toBeInTheDocument();
  });

  it('lists open invitations; resending shows the new link, revoking removes it', async () => {
    let open = [
      {
        id: 'dddddddd-0000-4000-8000-000000000009',
        email: 'nina@acme.example',
        displayName: 'Nina New',
        roles: ['MANAGER'],
        unitId: null,
        level: 'MANAGER',
        status: 'EXPIRED',
        expiresAt: '2026-11-20T10:00:00Z',
        createdAt: '2026-11-13T10:00:00Z',
      },
    ];
    const { requests } = mockApi({
      'GET /api/members': page(),
      'GET /api/units': units,
      'GET /api/invitations': () => open,
      'POST /api/invitations/dddddddd-0000-4000-8000-000000000009/resend': () => ({
        invitation: { ...open[0], status: 'PENDING' },
        link: 'http://localhost:8080/invitations/new-token',
        mailed: false,
      }),
      'DELETE /api/invitations/dddddddd-0000-4000-8000-000000000009': () => {
        open = [];
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersRoute />, { auth: fakeAuth() });

    const row = await screen.findByTestId('invitation-row-nina@acme.example');
    expect(row).toHaveTextContent('Nina New');
    expect(row).toHaveTextContent('Expired');
    await user.click(within(row).getByRole('button', { name: 'Resend the invitation to nina@acme.example' }));
    const resent = await screen.findByTestId('invitation-resent');
    expect(within(resent).getByTestId('invitation-link')).toHaveTextContent('http://localhost:8080/invitations/new-token');

    await user.click(
      within(screen.getByTestId('invitation-row-nina@acme.example')).getByRole('button', {
        name: 'Revoke the invitation to nina@acme.example',
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('invitations-table')).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'DELETE')).toBe(true);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TENANT_HEADER } from '@/lib/api-client';
import { currentLanguage, setLanguagePreference } from '@/lib/i18n';
import { getSelectedTenantId, setSelectedTenantId } from '@/lib/tenant-selection';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, membership, TENANT_A, TENANT_B } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

const navTestIds = () =>
  Array.from(document.querySelectorAll('[data-testid^="nav-"]')).map((el) => el.getAttribute('data-testid'));

describe('signed-in app shell', () => {
  it('greets the member on the dashboard with organization and roles', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['ADMIN', 'MANAGER'] }) });
    renderRoute('/', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Alex Example!' })).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-context')).toHaveTextContent(
      'You are working in Acme Corporation with the roles Administrator, Manager.',
    );
    expect(screen.getByTestId('user-menu')).toBeInTheDocument();
    expect(screen.queryByTestId('login-button')).not.toBeInTheDocument();
  });

  it('shows admins every menu item', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['ADMIN'] }) });
    renderRoute('/', { auth: fakeAuth() });
    await screen.findByTestId('nav-members');
    expect(navTestIds()).toEqual([
      'nav-dashboard',
      'nav-surveys',
      'nav-customers',
      'nav-complaints',
      'nav-promises',
      'nav-my-surveys',
      'nav-members',
      'nav-units',
      'nav-calendars',
      'nav-settings',
      'nav-profile',
    ]);
  });

  it('hides admin areas from other roles and shows "not allowed" when they open one', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }) });
    renderRoute('/members', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
    expect(navTestIds()).toEqual(['nav-dashboard', 'nav-complaints', 'nav-promises', 'nav-my-surveys', 'nav-profile']);
  });

  it('offers sign-in to visitors and signs out from the user menu', async () => {
    const user = userEvent.setup();
    const anonymous = fakeAuth({ signedIn: false });
    const { unmount } = renderRoute('/', { auth: anonymous });
    await user.click(await screen.findByTestId('login-button'));
    expect(anonymous.signinRedirect).toHaveBeenCalledWith(expect.objectContaining({ state: { returnTo: '/' } }));
    unmount();

    mockApi({ 'GET /api/me': me() });
    const signedIn = fakeAuth();
    renderRoute('/', { auth: signedIn });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('logout-button'));
    expect(signedIn.signoutRedirect).toHaveBeenCalled();
  });

  it('sends visitors of a members-only page to the sign-in, remembering the page', async () => {
    const auth = fakeAuth({ signedIn: false });
    renderRoute('/units', { auth });
    await waitFor(() => expect(auth.signinRedirect).toHaveBeenCalledTimes(1));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: expect.stringMatching(/^\//) } });
    expect(screen.getByText('Taking you to the sign-in page…')).toBeInTheDocument();
  });

  it('tells signed-in people without a membership that they have no organization yet', async () => {
    mockApi({ 'GET /api/me': me({ roles: [], memberships: [] }) });
    renderRoute('/', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'Your account has no organization yet' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as alex@acme.example/)).toBeInTheDocument();
    expect(navTestIds()).toEqual([]);
  });
});

describe('tenant selection', () => {
  const two = [
    membership({ tenantId: TENANT_A, tenantName: 'Acme Corporation', slug: 'acme', roles: ['ADMIN'] }),
    membership({ tenantId: TENANT_B, tenantName: 'Beta GmbH', slug: 'beta', locale: 'de', roles: ['STAFF'] }),
  ];

  /** /api/me answers according to the X-Fokus-Tenant header, like the backend. */
  function meBySelectedTenant() {
    return mockApi({
      'GET /api/me': ({ headers }) => {
        const tenantId = headers.get(TENANT_HEADER);
        const selected = two.find((m) => m.tenantId === tenantId);
        if (tenantId && !selected) return problemResponse(403, { title: 'Forbidden', detail: 'Not a member' });
        return me({ memberships: two, selectedTenantId: selected?.tenantId, roles: selected?.roles ?? [] });
      },
    });
  }

  it('asks members of several organizations to choose one, then remembers the choice', async () => {
    const { requests } = meBySelectedTenant();
    const user = userEvent.setup();
    renderRoute('/', { auth: fakeAuth() });

    expect(await screen.findByRole('heading', { name: 'Choose your organization' })).toHaveFocus();
    await user.click(screen.getByTestId('choose-tenant-beta'));

    expect(await screen.findByTestId('dashboard-context')).toHaveTextContent(/Beta GmbH/);
    expect(getSelectedTenantId()).toBe(TENANT_B);
    expect(requests.at(-1)?.headers.get(TENANT_HEADER)).toBe(TENANT_B);
    expect(navTestIds()).toEqual(['nav-dashboard', 'nav-complaints', 'nav-promises', 'nav-my-surveys', 'nav-profile']); // STAFF in Beta
    // Beta's language is German, and the user has not chosen one.
    expect(currentLanguage()).toBe('de');
  });

  it('keeps a language the user chose over the organization language', async () => {
    await setLanguagePreference('en');
    setSelectedTenantId(TENANT_B);
    meBySelectedTenant();
    renderRoute('/', { auth: fakeAuth() });
    expect(await screen.findByTestId('dashboard-context')).toHaveTextContent(/Beta GmbH/);
    expect(currentLanguage()).toBe('en');
  });

  it('switches the organization from the header', async () => {
    setSelectedTenantId(TENANT_A);
    const { requests } = meBySelectedTenant();
    const user = userEvent.setup();
    renderRoute('/', { auth: fakeAuth() });

    const switcher = await screen.findByRole('combobox', { name: 'Organization' });
    expect(switcher).toHaveValue(TENANT_A);
    await screen.findByTestId('nav-members');
    await user.selectOptions(switcher, TENANT_B);

    await waitFor(() => expect(screen.queryByTestId('nav-members')).not.toBeInTheDocument());
    expect(getSelectedTenantId()).toBe(TENANT_B);
    expect(requests.at(-1)?.headers.get(TENANT_HEADER)).toBe(TENANT_B);
  });

  it('does not show the switcher with a single membership', async () => {
    mockApi({ 'GET /api/me': me() });
    renderRoute('/', { auth: fakeAuth() });
    await screen.findByTestId('dashboard-context');
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
  });

  it('forgets a stored organization the user no longer belongs to', async () => {
    setSelectedTenantId('33333333-3333-4333-8333-333333333333');
    const { requests } = meBySelectedTenant();
    renderRoute('/', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'Choose your organization' })).toBeInTheDocument();
    expect(getSelectedTenantId()).toBeNull();
    expect(requests.at(-1)?.headers.has(TENANT_HEADER)).toBe(false);
    expect(within(screen.getByRole('list', { name: 'Your organizations' })).getAllByRole('listitem')).toHaveLength(2);
  });
});

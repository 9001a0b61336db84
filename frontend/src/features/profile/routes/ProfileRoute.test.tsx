import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentLanguage, getLanguagePreference, setLanguagePreference } from '@/lib/i18n';
import { setSelectedTenantId } from '@/lib/tenant-selection';
import { mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, membership, TENANT_A, TENANT_B } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

describe('My profile', () => {
  const memberships = [
    membership({ tenantId: TENANT_A, tenantName: 'Acme Corporation', roles: ['ADMIN', 'HR'] }),
    membership({ tenantId: TENANT_B, tenantName: 'Beta GmbH', slug: 'beta', locale: 'de', roles: ['STAFF'] }),
  ];

  it('is open to every role and shows account, memberships and the password link', async () => {
    await setLanguagePreference('en'); // Beta's language is German
    setSelectedTenantId(TENANT_B);
    mockApi({ 'GET /api/me': me({ memberships, selectedTenantId: TENANT_B, roles: ['STAFF'] }) });
    renderRoute('/profile', { auth: fakeAuth() });

    expect(await screen.findByTestId('profile-email')).toHaveTextContent('alex@acme.example');
    expect(screen.getByTestId('profile-name')).toHaveTextContent('Alex Example');
    const table = screen.getByTestId('profile-memberships');
    const acme = within(table).getByRole('row', { name: /Acme Corporation/ });
    expect(acme).toHaveTextContent('Administrator');
    expect(acme).toHaveTextContent('HR');
    expect(within(table).getByRole('row', { name: /Beta GmbH/ })).toHaveTextContent('current');
    expect(screen.getByTestId('change-password')).toHaveAttribute('href', 'http://localhost:8180/realms/fokus/account');
  });

  it("switches the UI language and can go back to the organization's", async () => {
    mockApi({ 'GET /api/me': me() });
    const user = userEvent.setup();
    renderRoute('/profile', { auth: fakeAuth() });

    await user.click(await screen.findByRole('radio', { name: 'German' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mein Profil' })).toBeInTheDocument();
    expect(getLanguagePreference()).toBe('de');

    await user.click(screen.getByRole('radio', { name: /Sprache der Organisation/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    expect(getLanguagePreference()).toBeNull();
    expect(currentLanguage()).toBe('en'); // Acme's language
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { renderWithProviders } from '@/testing/render';
import { CreateTenantForm } from './CreateTenantForm';

describe('CreateTenantForm', () => {
  it('checks name, address and time zone before sending, focusing the first problem', async () => {
    const { requests } = mockApi({});
    const user = userEvent.setup();
    renderWithProviders(<CreateTenantForm />, { auth: fakeAuth() });
    const timezone = screen.getByRole('textbox', { name: /time zone/i });
    await user.clear(timezone);
    await user.type(timezone, 'Mars/Olympus');
    await user.click(screen.getByTestId('create-tenant-submit'));

    const name = screen.getByRole('textbox', { name: /organization name/i });
    expect(name).toHaveAccessibleDescription('2 to 120 characters');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /address/i })).toHaveAccessibleDescription(/3 to 40 lowercase letters/);
    expect(timezone).toHaveAccessibleDescription('Choose a time zone such as Europe/Berlin');
    expect(requests).toHaveLength(0);
  });

  it('suggests the address from the name and shows a taken one under its field', async () => {
    const { requests } = mockApi({
      'POST /api/me/tenants': problemResponse(409, { title: 'Conflict', detail: 'The address "acme-gmbh" is already taken.' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateTenantForm />, { auth: fakeAuth() });
    await user.type(screen.getByRole('textbox', { name: /organization name/i }), 'Acme GmbH');
    const slug = screen.getByRole('textbox', { name: /address/i });
    expect(slug).toHaveValue('acme-gmbh');
    await user.click(screen.getByTestId('create-tenant-submit'));

    await waitFor(() => expect(slug).toHaveAttribute('aria-invalid', 'true'));
    expect(slug).toHaveAccessibleDescription(/The address "acme-gmbh" is already taken\./);
    expect(slug).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ organizationName: 'Acme GmbH', slug: 'acme-gmbh' });
  });
});

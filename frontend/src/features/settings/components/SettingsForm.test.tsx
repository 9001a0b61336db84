import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TenantSettings } from '@/lib/api/types';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { renderWithProviders } from '@/testing/render';
import { SettingsRoute } from '../routes/SettingsRoute';

const settings: TenantSettings = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Acme Corporation',
  slug: 'acme',
  locale: 'en',
  timezone: 'Europe/Berlin',
  businessHours: {
    days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
      day: day as TenantSettings['businessHours']['days'][number]['day'],
      opens: '09:00:00',
      closes: '17:00:00',
    })),
  },
  createdAt: '2026-01-01T10:00:00Z',
};

const time = (label: string) => screen.getByLabelText(label, { selector: 'input' });

describe('Settings', () => {
  it('shows the business hours per weekday', async () => {
    mockApi({ 'GET /api/settings': settings });
    renderWithProviders(<SettingsRoute />, { auth: fakeAuth() });
    expect(await screen.findByRole('textbox', { name: /organization name/i })).toHaveValue('Acme Corporation');
    expect(screen.getByRole('switch', { name: 'Open on Monday' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Open on Saturday' })).not.toBeChecked();
    expect(time('Monday opens at')).toHaveValue('09:00');
    expect(screen.queryByLabelText('Saturday opens at')).not.toBeInTheDocument();
  });

  it('validates the hours before saving and focuses the first problem', async () => {
    const { requests } = mockApi({ 'GET /api/settings': settings });
    const user = userEvent.setup();
    renderWithProviders(<SettingsRoute />, { auth: fakeAuth() });
    await screen.findByRole('switch', { name: 'Open on Tuesday' });

    await user.clear(time('Tuesday closes at'));
    await user.type(time('Tuesday closes at'), '08:00');
    await user.click(screen.getByRole('switch', { name: 'Open on Saturday' }));
    await user.clear(time('Saturday opens at'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(time('Tuesday closes at')).toHaveAccessibleDescription('Must be later than the opening time.');
    expect(time('Saturday opens at')).toHaveAccessibleDescription('Enter a time.');
    expect(time('Tuesday closes at')).toHaveFocus();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    // Fixing a day clears its error.
    await user.clear(time('Tuesday closes at'));
    await user.type(time('Tuesday closes at'), '18:00');
    expect(time('Tuesday closes at')).not.toHaveAttribute('aria-invalid');
  });

  it('saves open days only, as HH:mm, and announces it', async () => {
    const { requests } = mockApi({
      'GET /api/settings': settings,
      'PUT /api/settings': ({ body }) => ({ ...settings, ...(body as object) }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsRoute />, { auth: fakeAuth() });
    await user.click(await screen.findByRole('switch', { name: 'Open on Friday' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Settings saved.');
    const body = requests.find((r) => r.method === 'PUT')?.body as { businessHours: { days: unknown[] } };
    expect(body).toMatchObject({ name: 'Acme Corporation', locale: 'en', timezone: 'Europe/Berlin' });
    expect(body.businessHours.days).toEqual(
      ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
    );
  });

  it("puts the backend's field errors under the right weekday", async () => {
    mockApi({
      'GET /api/settings': settings,
      'PUT /api/settings': problemResponse(400, {
        title: 'Bad Request',
        errors: [
          { field: 'businessHours.days[2].closes', message: 'must be after opens' },
          { field: 'name', message: 'size must be between 2 and 120' },
        ],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsRoute />, { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(time('Wednesday closes at')).toHaveAccessibleDescription('must be after opens'));
    expect(screen.getByRole('textbox', { name: /organization name/i })).toHaveAccessibleDescription(
      'size must be between 2 and 120',
    );
    expect(time('Monday closes at')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a load error with retry', async () => {
    mockApi({ 'GET /api/settings': problemResponse(503, { title: 'Service Unavailable' }) });
    renderWithProviders(<SettingsRoute />, { auth: fakeAuth() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Settings could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

describe('ContactPolicyRoute', () => {
  it('saves the quiet period', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/customers/settings': { quietPeriodDays: 30 },
      'PUT /api/customers/settings': ({ body }) => body,
    });
    const user = userEvent.setup();
    renderRoute('/customers/contact-policy', { auth: fakeAuth() });
    const days = await screen.findByRole('textbox', { name: /Quiet period/ });
    expect(days).toHaveValue('30');
    await user.clear(days);
    await user.type(days, '45');
    await user.click(screen.getByTestId('contact-policy-save'));

    expect(await within(screen.getByTestId('contact-policy-form')).findByRole('status')).toHaveTextContent(
      'Contact policy saved.',
    );
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ quietPeriodDays: 45 });
  });

  it('checks the range before sending and shows the server field error', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/customers/settings': { quietPeriodDays: 30 },
      'PUT /api/customers/settings': problemResponse(400, {
        title: 'Bad Request',
        errors: [{ field: 'quietPeriodDays', message: 'must be less than or equal to 365' }],
      }),
    });
    const user = userEvent.setup();
    renderRoute('/customers/contact-policy', { auth: fakeAuth() });
    const days = await screen.findByRole('textbox', { name: /Quiet period/ });
    await user.clear(days);
    await user.click(screen.getByTestId('contact-policy-save'));
    expect(days).toHaveAccessibleDescription(/Enter a whole number of days from 0 to 365./);
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.type(days, '12');
    await user.click(screen.getByTestId('contact-policy-save'));
    await waitFor(() => expect(days).toHaveAccessibleDescription(/must be less than or equal to 365/));
    expect(days).toHaveFocus();
  });
});

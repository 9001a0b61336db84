import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

const DEFAULTS = { graceWorkingDays: 1, reminderWorkingDays: [1, 0] };

function settingsApi(roles: string[], put?: MockHandler) {
  return mockApi({
    'GET /api/me': me({ roles: roles as never }),
    'GET /api/promises/settings': DEFAULTS,
    ...(put ? { 'PUT /api/promises/settings': put } : {}),
  });
}

const reminderInputs = () => within(screen.getByTestId('reminders')).queryAllByRole('textbox');

describe('Promise settings', () => {
  it('shows the grace period and the reminders and saves changes (ADMIN)', async () => {
    const user = userEvent.setup();
    const { requests } = settingsApi(['ADMIN'], ({ body }) => body as object);
    renderRoute('/promises/settings', { auth: fakeAuth() });

    const grace = await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    expect(grace).toHaveValue('1');
    expect(screen.getByText('An open promise breaks 1 working day after its due time.')).toBeInTheDocument();
    expect(reminderInputs().map((input) => (input as HTMLInputElement).value)).toEqual(['1', '0']);
    expect(screen.getByText('On the due day')).toBeInTheDocument();

    await user.clear(grace);
    await user.type(grace, '3');
    expect(screen.getByText('An open promise breaks 3 working days after its due time.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a reminder' }));
    const added = reminderInputs()[2]!;
    await user.clear(added);
    await user.type(added, '5');
    await user.click(screen.getByRole('button', { name: 'Remove reminder 1' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The promise settings are saved.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/promises/settings');
    expect(put.body).toEqual({ graceWorkingDays: 3, reminderWorkingDays: [0, 5] });
  });

  it('checks the ranges, at most 5 reminders and no reminder twice before saving', async () => {
    const user = userEvent.setup();
    const { requests } = settingsApi(['ADMIN'], () => DEFAULTS);
    renderRoute('/promises/settings', { auth: fakeAuth() });

    const grace = await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    await user.clear(grace);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a whole number from 0 to 30.')).toBeInTheDocument();
    await user.type(grace, '0');
    expect(screen.getByText('An open promise breaks as soon as its due time has passed.')).toBeInTheDocument();

    const add = screen.getByRole('button', { name: 'Add a reminder' });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    expect(reminderInputs()).toHaveLength(5);
    expect(add).toBeDisabled();
    const [, , third, fourth, fifth] = reminderInputs();
    await user.clear(third!);
    await user.type(third!, '2');
    await user.clear(fourth!);
    await user.type(fourth!, '3');
    // The fifth stays 0, like the second: the same reminder twice.
    await user.clear(fifth!);
    await user.type(fifth!, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This reminder is already set.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it("shows the server's field errors under their fields", async () => {
    const user = userEvent.setup();
    settingsApi(['ADMIN'], () =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'graceWorkingDays', message: 'must be at most 30' },
          { field: 'reminderWorkingDays[1]', message: 'must be before the grace period ends' },
        ],
      }),
    );
    renderRoute('/promises/settings', { auth: fakeAuth() });
    await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('must be at most 30')).toBeInTheDocument();
    expect(screen.getByText('must be before the grace period ends')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Grace period (working days)' })).toHaveAccessibleDescription(/must be at most 30/);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Grace period (working days)' })).toHaveFocus());
    expect(screen.queryByText('The settings could not be saved')).not.toBeInTheDocument();
  });

  it("shows the service's error about the whole list under the reminders", async () => {
    const user = userEvent.setup();
    settingsApi(['ADMIN'], () =>
      problemResponse(400, { title: 'Bad Request', errors: [{ field: 'reminderWorkingDays', message: 'each must be between 0 and 30 working days' }] }),
    );
    renderRoute('/promises/settings', { auth: fakeAuth() });
    await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(screen.getByTestId('reminders')).findByRole('alert')).toHaveTextContent('each must be between 0 and 30 working days');
  });

  it('shows a problem without field errors in an alert', async () => {
    const user = userEvent.setup();
    settingsApi(['ADMIN'], () => problemResponse(403, { title: 'Forbidden', detail: 'Only administrators change promise settings.' }));
    renderRoute('/promises/settings', { auth: fakeAuth() });
    await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The settings could not be saved');
    expect(alert).toHaveTextContent('Only administrators change promise settings.');
  });

  it('is read-only for everyone but admins', async () => {
    const { requests } = settingsApi(['MANAGER']);
    renderRoute('/promises/settings', { auth: fakeAuth() });
    const grace = await screen.findByRole('textbox', { name: 'Grace period (working days)' });
    expect(grace).toBeDisabled();
    expect(screen.getByTestId('promise-settings-readonly')).toHaveTextContent('Only administrators can change these settings.');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a reminder' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kept rate' })).toHaveAttribute('href', '/promises/kept-rate');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });
});

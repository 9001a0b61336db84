import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { member } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { InviteMemberDialog } from './InviteMemberDialog';

const UNIT_ID = 'cccccccc-0000-4000-8000-000000000001';

/** The page's way of using the dialog: mounted while open. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open invite
      </button>
      {open && <InviteMemberDialog onClose={() => setOpen(false)} unitOptions={[{ value: UNIT_ID, label: 'Sales › North' }]} />}
    </>
  );
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog', { name: 'Invite a member' });
  await user.type(within(dialog).getByRole('textbox', { name: /email/i }), 'kim@acme.example');
  await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), 'Kim Manager');
  await user.click(within(dialog).getByRole('checkbox', { name: /manager/i }));
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Unit' }), UNIT_ID);
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /level/i }), 'MANAGER');
  await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
  return dialog;
}

describe('InviteMemberDialog', () => {
  it('shows the one-time password once, with a copy button, and forgets it on close', async () => {
    const { requests } = mockApi({
      'POST /api/members': {
        member: member({ email: 'kim@acme.example', displayName: 'Kim Manager', roles: ['STAFF', 'MANAGER'] }),
        oneTimePassword: 'Xy7-secret-42',
        invitationEmailSent: false,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    await fillAndSubmit(user);

    const result = await screen.findByRole('dialog', { name: 'Member invited' });
    expect(within(result).getByTestId('one-time-password')).toHaveTextContent('Xy7-secret-42');
    expect(result).toHaveTextContent('This password is shown only once');
    expect(result).toHaveTextContent('must set a new password at the first sign-in');
    expect(within(result).getByText(/Kim Manager \(kim@acme.example\) is now a member/)).toHaveFocus();

    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({
      email: 'kim@acme.example',
      displayName: 'Kim Manager',
      roles: ['STAFF', 'MANAGER'],
      unitId: UNIT_ID,
      level: 'MANAGER',
    });

    await user.click(within(result).getByRole('button', { name: 'Copy password' }));
    expect(await within(result).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('Xy7-secret-42');

    await user.click(within(result).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('Xy7-secret-42')).not.toBeInTheDocument();

    // Opening the dialog again starts with an empty form; the password is gone for good.
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    const again = await screen.findByRole('dialog', { name: 'Invite a member' });
    expect(within(again).getByRole('textbox', { name: /email/i })).toHaveValue('');
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Xy7-secret-42');
  });

  it('says that an invitation email was sent instead of showing a password', async () => {
    mockApi({
      'POST /api/members': {
        member: member({ email: 'kim@acme.example', displayName: 'Kim Manager' }),
        oneTimePassword: null,
        invitationEmailSent: true,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    await fillAndSubmit(user);

    const result = await screen.findByRole('dialog', { name: 'Member invited' });
    expect(result).toHaveTextContent('We sent an invitation email to kim@acme.example.');
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
  });

  it('shows a 409 under the email field', async () => {
    mockApi({
      'POST /api/members': problemResponse(409, {
        title: 'Conflict',
        detail: 'kim@acme.example is already a member.',
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    const dialog = await fillAndSubmit(user);

    const email = within(dialog).getByRole('textbox', { name: /email/i });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('kim@acme.example is already a member.');
    expect(email).toHaveFocus();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
  });

  it('checks the form before sending: email, name and at least one role', async () => {
    const { requests } = mockApi({});
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a member' });
    await user.type(within(dialog).getByRole('textbox', { name: /email/i }), 'not-an-email');
    await user.click(within(dialog).getByRole('checkbox', { name: /staff/i })); // the default role, now none
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    const email = within(dialog).getByRole('textbox', { name: /email/i });
    expect(email).toHaveAccessibleDescription('Enter a valid email address.');
    expect(email).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: /^name/i })).toHaveAccessibleDescription('This field is required.');
    expect(dialog).toHaveTextContent('Choose at least one role.');
    expect(requests).toHaveLength(0);
  });
});

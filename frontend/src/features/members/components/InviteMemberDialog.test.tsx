import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import type { MemberInvitation } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { InviteMemberDialog } from './InviteMemberDialog';

const UNIT_ID = 'cccccccc-0000-4000-8000-000000000001';

function invitation(overrides: Partial<MemberInvitation> = {}): MemberInvitation {
  return {
    id: 'dddddddd-0000-4000-8000-000000000001',
    email: 'kim@acme.example',
    displayName: 'Kim',
    roles: ['STAFF'],
    unitId: UNIT_ID,
    level: 'MANAGER',
    status: 'PENDING',
    expiresAt: '2026-12-08T10:00:00Z',
    createdAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

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
  it('shows the invitation link with a copy button; the answer holds no password', async () => {
    const link = 'http://localhost:8280/invitations/abc123';
    const { requests } = mockApi({
      'POST /api/invitations': {
        invitation: invitation({ email: 'kim@acme.example', displayName: 'Kim Manager', roles: ['STAFF', 'MANAGER'] }),
        link,
        mailed: false,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    await fillAndSubmit(user);

    const result = await screen.findByRole('dialog', { name: 'Invitation created' });
    expect(within(result).getByTestId('invitation-link')).toHaveTextContent(link);
    expect(within(result).getByText(/Kim Manager \(kim@acme.example\) is invited/)).toHaveFocus();
    expect(result).toHaveTextContent('only the login of kim@acme.example can accept it');
    expect(result).not.toHaveTextContent('We emailed');

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.pathname).toBe('/api/invitations');
    expect(requests[0]?.body).toEqual({
      email: 'kim@acme.example',
      displayName: 'Kim Manager',
      roles: ['STAFF', 'MANAGER'],
      unitId: UNIT_ID,
      level: 'MANAGER',
    });

    await user.click(within(result).getByRole('button', { name: 'Copy link' }));
    expect(await within(result).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(link);

    await user.click(within(result).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    const again = await screen.findByRole('dialog', { name: 'Invite a member' });
    expect(within(again).getByRole('textbox', { name: /email/i })).toHaveValue('');
  });

  it('says that the link was mailed when SMTP is set up', async () => {
    mockApi({
      'POST /api/invitations': {
        invitation: invitation({ email: 'kim@acme.example', displayName: 'Kim Manager' }),
        link: 'http://localhost:8080/invitations/xyz',
        mailed: true,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { auth: fakeAuth() });
    await user.click(screen.getByRole('button', { name: 'Open invite' }));
    await fillAndSubmit(user);

    const result = await screen.findByRole('dialog', { name: 'Invitation created' });
    expect(result).toHaveTextContent('We emailed the invitation link to kim@acme.example.');
    expect(within(result).getByTestId('invitation-link')).toBeInTheDocument();
  });

  it('shows a 409 under the email field', async () => {
    mockApi({
      'POST /api/invitations': problemResponse(409, {
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

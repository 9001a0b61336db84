import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '@/lib/api/types';
import type { Role } from '@/lib/permissions';
import { type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, member, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { COMPLAINT_ID, detail, ME_ID, message, SAM_ID, UNIT_ID } from '../testing/fixtures';

const PATH = `/api/complaints/${COMPLAINT_ID}`;

function api(roles: Role[], handlers: Record<string, MockHandler | object>) {
  return mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/complaints/categories': [],
    'GET /api/complaints/priorities': [],
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/members': { items: [member({ id: SAM_ID })], page: 0, size: 100, total: 1 },
    ...handlers,
  });
}

const conversation = [
  message({ id: 'm1', type: 'CUSTOMER_MESSAGE', body: 'Any news?' }),
  message({ id: 'm2', type: 'INTERNAL_NOTE', authorId: SAM_ID, body: 'Courier says it was dropped.' }),
  message({ id: 'm3', type: 'PUBLIC_REPLY', authorId: SAM_ID, body: 'We are sending a new vase.' }),
];

async function open(roles: Role[], handlers: Record<string, MockHandler | object>) {
  const mocked = api(roles, handlers);
  renderRoute(`/complaints/${COMPLAINT_ID}`, { auth: fakeAuth() });
  await screen.findByRole('heading', { level: 1, name: 'Parcel arrived damaged' });
  return { ...mocked, user: userEvent.setup() };
}

const posts = (requests: ReturnType<typeof mockApi>['requests'], path: string) =>
  requests.filter((r) => r.method !== 'GET' && r.url.pathname === path).map((r) => r.body);

describe('complaint page', () => {
  it('tells public replies, internal notes and the customer’s messages apart', async () => {
    await open(['ADMIN'], { [`GET ${PATH}`]: detail({ status: 'OPEN' }, conversation) });
    expect(screen.getByTestId('complaint-description')).toHaveTextContent('The vase inside is broken.');
    const list = screen.getByRole('list', { name: 'Messages, oldest first' });
    expect(within(list).getByRole('article', { name: 'Customer' })).toHaveTextContent('Any news?');
    const note = within(list).getByRole('article', { name: 'Internal note' });
    expect(note).toHaveTextContent('Courier says it was dropped.');
    expect(note).toHaveTextContent('never goes to the customer');
    await waitFor(() => expect(note).toHaveTextContent('Sam Staff'));
    const reply = within(list).getByRole('article', { name: 'Public reply' });
    expect(reply).toHaveTextContent('We are sending a new vase.');
    expect(reply).not.toHaveTextContent('never goes to the customer');
  });

  it('sends a public reply or an internal note, as chosen', async () => {
    let current: ComplaintDetail = detail({ status: 'NEW' });
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: () => current,
      [`POST ${PATH}/messages`]: ({ body }: { body: unknown }) => {
        const { type, body: text } = body as { type: 'PUBLIC_REPLY' | 'INTERNAL_NOTE'; body: string };
        // the first public reply opens a new complaint
        current = detail({ status: type === 'PUBLIC_REPLY' ? 'OPEN' : current.complaint.status }, [
          ...current.messages,
          message({ type, body: text, authorId: ME_ID }),
        ]);
        return current;
      },
    });
    const form = screen.getByTestId('reply-form');
    expect(within(form).getByRole('radio', { name: /Public reply/ })).toBeChecked();
    await user.type(within(form).getByRole('textbox', { name: 'Reply to the customer' }), 'Sorry about that!');
    await user.click(within(form).getByRole('button', { name: 'Send reply' }));
    expect(await within(form).findByText('Reply sent to the customer.')).toBeInTheDocument();
    expect(screen.getAllByTestId('complaint-status')[0]).toHaveTextContent('Open');

    await user.click(within(form).getByRole('radio', { name: /Internal note/ }));
    expect(within(form).getByText('This note stays internal: the customer never sees it.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Note for your team' }), 'Check the courier.');
    await user.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(await within(form).findByText('Note added.')).toBeInTheDocument();

    expect(posts(requests, `${PATH}/messages`)).toEqual([
      { type: 'PUBLIC_REPLY', body: 'Sorry about that!' },
      { type: 'INTERNAL_NOTE', body: 'Check the courier.' },
    ]);
    const list = screen.getByRole('list', { name: 'Messages, oldest first' });
    expect(within(list).getByRole('article', { name: 'Internal note' })).toHaveTextContent('Check the courier.');
  });

  it('moves the status: waiting, reopening a resolved one, closing only after asking', async () => {
    let status: ComplaintDetail['complaint']['status'] = 'OPEN';
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: () => detail({ status }),
      [`POST ${PATH}/status`]: ({ body }: { body: unknown }) => {
        status = (body as { status: typeof status }).status;
        return detail({ status });
      },
    });
    expect(screen.queryByTestId('status-NEW')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('status-WAITING_FOR_CUSTOMER'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-status')[0]).toHaveTextContent('Waiting for customer'));
    await user.click(screen.getByTestId('status-RESOLVED'));
    expect(await screen.findByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(screen.getAllByTestId('complaint-status')[0]).toHaveTextContent('Open'));

    await user.click(screen.getByTestId('status-CLOSED'));
    const dialog = await screen.findByRole('dialog', { name: 'Close this complaint?' });
    expect(posts(requests, `${PATH}/status`)).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: 'Close complaint' }));
    await waitFor(() => expect(screen.getByTestId('reply-closed')).toBeInTheDocument());
    expect(screen.getByText('Closed complaints stay closed.')).toBeInTheDocument();
    expect(posts(requests, `${PATH}/status`)).toEqual([
      { status: 'WAITING_FOR_CUSTOMER' },
      { status: 'RESOLVED' },
      { status: 'OPEN' },
      { status: 'CLOSED' },
    ]);
  });

  it('shows why a status change was refused', async () => {
    const { user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail({ status: 'OPEN' }),
      [`POST ${PATH}/status`]: problemResponse(422, { title: 'Unprocessable', detail: 'a closed complaint cannot change its status' }),
    });
    await user.click(screen.getByTestId('status-RESOLVED'));
    expect(await screen.findByText('a closed complaint cannot change its status')).toBeInTheDocument();
  });

  it('lets an admin assign a unit and a member; staff only read the assignment', async () => {
    const { requests, user } = await open(['ADMIN'], {
      [`GET ${PATH}`]: detail({ status: 'OPEN' }),
      [`PUT ${PATH}/assignment`]: detail({ status: 'OPEN', unitId: UNIT_ID, assigneeId: SAM_ID }),
    });
    const form = screen.getByTestId('assignment-form');
    expect(within(form).getByRole('button', { name: 'Save assignment' })).toBeDisabled();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Unit' }), 'Service desk');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Assignee' })).toHaveTextContent('Sam Staff'));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Assignee' }), 'Sam Staff');
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));
    expect(await screen.findByText('Assignment saved.')).toBeInTheDocument();
    expect(posts(requests, `${PATH}/assignment`)).toEqual([{ unitId: UNIT_ID, assigneeId: SAM_ID }]);
    expect(screen.getByTestId('complaint-customer')).toHaveAttribute('href', expect.stringMatching(/^\/customers\//));
  });

  it('shows staff the assignment without a form, and no link to the customer directory', async () => {
    await open(['STAFF'], { [`GET ${PATH}`]: detail({ status: 'OPEN', unitId: UNIT_ID, assigneeId: ME_ID }) });
    expect(screen.queryByTestId('assignment-form')).not.toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Assignment' });
    await waitFor(() => expect(panel).toHaveTextContent('Unit: Service desk'));
    expect(panel).toHaveTextContent('Assignee: Me');
    expect(screen.queryByTestId('complaint-customer')).not.toBeInTheDocument();
  });

  it('says so when the complaint is not there', async () => {
    api(['STAFF'], { [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute(`/complaints/${COMPLAINT_ID}`, { auth: fakeAuth() });
    expect(await screen.findByText('This complaint does not exist (or is not yours to see)')).toBeInTheDocument();
  });
});

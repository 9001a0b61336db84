import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '@/lib/api/types';
import type { Role } from '@/lib/permissions';
import { type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import {
  assignee,
  CATEGORY_ID,
  classification,
  clock,
  COMPLAINT_ID,
  detail,
  followUp,
  ME_ID,
  message,
  PRIORITY_ID,
  SAM_ID,
  UNIT_ID,
} from '../testing/fixtures';

const PATH = `/api/complaints/${COMPLAINT_ID}`;

function api(roles: Role[], handlers: Record<string, MockHandler | object>) {
  return mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/complaints/categories': [],
    'GET /api/complaints/priorities': [],
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/complaints/assignees': [assignee()],
    // the promises made on the complaint (the app puts the promises feature's panel into the page)
    'GET /api/promises': { items: [], page: 0, size: 50, total: 0 },
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

  it('shows the touchpoint the complaint came through', async () => {
    await open(['STAFF'], { [`GET ${PATH}`]: detail({ status: 'OPEN', touchpoint: 'Berlin shop' }) });
    const details = screen.getByTestId('complaint-details');
    expect(within(details).getByRole('row', { name: /^Touchpoint/ })).toHaveTextContent('Berlin shop');
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

  it('asks what becomes of open promises when resolving is refused for them, and resolves with the choice', async () => {
    const obstacles = [
      { kind: 'promise', id: 'p1', reference: 'P-000123', text: 'A new vase by Friday', dueAt: '2026-12-04T16:00:00Z' },
      { kind: 'promise', id: 'p2', reference: 'P-000124', text: 'Refund the shipping', dueAt: '2026-12-05T16:00:00Z' },
    ];
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail({ status: 'OPEN' }),
      [`POST ${PATH}/status`]: ({ body }: { body: unknown }) =>
        (body as { openPromises?: string }).openPromises
          ? detail({ status: 'RESOLVED' })
          : Response.json(
              { status: 409, title: 'Conflict', detail: 'Promises tied to this complaint are open.', code: 'open-promises', obstacles },
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            ),
    });
    await user.click(screen.getByTestId('status-RESOLVED'));
    const dialog = await screen.findByRole('dialog', { name: 'Promises on this complaint are still open' });
    expect(within(dialog).getByText('2 promises made on this complaint are still open. What should happen to them?')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'P-000123' })).toHaveAttribute('href', '/promises/p1');
    expect(within(dialog).getByText('Refund the shipping')).toBeInTheDocument();
    // the refusal is the dialog's question, not an error beside the buttons
    expect(screen.queryByText('Promises tied to this complaint are open.')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Resolve the complaint' }));
    expect(await within(dialog).findByText('Choose what happens to the open promises.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /Keep them open/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /Cancel them/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /Mark them kept/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolve the complaint' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getAllByTestId('complaint-status')[0]).toHaveTextContent('Resolved'));
    expect(posts(requests, `${PATH}/status`)).toEqual([{ status: 'RESOLVED' }, { status: 'RESOLVED', openPromises: 'MARK_KEPT' }]);
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

  it('shows each SLA clock: policy, state, due time, working time used against the target, and its outcome', async () => {
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000 + 60_000).toISOString();
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString();
    await open(['STAFF'], {
      [`GET ${PATH}`]: {
        ...detail({ status: 'OPEN' }),
        clocks: [
          clock({ state: 'STOPPED', usedMinutes: 45, outcome: 'MET', dueAt: inTwoHours }),
          clock({ kind: 'RESOLUTION', targetMinutes: 960, usedMinutes: 1140, dueAt: threeHoursAgo, warningAt: threeHoursAgo, outcome: 'BREACHED' }),
        ],
      },
    });
    const panel = screen.getByRole('region', { name: 'SLA clocks' });
    const first = within(panel).getByRole('listitem', { name: 'First response' });
    expect(within(first).getByTestId('clock-state')).toHaveTextContent('Stopped');
    expect(within(first).getByTestId('clock-outcome')).toHaveTextContent('Met');
    expect(first).toHaveTextContent('Policy: Standard');
    expect(within(first).queryByTestId('clock-due')).not.toBeInTheDocument();
    const firstBar = within(first).getByRole('progressbar', { name: 'First response: working time used' });
    expect(firstBar).toHaveAttribute('aria-valuenow', '45');
    expect(firstBar).toHaveAttribute('aria-valuemax', '240');
    expect(firstBar).toHaveAttribute('aria-valuetext', '45 min of 4 h working time used');

    const resolution = within(panel).getByRole('listitem', { name: 'Resolution' });
    expect(within(resolution).getByTestId('clock-state')).toHaveTextContent('Running');
    expect(within(resolution).getByTestId('clock-outcome')).toHaveTextContent('Breached');
    expect(within(resolution).getByTestId('clock-due')).toHaveTextContent(/\(3 h overdue\)$/);
    expect(within(resolution).getByTestId('clock-used')).toHaveTextContent('19 h of 16 h working time used · over target');
  });

  it('says a paused clock waits for the customer, and when a running one is due', async () => {
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000 + 60_000).toISOString();
    await open(['STAFF'], {
      [`GET ${PATH}`]: {
        ...detail({ status: 'WAITING_FOR_CUSTOMER' }),
        clocks: [clock({ dueAt: inTwoHours, warningAt: inTwoHours }), clock({ kind: 'RESOLUTION', state: 'PAUSED', dueAt: null, warningAt: null })],
      },
    });
    const first = screen.getByRole('listitem', { name: 'First response' });
    expect(within(first).getByTestId('clock-due')).toHaveTextContent(/\(in 2 h\)$/);
    expect(within(first).getByTestId('clock-used')).toHaveTextContent('1 h of 4 h working time used');
    const resolution = screen.getByRole('listitem', { name: 'Resolution' });
    expect(within(resolution).getByTestId('clock-state')).toHaveTextContent('Paused: waiting for the customer');
    expect(within(resolution).getByTestId('clock-due')).toHaveTextContent('No due time while paused');
  });

  it('says when no SLA policy applies', async () => {
    await open(['STAFF'], { [`GET ${PATH}`]: detail({ status: 'OPEN' }) });
    expect(screen.getByTestId('clocks-none')).toHaveTextContent('No SLA policy applies to this complaint.');
  });

  it('shows the follow-up survey’s link to pass on while it is not answered', async () => {
    await open(['STAFF'], { [`GET ${PATH}`]: { ...detail({ status: 'RESOLVED' }), followUp: followUp() } });
    const panel = screen.getByRole('region', { name: 'Follow-up survey' });
    expect(within(panel).getByTestId('follow-up-state')).toHaveTextContent('Sent');
    expect(within(panel).getByTestId('follow-up-link')).toHaveTextContent('https://fokus.example/s/follow-up-token');
    expect(panel).toHaveTextContent('send this to the customer if mail is not set up');
    expect(within(panel).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('says why the follow-up survey was not sent', async () => {
    await open(['STAFF'], {
      [`GET ${PATH}`]: { ...detail({ status: 'RESOLVED' }), followUp: followUp({ state: 'NOT_SENT', link: null, notSentReason: 'OPTED_OUT' }) },
    });
    expect(screen.getByTestId('follow-up-state')).toHaveTextContent('Not sent');
    expect(screen.getByTestId('follow-up-reason')).toHaveTextContent('Not sent: the customer opted out of mail');
    expect(screen.queryByTestId('follow-up-link')).not.toBeInTheDocument();
  });

  it('shows the CSAT score and comment of an answered follow-up', async () => {
    await open(['STAFF'], {
      [`GET ${PATH}`]: {
        ...detail({ status: 'RESOLVED' }),
        followUp: followUp({ state: 'ANSWERED', csat: 4, answeredAt: '2026-12-01T10:00:00Z', comments: ['Quick and friendly.'] }),
      },
    });
    const panel = screen.getByRole('region', { name: 'Follow-up survey' });
    expect(within(panel).getByTestId('follow-up-state')).toHaveTextContent('Answered');
    expect(within(panel).getByTestId('follow-up-csat')).toHaveTextContent('CSAT 4 of 5');
    expect(within(panel).getByTestId('follow-up-comment')).toHaveTextContent('Quick and friendly.');
    expect(within(panel).queryByTestId('follow-up-link')).not.toBeInTheDocument();
  });

  it('names the customer (linked to their page for managers) and tells a recovery case from a complaint', async () => {
    await open(['MANAGER'], { [`GET ${PATH}`]: detail({ status: 'OPEN', kind: 'RECOVERY' }) });
    expect(screen.getByTestId('complaint-kind')).toHaveTextContent('Recovery case');
    expect(screen.getByTestId('complaint-customer')).toHaveTextContent('Ana Lopez');
    expect(screen.getByTestId('complaint-customer')).toHaveAttribute('href', expect.stringMatching(/^\/customers\//));
    expect(screen.getByTestId('complaint-customer-email')).toHaveTextContent('ana@example.com');
  });

  it('shows staff the customer’s name and email without a link, and the kind "Complaint"', async () => {
    await open(['STAFF'], { [`GET ${PATH}`]: detail({ status: 'OPEN' }) });
    expect(screen.getByTestId('complaint-kind')).toHaveTextContent('Complaint');
    expect(screen.getByTestId('complaint-customer-name')).toHaveTextContent('Ana Lopez');
    expect(screen.getByTestId('complaint-customer-email')).toHaveAttribute('href', 'mailto:ana@example.com');
  });

  it('names message authors and the assignee for a manager from the assignee list', async () => {
    await open(['MANAGER'], {
      [`GET ${PATH}`]: detail({ status: 'OPEN', unitId: UNIT_ID, assigneeId: SAM_ID }, conversation),
      'GET /api/complaints/assignees': [assignee()],
    });
    const note = screen.getByRole('article', { name: 'Internal note' });
    await waitFor(() => expect(note).toHaveTextContent('Sam Staff'));
    const form = screen.getByTestId('assignment-form');
    expect(within(form).getByRole('combobox', { name: 'Assignee' })).toHaveValue(SAM_ID);
  });

  it('changes category and priority in place; the answer brings the clocks of the policy chosen again', async () => {
    let current: ComplaintDetail = detail({ status: 'OPEN' });
    const { requests, user } = await open(['STAFF'], {
      'GET /api/complaints/categories': [classification(CATEGORY_ID, 'Delivery', 'Lieferung')],
      'GET /api/complaints/priorities': [classification(PRIORITY_ID, 'High', 'Hoch')],
      [`GET ${PATH}`]: () => current,
      [`PUT ${PATH}/classification`]: () => {
        current = { ...detail({ status: 'OPEN', categoryId: CATEGORY_ID, priorityId: PRIORITY_ID }), clocks: [clock({ policyName: 'Urgent' })] };
        return current;
      },
    });
    await user.click(screen.getByTestId('classification-edit'));
    const form = screen.getByTestId('classification-form');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Category' })).toHaveTextContent('Delivery'));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Category' }), 'Delivery');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Priority' }), 'High');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Category and priority saved; the SLA clocks follow.')).toBeInTheDocument();
    expect(posts(requests, `${PATH}/classification`)).toEqual([{ categoryId: CATEGORY_ID, priorityId: PRIORITY_ID }]);
    expect(screen.getByTestId('complaint-details')).toHaveTextContent('Delivery');
    expect(screen.getByRole('listitem', { name: 'First response' })).toHaveTextContent('Policy: Urgent');
  });

  it('lists a recovery case’s detractor answers and closes it only with a root cause and whether it was resolved', async () => {
    const ROOT = 'ffffffff-0000-4000-8000-0000000000a1';
    let calls = 0;
    const recovery = {
      ...detail({ status: 'OPEN', kind: 'RECOVERY', channel: 'SURVEY' }),
      recoveryAnswers: [{ responseId: 'r1', scoreType: 'NPS' as const, score: 3, submittedAt: '2026-11-30T08:00:00Z' }],
    };
    const { requests, user } = await open(['MANAGER'], {
      [`GET ${PATH}`]: recovery,
      'GET /api/complaints/root-causes': [classification(ROOT, 'Late delivery', 'Späte Lieferung')],
      [`POST ${PATH}/status`]: () => {
        calls += 1;
        return calls === 1
          ? problemResponse(422, { title: 'Unprocessable', errors: [{ field: 'rootCauseId', message: 'is not a root cause of the tenant' }] })
          : { ...recovery, complaint: { ...recovery.complaint, status: 'CLOSED' } };
      },
    });
    expect(screen.getByTestId('recovery-answer')).toHaveTextContent('NPS 3');
    await user.click(screen.getByTestId('status-CLOSED'));
    const dialog = await screen.findByRole('dialog', { name: 'Close the recovery case' });
    await user.click(within(dialog).getByRole('button', { name: 'Close the case' }));
    expect(within(dialog).getAllByText('Required')).toHaveLength(2);
    expect(posts(requests, `${PATH}/status`)).toEqual([]);

    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Root cause/ })).toHaveTextContent('Late delivery'));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Root cause/ }), 'Late delivery');
    await user.click(within(dialog).getByRole('radio', { name: 'No' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close the case' }));
    expect(await within(dialog).findByText('is not a root cause of the tenant')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close the case' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(requests, `${PATH}/status`)).toEqual([
      { status: 'CLOSED', rootCauseId: ROOT, issueResolved: false },
      { status: 'CLOSED', rootCauseId: ROOT, issueResolved: false },
    ]);
    expect(screen.getAllByTestId('complaint-status')[0]).toHaveTextContent('Closed');
  });

  it('closes a recovery case with open promises once told what becomes of them', async () => {
    const ROOT = 'ffffffff-0000-4000-8000-0000000000a1';
    const recovery = detail({ status: 'OPEN', kind: 'RECOVERY', channel: 'SURVEY' });
    const { requests, user } = await open(['MANAGER'], {
      [`GET ${PATH}`]: recovery,
      'GET /api/complaints/root-causes': [classification(ROOT, 'Late delivery', 'Späte Lieferung')],
      [`POST ${PATH}/status`]: ({ body }: { body: unknown }) =>
        (body as { openPromises?: string }).openPromises
          ? { ...recovery, complaint: { ...recovery.complaint, status: 'CLOSED' } }
          : Response.json(
              {
                status: 409,
                title: 'Conflict',
                code: 'open-promises',
                obstacles: [{ kind: 'promise', id: 'p1', reference: 'P-000123', text: 'Call back', dueAt: '2026-12-04T16:00:00Z' }],
              },
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            ),
    });
    await user.click(screen.getByTestId('status-CLOSED'));
    const dialog = await screen.findByRole('dialog', { name: 'Close the recovery case' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Root cause/ })).toHaveTextContent('Late delivery'));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Root cause/ }), 'Late delivery');
    await user.click(within(dialog).getByRole('radio', { name: 'Yes' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close the case' }));
    const promises = await screen.findByRole('dialog', { name: 'Promises on this complaint are still open' });
    expect(within(promises).getByText('1 promise made on this complaint is still open. What should happen to it?')).toBeInTheDocument();
    await user.click(within(promises).getByRole('radio', { name: /Cancel them/ }));
    await user.click(within(promises).getByRole('button', { name: 'Close the complaint' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(requests, `${PATH}/status`)).toEqual([
      { status: 'CLOSED', rootCauseId: ROOT, issueResolved: true },
      { status: 'CLOSED', rootCauseId: ROOT, issueResolved: true, openPromises: 'CANCEL' },
    ]);
  });
});

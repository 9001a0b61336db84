import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/permissions';
import { type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import type { PromiseDetail } from '../api/types';
import { COMPLAINT_ID, CUSTOMER_ID, detail, made, PROMISE_ID, SAM_ID, UNIT_ID } from '../testing/fixtures';

const PATH = `/api/promises/${PROMISE_ID}`;

async function open(roles: Role[], handlers: Record<string, MockHandler | object>) {
  const mocked = mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/complaints/assignees': [{ id: SAM_ID, displayName: 'Sam Staff', unitId: UNIT_ID, roles: ['STAFF'] }],
    ...handlers,
  });
  renderRoute(`/promises/${PROMISE_ID}`, { auth: fakeAuth() });
  await screen.findByRole('heading', { level: 1, name: 'P-000123' });
  return { ...mocked, user: userEvent.setup() };
}

const sent = (requests: ReturnType<typeof mockApi>['requests'], path: string) =>
  requests.filter((r) => r.method !== 'GET' && r.url.pathname === path).map((r) => r.body);

describe('promise page', () => {
  it('shows what was promised, to whom, by whom, from where, by when, and its history', async () => {
    await open(['MANAGER'], {
      [`GET ${PATH}`]: detail(
        { renegotiations: 1, status: 'RENEGOTIATED' },
        {
          history: [
            made(),
            made({ action: 'RENEGOTIATED', dueBefore: '2026-12-04T16:00:00Z', dueAfter: '2026-12-11T16:00:00Z', note: 'Ana agreed to next Friday.' }),
          ],
          statusLink: 'https://fokus.example/promise-status/tok',
        },
      ),
    });
    expect(screen.getByTestId('promise-text')).toHaveTextContent('Send a replacement vase by Friday');
    expect(screen.getAllByTestId('promise-status')[0]).toHaveTextContent('Renegotiated');
    expect(screen.getByTestId('promise-customer')).toHaveAttribute('href', `/customers/${CUSTOMER_ID}`);
    expect(screen.getByTestId('promise-source-link')).toHaveAttribute('href', `/complaints/${COMPLAINT_ID}`);
    expect(screen.getByTestId('promise-source-link')).toHaveTextContent('Complaint C-2026-0001');
    expect(screen.getByTestId('promise-facts')).toHaveTextContent('Service desk');
    expect(screen.getByTestId('promise-break-at')).toBeInTheDocument();
    const entries = screen.getAllByTestId('promise-history-entry');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toHaveTextContent('Renegotiated');
    expect(entries[1]).toHaveTextContent('Ana agreed to next Friday.');
    expect(entries[1]).toHaveTextContent('→');
    expect(screen.getByTestId('promise-status-link')).toHaveTextContent('https://fokus.example/promise-status/tok');
    expect(screen.getByTestId('promise-reassign')).toBeInTheDocument();
  });

  it('keeps a promise with a note and shows the answer', async () => {
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail(),
      [`POST ${PATH}/keep`]: detail({ status: 'KEPT', dueState: null, decidedAt: '2026-12-03T10:00:00Z', breakAt: null }),
    });
    expect(screen.queryByTestId('promise-reassign')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('promise-keep'));
    const dialog = await screen.findByRole('dialog', { name: 'Mark P-000123 kept' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'Delivered by courier.');
    await user.click(within(dialog).getByRole('button', { name: 'Mark kept' }));
    expect(await screen.findByText('Marked kept.')).toBeInTheDocument();
    expect(screen.getAllByTestId('promise-status')[0]).toHaveTextContent('Kept');
    expect(screen.getByTestId('promise-decided')).toBeInTheDocument();
    expect(sent(requests, `${PATH}/keep`)).toEqual([{ note: 'Delivered by courier.' }]);
  });

  it('renegotiates only with a new due time and the customer’s agreement, and shows the server’s field errors', async () => {
    let answer: Response | PromiseDetail = problemResponse(400, {
      title: 'Bad Request',
      errors: [{ field: 'dueDate', message: 'must lie in the future in the tenant’s time zone' }],
    });
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail(),
      [`POST ${PATH}/renegotiate`]: () => answer,
    });
    await user.click(screen.getByTestId('promise-renegotiate'));
    const dialog = await screen.findByRole('dialog', { name: 'Renegotiate P-000123' });
    await user.click(within(dialog).getByRole('button', { name: 'Save the new due time' }));
    expect(await within(dialog).findByText('Choose the day it is due.')).toBeInTheDocument();
    expect(within(dialog).getByText('This field is required.')).toBeInTheDocument();
    expect(sent(requests, `${PATH}/renegotiate`)).toHaveLength(0);

    await user.type(within(dialog).getByTestId('due-date'), '2099-12-11');
    await user.type(within(dialog).getByTestId('due-time'), '15:00');
    await user.type(within(dialog).getByTestId('renegotiate-note'), 'Ana agreed to the 11th.');
    await user.click(within(dialog).getByRole('button', { name: 'Save the new due time' }));
    expect(await within(dialog).findByText('must lie in the future in the tenant’s time zone')).toBeInTheDocument();

    // within N working days instead of a day
    answer = detail({ status: 'RENEGOTIATED', renegotiations: 1 });
    await user.click(within(dialog).getByText('Within working days'));
    await user.type(within(dialog).getByTestId('due-days'), '61');
    await user.click(within(dialog).getByRole('button', { name: 'Save the new due time' }));
    expect(await within(dialog).findByText('Enter a whole number of working days from 0 to 60.')).toBeInTheDocument();
    await user.clear(within(dialog).getByTestId('due-days'));
    await user.type(within(dialog).getByTestId('due-days'), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Save the new due time' }));
    expect(await screen.findByText('Renegotiated: the new due time is saved.')).toBeInTheDocument();
    expect(sent(requests, `${PATH}/renegotiate`)).toEqual([
      { dueDate: '2099-12-11', dueTime: '15:00', note: 'Ana agreed to the 11th.' },
      { withinWorkingDays: 3, note: 'Ana agreed to the 11th.' },
    ]);
  });

  it('cancels only with a reason', async () => {
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail(),
      [`POST ${PATH}/cancel`]: detail({ status: 'CANCELLED', dueState: null }),
    });
    await user.click(screen.getByTestId('promise-cancel'));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel P-000123' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the promise' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    await user.type(within(dialog).getByTestId('cancel-reason'), 'The customer withdrew the order.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the promise' }));
    expect(await screen.findByText('Cancelled.')).toBeInTheDocument();
    expect(sent(requests, `${PATH}/cancel`)).toEqual([{ reason: 'The customer withdrew the order.' }]);
  });

  it('records a broken promise delivered late, and offers nothing else for it', async () => {
    const { requests, user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail({ status: 'BROKEN', dueState: null, breakAt: null, decidedAt: '2026-12-07T16:00:00Z', recoveryCaseId: COMPLAINT_ID }, {
        history: [made(), made({ action: 'BROKEN_AUTOMATICALLY', actorId: null, actorName: null, dueAfter: null })],
      }),
      [`POST ${PATH}/fulfilled-late`]: detail({ status: 'BROKEN', dueState: null, fulfilledLateAt: '2026-12-08T10:00:00Z' }),
    });
    expect(screen.getAllByTestId('promise-history-entry')[1]).toHaveTextContent('Broken automatically');
    // the second broken promise to the customer within 90 days opened a recovery case
    expect(screen.getByTestId('promise-recovery-case')).toHaveAttribute('href', `/complaints/${COMPLAINT_ID}`);
    expect(screen.queryByTestId('promise-keep')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('promise-fulfilledLate'));
    const dialog = await screen.findByRole('dialog', { name: 'P-000123 delivered late' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as delivered late.')).toBeInTheDocument();
    expect(screen.queryByTestId('promise-fulfilledLate')).not.toBeInTheDocument();
    expect(sent(requests, `${PATH}/fulfilled-late`)).toEqual([{}]);
  });

  it('lets a manager reassign it to a member of their units', async () => {
    const { requests, user } = await open(['MANAGER'], {
      [`GET ${PATH}`]: detail(),
      [`PUT ${PATH}/owner`]: detail({ ownerId: SAM_ID, ownerName: 'Sam Staff' }),
    });
    await user.click(screen.getByTestId('promise-reassign'));
    const dialog = await screen.findByRole('dialog', { name: 'Reassign P-000123' });
    await user.click(within(dialog).getByRole('button', { name: 'Reassign' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByTestId('reassign-owner'), 'Sam Staff');
    await user.click(within(dialog).getByRole('button', { name: 'Reassign' }));
    expect(await screen.findByText('Reassigned.')).toBeInTheDocument();
    expect(sent(requests, `${PATH}/owner`)).toEqual([{ ownerId: SAM_ID }]);
  });

  it('says why the customer could not be told', async () => {
    const { user } = await open(['STAFF'], {
      [`GET ${PATH}`]: detail(),
      [`POST ${PATH}/notify-customer`]: problemResponse(422, { title: 'Unprocessable', detail: 'Mail is not set up for this organization.' }),
    });
    await user.click(screen.getByTestId('promise-notify'));
    const dialog = await screen.findByRole('dialog', { name: 'Tell the customer by mail?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the mail' }));
    expect(await within(dialog).findByText('Mail is not set up for this organization.')).toBeInTheDocument();
  });

  it('offers no actions to those who may not act, and shows the customer’s score afterwards', async () => {
    await open(['EXECUTIVE'], {
      [`GET ${PATH}`]: detail(
        { status: 'KEPT', dueState: null, decidedAt: '2026-12-03T10:00:00Z' },
        { canAct: false, afterScore: { responseId: 'r1', nps: 9, csat: null, answeredAt: '2026-12-20T10:00:00Z' } },
      ),
    });
    expect(screen.queryByTestId('promise-actions')).not.toBeInTheDocument();
    expect(screen.getByTestId('promise-after-score')).toHaveTextContent('NPS answer 9');
    // executives have no customer directory: the name, not a link
    expect(screen.getByTestId('promise-customer').tagName).toBe('SPAN');
  });

  it('says so when the promise is not there', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }), [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute(`/promises/${PROMISE_ID}`, { auth: fakeAuth() });
    expect(await screen.findByText('This promise does not exist or is not yours to see')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Back to promises' })).toHaveAttribute('href', '/promises'));
  });
});

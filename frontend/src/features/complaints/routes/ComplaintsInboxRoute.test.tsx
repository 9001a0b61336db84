import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/permissions';
import { inboxViewFrom, inboxViewParams, NO_FILTERS } from '../api/complaints';
import { jsonResponse, type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import {
  assignee,
  CATEGORY_ID,
  classification,
  complaint,
  complaintPage,
  ME_ID,
  PRIORITY_ID,
  SAM_ID,
  UNIT_ID,
} from '../testing/fixtures';

const assigned = complaint({
  status: 'OPEN',
  categoryId: CATEGORY_ID,
  priorityId: PRIORITY_ID,
  unitId: UNIT_ID,
  assigneeId: SAM_ID,
});

function api(roles: Role[], inbox: MockHandler | object, extra: Record<string, MockHandler | object> = {}) {
  return mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/complaints': inbox,
    'GET /api/complaints/categories': [
      classification(CATEGORY_ID, 'Delivery', 'Lieferung'),
      classification('ffffffff-0000-4000-8000-000000000009', 'Retired', 'Alt', { active: false }),
    ],
    'GET /api/complaints/priorities': [classification(PRIORITY_ID, 'High', 'Hoch')],
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/complaints/assignees': [assignee(), assignee({ id: ME_ID, displayName: 'Alex Example', roles: ['ADMIN'] })],
    'GET /api/complaints/form-link': { token: 'ft', url: 'https://fokus.example/complain/ft' },
    ...extra,
  });
}

const inboxRequests = (requests: ReturnType<typeof mockApi>['requests']) => requests.filter((r) => r.url.pathname === '/api/complaints');

describe('complaints inbox', () => {
  it('lists complaints with names for their ids, and the public form’s link for managers', async () => {
    api(['ADMIN'], complaintPage([assigned]));
    renderRoute('/complaints', { auth: fakeAuth() });

    const row = await screen.findByTestId('complaint-row-C-2026-0001');
    expect(within(row).getByRole('link', { name: 'C-2026-0001' })).toHaveAttribute('href', `/complaints/${assigned.id}`);
    await waitFor(() => expect(row).toHaveTextContent('Sam Staff'));
    expect(row).toHaveTextContent('Parcel arrived damaged');
    expect(row).toHaveTextContent('Open');
    expect(row).toHaveTextContent('Delivery');
    expect(row).toHaveTextContent('High');
    expect(row).toHaveTextContent('Service desk');
    expect(screen.getByTestId('complaints-count')).toHaveTextContent('1 complaint');
    expect(await screen.findByTestId('form-link')).toHaveTextContent('https://fokus.example/complain/ft');
    expect(screen.getByTestId('form-link-copy')).toHaveTextContent('Copy link');
    expect(screen.getByTestId('nav-complaints')).toHaveTextContent('Complaints');
  });

  it('says "more than 1,000" when the backend stopped counting', async () => {
    api(['ADMIN'], complaintPage([assigned], 1_001, 0, false));
    renderRoute('/complaints', { auth: fakeAuth() });
    const count = await screen.findByTestId('complaints-count');
    await waitFor(() => expect(count).toHaveTextContent('More than 1,000 complaints'));
  });

  it('counts exactly when the backend says the total is exact, however large', async () => {
    api(['ADMIN'], complaintPage([assigned], 1_001));
    renderRoute('/complaints', { auth: fakeAuth() });
    const count = await screen.findByTestId('complaints-count');
    await waitFor(() => expect(count).toHaveTextContent('1001 complaints'));
  });

  it('sends filters, search and sort as query parameters and starts again at page 0', async () => {
    const { requests } = api(['ADMIN'], ({ url }: { url: URL }) =>
      complaintPage([assigned], 45, Number(url.searchParams.get('page'))),
    );
    const user = userEvent.setup();
    renderRoute('/complaints', { auth: fakeAuth() });
    await screen.findByTestId('complaints-table');
    const last = () => inboxRequests(requests).at(-1)!.url.searchParams;
    expect(last().get('sort')).toBe('createdAt');
    expect(last().get('order')).toBe('desc');

    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(last().get('page')).toBe('1'));
    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Waiting for customer');
    await waitFor(() => expect(last().get('status')).toBe('WAITING_FOR_CUSTOMER'));
    expect(last().get('page')).toBe('0');
    expect(within(filters).getByRole('combobox', { name: 'Category' })).not.toHaveTextContent('Retired');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Category' }), 'Delivery');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Priority' }), 'High');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Unit' }), 'Service desk');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Assignee' }), 'Sam Staff');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Oldest first');
    await user.type(screen.getByRole('searchbox', { name: 'Search complaints' }), 'vase');
    await waitFor(() => expect(last().get('q')).toBe('vase'));
    expect(Object.fromEntries(last())).toEqual({
      status: 'WAITING_FOR_CUSTOMER',
      categoryId: CATEGORY_ID,
      priorityId: PRIORITY_ID,
      unitId: UNIT_ID,
      assigneeId: SAM_ID,
      q: 'vase',
      page: '0',
      size: '20',
      sort: 'createdAt',
      order: 'asc',
    });

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Any');
    await waitFor(() => expect(last().has('status')).toBe(false));
  });

  it('keeps filters and order in the page address, so going back or reloading shows the same list', async () => {
    const { requests } = api(['ADMIN'], complaintPage([assigned]));
    const user = userEvent.setup();
    const { router } = renderRoute('/complaints?status=OPEN&sort=oldest', { auth: fakeAuth() });
    await screen.findByTestId('complaints-table');
    const params = inboxRequests(requests).at(-1)!.url.searchParams;
    expect(params.get('status')).toBe('OPEN');
    expect(params.get('order')).toBe('asc');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');

    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Unit' }), 'Service desk');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Resolved');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Newest first');
    await waitFor(() => expect(router.state.location.search).toBe(`?status=RESOLVED&unitId=${UNIT_ID}`));
  });

  it('says how to start when there are no complaints, and offers to clear filters without matches', async () => {
    const { requests } = api(['MANAGER'], complaintPage([]), { 'GET /api/complaints/assignees': [assignee()] });
    const user = userEvent.setup();
    renderRoute('/complaints', { auth: fakeAuth() });
    expect(await screen.findByTestId('complaints-empty')).toHaveTextContent('No complaints yet');
    expect(screen.getByTestId('complaints-empty')).toHaveTextContent('public form');

    // a manager's assignees are their units' members (not the member directory); "assigned to me" is offered too
    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Assignee' }), 'Me');
    expect(await screen.findByText('No matches')).toBeInTheDocument();
    expect(inboxRequests(requests).at(-1)?.url.searchParams.get('assigneeId')).toBe(ME_ID);
    expect(requests.some((r) => r.url.pathname === '/api/members')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('No complaints yet')).toBeInTheDocument();
  });

  it('is open to staff (their complaints), without the form link or settings, and closed to executives', async () => {
    api(['STAFF'], complaintPage([]));
    const { unmount } = renderRoute('/complaints', { auth: fakeAuth() });
    expect(await screen.findByTestId('complaints-empty')).toHaveTextContent('Complaints assigned to you appear here.');
    expect(screen.queryByTestId('form-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('complaints-settings-link')).not.toBeInTheDocument();
    unmount();

    api(['EXECUTIVE'], complaintPage([]));
    renderRoute('/complaints', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
    expect(screen.queryByTestId('nav-complaints')).not.toBeInTheDocument();
  });

  it('records a complaint for a customer by phone; server field errors show under the fields', async () => {
    let invalid = true;
    const { requests } = api(['STAFF'], complaintPage([]), {
      'POST /api/complaints': () =>
        invalid
          ? problemResponse(400, { title: 'Bad Request', errors: [{ field: 'email', message: 'must be a well-formed email address' }] })
          : jsonResponse(201, { reference: 'C-2026-0002', statusToken: 'st' }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('record-complaint'));
    const dialog = await screen.findByRole('dialog');

    await user.click(within(dialog).getByTestId('record-complaint-submit'));
    const email = within(dialog).getByRole('textbox', { name: /Customer's email/ });
    expect(email).toHaveAccessibleDescription('This field is required.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Channel' }), 'Visit');
    await user.type(email, 'ana@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: /What happened/ }), 'Rude at the counter.');
    await user.click(within(dialog).getByTestId('record-complaint-submit'));
    await waitFor(() => expect(email).toHaveAccessibleDescription('must be a well-formed email address'));
    expect(email).toHaveFocus();

    invalid = false;
    await user.click(within(dialog).getByTestId('record-complaint-submit'));
    expect(await screen.findByRole('status')).toHaveTextContent('Complaint C-2026-0002 recorded.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST').map((r) => r.body as Record<string, unknown>);
    expect(posts.at(-1)).toEqual({
      channel: 'VISIT',
      language: 'en',
      email: 'ana@example.com',
      description: 'Rude at the counter.',
      clientSubmissionId: posts[0]?.clientSubmissionId,
    });
  });

  it('records a complaint at one of the active touchpoints and filters the inbox by touchpoint', async () => {
    const { requests } = api(['MANAGER'], complaintPage([assigned]), {
      'GET /api/complaints/touchpoints': [
        { id: 'tp-2', name: 'Old kiosk', active: false, position: 20 },
        { id: 'tp-1', name: 'Berlin shop', active: true, position: 10 },
      ],
      'POST /api/complaints': jsonResponse(201, { reference: 'C-2026-0002', statusToken: 'st' }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints', { auth: fakeAuth() });
    await screen.findByTestId('complaints-table');

    const filters = screen.getByRole('group', { name: 'Filters' });
    const byTouchpoint = await within(filters).findByRole('combobox', { name: 'Touchpoint' });
    expect(within(byTouchpoint).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any', 'Berlin shop', 'Old kiosk']);
    await user.selectOptions(byTouchpoint, 'Old kiosk');
    await waitFor(() => expect(inboxRequests(requests).at(-1)?.url.searchParams.get('touchpoint')).toBe('Old kiosk'));

    await user.click(screen.getByTestId('record-complaint'));
    const dialog = await screen.findByRole('dialog');
    const touchpoint = within(dialog).getByRole('combobox', { name: /^Touchpoint/ });
    expect(touchpoint).toHaveAccessibleDescription('Where the customer met you (optional).');
    expect(within(touchpoint).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'Berlin shop']);
    await user.selectOptions(touchpoint, 'Berlin shop');
    await user.type(within(dialog).getByRole('textbox', { name: /Customer's email/ }), 'ana@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: /What happened/ }), 'Rude at the counter.');
    await user.click(within(dialog).getByTestId('record-complaint-submit'));
    expect(await screen.findByRole('status')).toHaveTextContent('Complaint C-2026-0002 recorded.');
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ touchpointId: 'tp-1', channel: 'PHONE' });
  });

  it('keeps a touchpoint filter from the page address that no touchpoint has any more', async () => {
    const { requests } = api(['ADMIN'], complaintPage([]), { 'GET /api/complaints/touchpoints': [] });
    renderRoute('/complaints?touchpoint=Hotline', { auth: fakeAuth() });
    const filters = await screen.findByRole('group', { name: 'Filters' });
    const byTouchpoint = await within(filters).findByRole('combobox', { name: 'Touchpoint' });
    expect(byTouchpoint).toHaveValue('Hotline');
    expect(inboxRequests(requests).at(-1)?.url.searchParams.get('touchpoint')).toBe('Hotline');
    expect(inboxViewFrom(new URLSearchParams('touchpoint=Hotline')).filters).toEqual({ ...NO_FILTERS, touchpoint: 'Hotline' });
  });

  it('filters by SLA state, sorts by due time and shows each complaint’s due time with its SLA badge', async () => {
    const dueIn2h = new Date(Date.now() + 2 * 3_600_000 + 60_000).toISOString();
    const late = complaint({ id: 'cccccccc-0000-4000-8000-000000000002', reference: 'C-2026-0002', sla: { breached: true, state: 'BREACHED', dueAt: new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString(), warningAt: '2026-11-30T09:00:00Z' } });
    const soon = complaint({ sla: { breached: false, state: 'DUE_SOON', dueAt: dueIn2h, warningAt: dueIn2h } });
    const none = complaint({ id: 'cccccccc-0000-4000-8000-000000000003', reference: 'C-2026-0003' });
    const { requests } = api(['MANAGER'], complaintPage([late, soon, none]));
    const user = userEvent.setup();
    renderRoute('/complaints', { auth: fakeAuth() });
    const lateRow = await screen.findByTestId('complaint-row-C-2026-0002');
    expect(within(lateRow).getByTestId('complaint-due')).toHaveTextContent('3 h overdue');
    expect(within(lateRow).getByTestId('sla-badge')).toHaveTextContent('Breached');
    const soonRow = screen.getByTestId('complaint-row-C-2026-0001');
    expect(within(soonRow).getByTestId('complaint-due')).toHaveTextContent('in 2 h');
    expect(within(soonRow).getByTestId('sla-badge')).toHaveTextContent('Due soon');
    expect(within(screen.getByTestId('complaint-row-C-2026-0003')).getByTestId('complaint-due')).toHaveTextContent('—');

    const last = () => inboxRequests(requests).at(-1)!.url.searchParams;
    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'SLA' }), 'Due soon');
    await waitFor(() => expect(last().get('sla')).toBe('dueSoon'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Due soonest first');
    await waitFor(() => expect(last().get('sort')).toBe('dueAt'));
    expect(last().get('order')).toBe('asc');
    // the page address keeps both
    const params = inboxViewParams({ ...NO_FILTERS, sla: 'dueSoon' }, 'dueSoonest');
    expect(params.toString()).toBe('sla=dueSoon&sort=dueSoonest');
    expect(inboxViewFrom(params)).toEqual({ filters: { ...NO_FILTERS, sla: 'dueSoon' }, sort: 'dueSoonest' });
  });
});

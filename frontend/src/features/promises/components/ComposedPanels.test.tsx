import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { COMPLAINT_ID, CUSTOMER_ID, detail, page, promise, UNIT_ID } from '../testing/fixtures';

// The complaint's and the customer's pages as their APIs answer them (written here: features don't share fixtures).
const complaintDetail = (kind: 'COMPLAINT' | 'RECOVERY' = 'COMPLAINT') => ({
  complaint: {
    id: COMPLAINT_ID,
    reference: 'C-2026-0001',
    customerId: CUSTOMER_ID,
    kind,
    channel: 'WEB',
    status: 'OPEN',
    subject: 'Parcel arrived damaged',
    description: 'The vase inside is broken.',
    createdAt: '2026-11-30T09:00:00Z',
    updatedAt: '2026-11-30T09:00:00Z',
  },
  customer: { id: CUSTOMER_ID, name: 'Ana Lopez', email: 'ana@example.com', language: 'en' },
  messages: [],
  clocks: [],
  recoveryAnswers: [],
});

describe('promises on other pages', () => {
  it('lists a complaint’s promises and promises something in one click, prefilled with the complaint and its customer', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'GET /api/units': [unit(UNIT_ID, 'Service desk')],
      [`GET /api/complaints/${COMPLAINT_ID}`]: complaintDetail(),
      'GET /api/promises': page([promise({ status: 'KEPT', dueState: null })]),
      'POST /api/promises': () => new Response(JSON.stringify(detail({ reference: 'P-000124' })), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    });
    const user = userEvent.setup();
    renderRoute(`/complaints/${COMPLAINT_ID}`, { auth: fakeAuth() });
    const panel = await screen.findByTestId('complaint-promises');
    const item = await within(panel).findByTestId('complaint-promise');
    expect(within(item).getByRole('link', { name: 'P-000123' })).toHaveAttribute('href', '/promises/abababab-0000-4000-8000-000000000001');
    expect(within(item).getByTestId('promise-status')).toHaveTextContent('Kept');
    expect(requests.find((r) => r.url.pathname === '/api/promises')!.url.searchParams.get('complaintId')).toBe(COMPLAINT_ID);

    await user.click(within(panel).getByTestId('promise-something'));
    const dialog = await screen.findByRole('dialog', { name: 'Promise something' });
    expect(within(dialog).getByTestId('promise-source-customer')).toHaveTextContent('To Ana Lopez, the customer of this complaint.');
    expect(within(dialog).getByTestId('promise-prefilled-source')).toHaveTextContent('Source: Complaint C-2026-0001');
    await user.type(within(dialog).getByTestId('promise-text'), 'A new vase by Friday');
    await user.type(within(dialog).getByTestId('due-date'), '2099-12-04');
    await user.click(within(dialog).getByRole('button', { name: 'Record the promise' }));
    expect(await within(panel).findByText('Promise P-000124 recorded.')).toBeInTheDocument();
    const body = requests.find((r) => r.method === 'POST' && r.url.pathname === '/api/promises')!.body;
    expect(body).toMatchObject({ text: 'A new vase by Friday', sourceKind: 'COMPLAINT', sourceId: COMPLAINT_ID, dueDate: '2099-12-04' });
    expect(body).not.toHaveProperty('customerId');
    expect(body).not.toHaveProperty('customerEmail');
  });

  it('makes a recovery case’s promises with the source RECOVERY_CASE', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'GET /api/units': [],
      [`GET /api/complaints/${COMPLAINT_ID}`]: complaintDetail('RECOVERY'),
      'GET /api/promises': page([]),
      'POST /api/promises': detail(),
    });
    const user = userEvent.setup();
    renderRoute(`/complaints/${COMPLAINT_ID}`, { auth: fakeAuth() });
    const panel = await screen.findByTestId('complaint-promises');
    expect(await within(panel).findByText('Nothing promised on this complaint yet.')).toBeInTheDocument();
    await user.click(within(panel).getByTestId('promise-something'));
    const dialog = await screen.findByRole('dialog', { name: 'Promise something' });
    expect(within(dialog).getByTestId('promise-prefilled-source')).toHaveTextContent('Recovery case C-2026-0001');
    await user.type(within(dialog).getByTestId('promise-text'), 'Call back tomorrow');
    await user.click(within(dialog).getByText('Within working days'));
    await user.type(within(dialog).getByTestId('due-days'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Record the promise' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.pathname === '/api/promises')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({ sourceKind: 'RECOVERY_CASE', sourceId: COMPLAINT_ID, withinWorkingDays: 1 });
  });

  it('shows the promises made to a customer on their page, broken ones counted and marked', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET /api/customers/${CUSTOMER_ID}`]: {
        id: CUSTOMER_ID,
        email: 'ana@example.com',
        name: 'Ana Lopez',
        language: 'en',
        attributes: {},
        createdAt: '2026-01-01T00:00:00Z',
      },
      [`GET /api/surveys/customers/${CUSTOMER_ID}/activity`]: { invitations: [], responses: [] },
      'GET /api/promises': ({ url }) =>
        url.searchParams.get('status') === 'BROKEN'
          ? page([promise({ status: 'BROKEN' })], 2, 0, 1)
          : page([promise({ status: 'BROKEN', dueState: null }), promise({ id: 'p2', reference: 'P-000124', status: 'OPEN' })]),
    });
    renderRoute(`/customers/${CUSTOMER_ID}`, { auth: fakeAuth() });
    const panel = await screen.findByTestId('customer-promises');
    const rows = await within(panel).findAllByTestId('promise-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('promise-status')).toHaveTextContent('Broken');
    expect(await within(panel).findByTestId('customer-promises-broken')).toHaveTextContent('2 broken');
    // the customer column would only repeat the page's customer
    expect(within(panel).queryByRole('columnheader', { name: 'Customer' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.url.pathname === '/api/promises')!.url.searchParams.get('customerId')).toBe(CUSTOMER_ID);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/permissions';
import { type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { CUSTOMER_ID, detail, PROMISE_ID, SAM_ID, UNIT_ID } from '../testing/fixtures';

async function open(roles: Role[], handlers: Record<string, MockHandler | object>, path = '/promises/new') {
  const mocked = mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/complaints/assignees': [{ id: SAM_ID, displayName: 'Sam Staff', unitId: UNIT_ID, roles: ['STAFF'] }],
    [`GET /api/promises/${PROMISE_ID}`]: detail(),
    ...handlers,
  });
  const rendered = renderRoute(path, { auth: fakeAuth() });
  await screen.findByRole('heading', { level: 1, name: 'Promise something' });
  return { ...mocked, ...rendered, user: userEvent.setup() };
}

const posts = (requests: ReturnType<typeof mockApi>['requests']) =>
  requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/promises').map((r) => r.body as Record<string, unknown>);

describe('new promise', () => {
  it('says what is missing or wrong before sending anything', async () => {
    const { requests, user } = await open(['STAFF'], {});
    const form = screen.getByTestId('promise-form');
    await user.click(within(form).getByRole('button', { name: 'Record the promise' }));
    expect(await within(form).findByText('Choose the day it is due.')).toBeInTheDocument();
    // staff can't search the directory: they give the customer's email
    expect(within(form).queryByTestId('customer-search')).not.toBeInTheDocument();
    expect(within(form).getAllByText('This field is required.')).toHaveLength(2); // text and email
    await user.type(within(form).getByTestId('customer-email'), 'ana@');
    await user.type(within(form).getByTestId('due-date'), '2020-01-01');
    await user.selectOptions(within(form).getByTestId('promise-source-kind'), 'SURVEY_RESPONSE');
    await user.click(within(form).getByRole('button', { name: 'Record the promise' }));
    expect(await within(form).findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(within(form).getByText('The due day must not lie in the past.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the id of the complaint or survey response (a UUID).')).toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);
  });

  it('records a promise for a customer given by email, due within working days, and opens it', async () => {
    const { requests, user, router } = await open(['STAFF'], { 'POST /api/promises': () => new Response(JSON.stringify(detail()), { status: 201, headers: { 'Content-Type': 'application/json' } }) });
    const form = screen.getByTestId('promise-form');
    await user.type(within(form).getByTestId('promise-text'), 'Call back with the courier’s answer');
    await user.type(within(form).getByTestId('customer-email'), 'ana@example.com');
    await user.type(within(form).getByRole('textbox', { name: "Customer's name" }), 'Ana Lopez');
    await user.click(within(form).getByText('Within working days'));
    await user.type(within(form).getByTestId('due-days'), '2');
    await user.click(within(form).getByRole('switch', { name: /Tell the customer by mail/ }));
    await user.click(within(form).getByRole('button', { name: 'Record the promise' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/promises/${PROMISE_ID}`));
    expect(await screen.findByText('Promise P-000123 recorded.')).toBeInTheDocument();
    const [body] = posts(requests);
    expect(body).toMatchObject({
      text: 'Call back with the courier’s answer',
      customerEmail: 'ana@example.com',
      customerName: 'Ana Lopez',
      customerLanguage: 'en',
      withinWorkingDays: 2,
      sourceKind: 'MANUAL',
      notifyCustomer: true,
    });
    expect(body).not.toHaveProperty('dueDate');
    expect(body).not.toHaveProperty('ownerId');
    expect(typeof body!.clientRequestId).toBe('string');
  });

  it('lets a manager pick the customer from the directory and an owner of their units, and shows field errors from the server', async () => {
    const { requests, user } = await open(['MANAGER'], {
      'GET /api/customers': { items: [{ id: CUSTOMER_ID, email: 'ana@example.com', name: 'Ana Lopez', language: 'en', attributes: {}, createdAt: '2026-01-01T00:00:00Z' }], page: 0, size: 10, total: 1 },
      'POST /api/promises': problemResponse(400, { title: 'Bad Request', errors: [{ field: 'ownerId', message: 'is not a member of your units' }] }),
    });
    const form = screen.getByTestId('promise-form');
    await user.type(within(form).getByTestId('promise-text'), 'Refund the shipping');
    await user.click(within(form).getByRole('button', { name: 'Record the promise' }));
    expect(await within(form).findByText('Pick a customer from the matches, or enter their email instead.')).toBeInTheDocument();
    await user.type(within(form).getByTestId('customer-search'), 'ana');
    await user.click(await within(form).findByRole('radio', { name: 'Ana Lopez <ana@example.com>' }));
    await user.selectOptions(within(form).getByTestId('promise-owner'), 'Sam Staff');
    await user.type(within(form).getByTestId('due-date'), '2099-12-04');
    await user.click(within(form).getByRole('button', { name: 'Record the promise' }));
    expect(await within(form).findByText('is not a member of your units')).toBeInTheDocument();
    expect(posts(requests)[0]).toMatchObject({ customerId: CUSTOMER_ID, ownerId: SAM_ID, dueDate: '2099-12-04', sourceKind: 'MANUAL' });
    expect(posts(requests)[0]).not.toHaveProperty('customerEmail');
  });

  it('is not for executives', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['EXECUTIVE'] }) });
    renderRoute('/promises/new', { auth: fakeAuth() });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { ANA_ID, BEN_ID, customer, customerPage } from '../testing/fixtures';

const ana = customer();
const ben = customer({ id: BEN_ID, email: 'ben@example.de', name: null, language: 'de', externalId: null, optedOut: true });

describe('CustomersRoute', () => {
  it('lists customers for managers, with a menu entry', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }), 'GET /api/customers': customerPage([ana, ben]) });
    renderRoute('/customers', { auth: fakeAuth() });

    const table = await screen.findByTestId('customers-table');
    const anaRow = within(table).getByTestId(`customer-row-${ANA_ID}`);
    expect(within(anaRow).getByRole('link', { name: 'Ana Lopez' })).toHaveAttribute('href', `/customers/${ANA_ID}`);
    expect(anaRow).toHaveTextContent('ana@example.com');
    expect(anaRow).toHaveTextContent('C-1001');
    expect(anaRow).toHaveTextContent('Mails allowed');
    const benRow = within(table).getByTestId(`customer-row-${BEN_ID}`);
    expect(within(benRow).getByRole('link', { name: 'ben@example.de' })).toBeInTheDocument();
    expect(benRow).toHaveTextContent('No mails');
    expect(screen.getByTestId('customers-count')).toHaveTextContent('2 customers');
    expect(screen.getByTestId('nav-customers')).toHaveTextContent('Customers');
  });

  it('searches after a pause in typing, pages, and shows an empty state without matches', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/customers': ({ url }) =>
        url.searchParams.get('q') ? customerPage([], 0) : customerPage([ana], 45, Number(url.searchParams.get('page'))),
    });
    const user = userEvent.setup();
    renderRoute('/customers', { auth: fakeAuth() });
    await screen.findByTestId('customers-table');

    expect(requests.at(-1)?.url.searchParams.get('sort')).toBe('name');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('page')).toBe('2'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Last contacted');
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('sort')).toBe('lastContactedAt'));
    expect(requests.at(-1)?.url.searchParams.get('order')).toBe('desc');
    expect(requests.at(-1)?.url.searchParams.get('page')).toBe('0');

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'zed');
    expect(await screen.findByText('No matches')).toBeInTheDocument();
    expect(screen.getByTestId('customers-empty')).toHaveTextContent('No customer matches “zed”.');
    const searches = requests.filter((r) => r.url.pathname === '/api/customers').map((r) => r.url.searchParams.get('q'));
    expect(searches.filter(Boolean)).toEqual(['zed']); // debounced: one request for the whole word
    expect(requests.at(-1)?.url.searchParams.get('page')).toBe('0');
  });

  it('says how to start when there are no customers', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }), 'GET /api/customers': customerPage([]) });
    renderRoute('/customers', { auth: fakeAuth() });
    expect(await screen.findByTestId('customers-empty')).toHaveTextContent('No customers yet');
  });

  it('is not open to staff', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }) });
    renderRoute('/customers', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
    expect(screen.queryByTestId('nav-customers')).not.toBeInTheDocument();
  });

  it('creates a customer and opens their page; a taken email shows under the field', async () => {
    let taken = true;
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/customers': customerPage([]),
      'POST /api/customers': () =>
        taken
          ? problemResponse(409, { title: 'Conflict', errors: [{ field: 'email', message: 'ana@example.com is already a customer.' }] })
          : customer(),
      [`GET /api/customers/${ANA_ID}`]: customer(),
      [`GET /api/surveys/customers/${ANA_ID}/activity`]: { invitations: [], responses: [] },
    });
    const user = userEvent.setup();
    renderRoute('/customers', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('create-customer'));
    const dialog = await screen.findByRole('dialog');

    await user.click(within(dialog).getByTestId('create-customer-submit'));
    const email = within(dialog).getByRole('textbox', { name: /Email/ });
    expect(email).toHaveAccessibleDescription('This field is required.');
    expect(email).toHaveFocus();

    await user.type(email, ' ana@example.com ');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ana Lopez');
    await user.click(within(dialog).getByTestId('create-customer-submit'));
    await waitFor(() => expect(email).toHaveAccessibleDescription('ana@example.com is already a customer.'));
    expect(email).toHaveFocus();

    taken = false;
    await user.click(within(dialog).getByTestId('create-customer-submit'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Lopez' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      email: 'ana@example.com',
      name: 'Ana Lopez',
      language: 'en',
    });
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

// Mantine's FileInput is a button in front of a hidden file input.
const fileInput = (form: HTMLElement) => form.querySelector<HTMLInputElement>('input[type="file"]')!;
const csv = () => new File(['email,name\nana@example.com,Ana\nnope,Bob\n'], 'customers.csv', { type: 'text/csv' });

describe('CustomerImportRoute', () => {
  it('uploads the file and reports what was created and updated', async () => {
    const { fetchMock } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'POST /api/customers/import': { created: 2, updated: 1, rows: 3 },
    });
    const user = userEvent.setup();
    renderRoute('/customers/import', { auth: fakeAuth() });
    const form = await screen.findByTestId('customer-import-form');
    await user.upload(fileInput(form), csv());
    await user.click(within(form).getByTestId('customer-import-submit'));

    expect(await screen.findByTestId('customer-import-report')).toHaveTextContent(
      'Imported 3 rows: 2 customers created, 1 updated.',
    );
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/customers/import'))!;
    const body = init?.body as FormData;
    expect((body.get('file') as File).name).toBe('customers.csv');
  });

  it('shows every rejected row when nothing was imported (all or nothing)', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'POST /api/customers/import': jsonResponse(
        422,
        {
          status: 422,
          title: 'Rows rejected',
          rejectedRows: [
            // as the backend sends them: an email only where the row had one
            { row: 3, email: 'nope', field: 'email', message: 'is not a valid email address', reason: 'email is not a valid email address' },
            { row: 2, field: 'language', message: 'must be en or de', reason: 'language must be en or de' },
          ],
        },
        'application/problem+json',
      ),
    });
    const user = userEvent.setup();
    renderRoute('/customers/import', { auth: fakeAuth() });
    const form = await screen.findByTestId('customer-import-form');
    await user.upload(fileInput(form), csv());
    await user.click(within(form).getByTestId('customer-import-submit'));

    const rejected = await screen.findByTestId('rejected-rows');
    expect(rejected).toHaveTextContent('2 problems: nothing was imported');
    const rows = within(rejected).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['2languagemust be en or de', '3emailis not a valid email address']);
    expect(screen.queryByTestId('customer-import-report')).not.toBeInTheDocument();
  });

  it('asks for a file first', async () => {
    const { requests } = mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }) });
    const user = userEvent.setup();
    renderRoute('/customers/import', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('customer-import-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a CSV file first.');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

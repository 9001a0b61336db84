import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/permissions';
import { type MockHandler, type MockRequest, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { page, promise, SAM_ID, UNIT_ID } from '../testing/fixtures';

const summary = { overdue: 1, dueToday: 2, upcoming: 3, open: 6 };
const lists = (requests: MockRequest[]) =>
  requests.filter((r) => r.url.pathname === '/api/promises' && !r.url.searchParams.has('dueState')).map((r) => r.url.searchParams);

function api(roles: Role[], list: MockHandler, extra: Record<string, MockHandler | object> = {}) {
  return mockApi({
    'GET /api/me': me({ roles }),
    'GET /api/units': [unit(UNIT_ID, 'Service desk')],
    'GET /api/complaints/assignees': [{ id: SAM_ID, displayName: 'Sam Staff', unitId: UNIT_ID, roles: ['STAFF'] }],
    'GET /api/promises/summary': summary,
    'GET /api/promises': (request) => {
      const dueState = request.url.searchParams.get('dueState');
      if (dueState && request.url.searchParams.get('size') === '5') {
        return dueState === 'OVERDUE'
          ? page([promise({ id: 'p-over', reference: 'P-000001', text: 'Call Ana back', dueState: 'OVERDUE' })], 1, 0, 5)
          : page([], 0, 0, 5);
      }
      return list(request);
    },
    ...extra,
  });
}

describe('promises list', () => {
  afterEach(() => {
    delete (URL as unknown as Record<string, unknown>).createObjectURL;
    delete (URL as unknown as Record<string, unknown>).revokeObjectURL;
  });

  it('shows staff their own promises: the counts, what is overdue, due today and upcoming, and the full list', async () => {
    const { requests } = api(['STAFF'], () =>
      page([promise(), promise({ id: 'p2', reference: 'P-000124', status: 'BROKEN', dueState: null, text: 'Refund the shipping' })], 2),
    );
    renderRoute('/promises', { auth: fakeAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Promises' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('summary-overdue')).toHaveTextContent('Overdue1'));
    expect(screen.getByTestId('summary-dueToday')).toHaveTextContent('Due today2');
    expect(screen.getByTestId('summary-open')).toHaveTextContent('6');
    const overdue = screen.getByTestId('due-section-OVERDUE');
    expect(await within(overdue).findByRole('link', { name: 'P-000001' })).toHaveAttribute('href', '/promises/p-over');
    expect(within(overdue).getByText('Call Ana back')).toBeInTheDocument();
    expect(await within(screen.getByTestId('due-section-TODAY')).findByText('Nothing due today.')).toBeInTheDocument();

    const rows = await screen.findAllByTestId('promise-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByTestId('promise-status')).toHaveTextContent('Broken');
    expect(screen.getByTestId('promises-count')).toHaveTextContent('2 promises');
    // staff see only their own: no scope switch, no owner or unit filter
    expect(screen.queryByTestId('promise-scope')).not.toBeInTheDocument();
    expect(screen.queryByTestId('filter-owner')).not.toBeInTheDocument();
    expect(lists(requests)[0]!.get('scope')).toBe('MINE');
    expect(lists(requests)[0]!.get('sort')).toBe('dueAt');
  });

  it('starts a manager with their units’ promises and filters by status, owner, due range, search and order', async () => {
    const { requests } = api(['MANAGER'], () => page([promise()], 60));
    const user = userEvent.setup();
    const { router } = renderRoute('/promises', { auth: fakeAuth() });
    await screen.findAllByTestId('promise-row');
    expect(lists(requests).at(-1)!.get('scope')).toBe('VISIBLE');

    await user.selectOptions(screen.getByTestId('filter-status'), 'OPEN_ANY');
    await waitFor(() => expect(lists(requests).at(-1)!.get('status')).toBe('OPEN_ANY'));
    await user.selectOptions(await screen.findByTestId('filter-owner'), 'Sam Staff');
    await waitFor(() => expect(lists(requests).at(-1)!.get('ownerId')).toBe(SAM_ID));
    await user.type(screen.getByTestId('filter-due-from'), '2026-12-01');
    await waitFor(() => expect(lists(requests).at(-1)!.get('dueFrom')).toBe('2026-12-01'));
    await user.selectOptions(screen.getByTestId('promises-sort'), 'newest');
    await waitFor(() => expect(lists(requests).at(-1)!.get('sort')).toBe('createdAt'));
    expect(lists(requests).at(-1)!.get('direction')).toBe('desc');
    expect(router.state.location.search).toContain('status=OPEN_ANY');

    await user.type(screen.getByTestId('promises-search'), 'vase');
    await waitFor(() => expect(lists(requests).at(-1)!.get('q')).toBe('vase'));
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(lists(requests).at(-1)!.get('page')).toBe('1'));

    await user.click(screen.getByTestId('promise-scope').querySelector('input[value="MINE"]')!);
    await waitFor(() => expect(lists(requests).at(-1)!.get('scope')).toBe('MINE'));
    expect(lists(requests).at(-1)!.get('page')).toBe('0');
  });

  it('shows an executive the tenant’s promises without "my promises" or a way to record one', async () => {
    const { requests } = api(['EXECUTIVE'], () => page([], 0));
    renderRoute('/promises', { auth: fakeAuth() });
    const empty = await screen.findByTestId('promises-empty');
    expect(empty).toHaveTextContent('When staff record promises to customers, they appear here.');
    expect(screen.queryByTestId('promise-summary')).not.toBeInTheDocument();
    expect(screen.queryByTestId('new-promise')).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.pathname === '/api/promises/summary')).toBe(false);
    expect(lists(requests)[0]!.get('scope')).toBe('VISIBLE');
  });

  it('says when nothing matches and clears the filters', async () => {
    api(['ADMIN'], ({ url }) => (url.searchParams.get('status') ? page([], 0) : page([promise()], 1)));
    const user = userEvent.setup();
    renderRoute('/promises?status=BROKEN', { auth: fakeAuth() });
    expect(await screen.findByTestId('promises-empty')).toHaveTextContent('No promise matches');
    await user.click(screen.getByRole('button', { name: 'Clear filters and search' }));
    expect(await screen.findAllByTestId('promise-row')).toHaveLength(1);
  });

  it('exports the filtered list as CSV', async () => {
    const createObjectURL = vi.fn(() => 'blob:promises');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { requests } = api(['MANAGER'], () => page([promise()], 1), {
      'GET /api/promises/export.csv': new Response('reference,text\nP-000123,Send a vase\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }),
    });
    const user = userEvent.setup();
    renderRoute('/promises?status=KEPT', { auth: fakeAuth() });
    await screen.findAllByTestId('promise-row');
    await user.click(screen.getByTestId('promises-csv'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const csv = requests.find((r) => r.url.pathname === '/api/promises/export.csv')!.url.searchParams;
    expect(csv.get('status')).toBe('KEPT');
    expect(csv.get('scope')).toBe('VISIBLE');
    expect(csv.has('page')).toBe(false);
  });
});

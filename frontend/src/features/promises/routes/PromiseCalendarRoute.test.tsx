import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { page, promise } from '../testing/fixtures';

const december = page([
  promise({ id: 'p1', reference: 'P-000001', text: 'New vase', dueOn: '2026-12-04', dueAt: '2026-12-04T16:00:00Z' }),
  promise({ id: 'p2', reference: 'P-000002', text: 'Refund', dueOn: '2026-12-04', status: 'BROKEN', dueState: null }),
  promise({ id: 'p3', reference: 'P-000003', text: 'Call back', dueOn: '2026-12-15' }),
]);

function api() {
  return mockApi({
    'GET /api/me': me({ roles: ['MANAGER'] }),
    'GET /api/promises': ({ url }) => (url.searchParams.get('dueFrom') === '2026-11-30' ? december : page([])),
  });
}

const calendarQueries = (requests: ReturnType<typeof mockApi>['requests']) =>
  requests.filter((r) => r.url.pathname === '/api/promises').map((r) => r.url.searchParams);

describe('promise calendar', () => {
  it('puts each promise on its due day of the month, Monday first, asking for the weeks shown', async () => {
    const { requests } = api();
    renderRoute('/promises/calendar?month=2026-12', { auth: fakeAuth() });
    const grid = await screen.findByRole('grid', { name: 'December 2026' });
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers[0]).toHaveTextContent('Mon');
    const fourth = await within(grid).findByTestId('calendar-day-2026-12-04');
    expect(fourth).toHaveAccessibleName(/2 promises due/);
    expect(within(fourth).getByRole('link', { name: /P-000001/ })).toHaveAttribute('href', '/promises/p1');
    expect(within(fourth).getByText('1 broken')).toBeInTheDocument();
    expect(within(grid).getByTestId('calendar-day-2026-12-15')).toHaveTextContent('P-000003');
    const query = calendarQueries(requests)[0]!;
    expect(query.get('dueFrom')).toBe('2026-11-30');
    expect(query.get('dueTo')).toBe('2027-01-03');
    expect(query.get('scope')).toBe('VISIBLE');
    expect(query.get('size')).toBe('200');
  });

  it('moves between days with the arrow keys and between months with the buttons and Page keys', async () => {
    // March 2027 starts on a Monday; a month without today starts the keyboard on its 1st
    const { requests } = api();
    const user = userEvent.setup();
    const { router } = renderRoute('/promises/calendar?month=2027-03', { auth: fakeAuth() });
    const grid = await screen.findByRole('grid', { name: 'March 2027' });
    const first = within(grid).getByTestId('calendar-day-2027-03-01');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(within(grid).getByTestId('calendar-day-2027-03-02')).toHaveAttribute('tabindex', '-1');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(within(grid).getByTestId('calendar-day-2027-03-02')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(within(grid).getByTestId('calendar-day-2027-03-09')).toHaveFocus();
    expect(within(grid).getByTestId('calendar-day-2027-03-09')).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(within(grid).getByTestId('calendar-day-2027-03-14')).toHaveFocus();

    await user.click(screen.getByTestId('calendar-next'));
    expect(await screen.findByRole('grid', { name: 'April 2027' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?month=2027-04');
    await waitFor(() => expect(calendarQueries(requests).at(-1)!.get('dueFrom')).toBe('2027-03-29'));
    fireEvent.keyDown(within(screen.getByRole('grid')).getByTestId('calendar-day-2027-04-01'), { key: 'PageUp' });
    expect(await screen.findByRole('grid', { name: 'March 2027' })).toBeInTheDocument();
  });

  it('lists the same month day by day', async () => {
    api();
    const user = userEvent.setup();
    renderRoute('/promises/calendar?month=2026-12', { auth: fakeAuth() });
    await screen.findByRole('grid');
    await user.click(screen.getByText('List'));
    const list = await screen.findByTestId('calendar-list');
    const days = within(list).getAllByRole('heading', { level: 3 });
    expect(days.map((d) => d.textContent)).toEqual(['Fri, Dec 4, 2026', 'Tue, Dec 15, 2026']);
    expect(within(list).getByRole('link', { name: 'P-000002' })).toBeInTheDocument();
  });
});

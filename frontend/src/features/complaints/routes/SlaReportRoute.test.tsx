import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlaReportRow } from '@/lib/api/types';
import { configureApiAuth } from '@/lib/api-client';
import { type MockHandler, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { ME_ID, SAM_ID, UNIT_ID } from '../testing/fixtures';
import { reportRow, WILSON } from '../testing/sla-fixtures';

function report(rows: SlaReportRow[], groupBy = 'unit') {
  return { from: '2026-09-03', to: '2026-12-01', groupBy, zone: 'Europe/Berlin', rows };
}

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('SLA report', () => {
  afterEach(() => {
    delete (URL as unknown as Record<string, unknown>).createObjectURL;
    delete (URL as unknown as Record<string, unknown>).revokeObjectURL;
  });

  it('shows each clock per unit: met, breached, n, met rate with its interval and the median, for the last 90 days', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/units': [unit(UNIT_ID, 'Support')],
      'GET /api/complaints/sla-report': report([
        reportRow(UNIT_ID, 'FIRST_RESPONSE', 8, 2, { metRate: 80, low: 49.02, high: 94.33, medianMinutes: 95 }),
        reportRow(null, 'FIRST_RESPONSE', 2, 0, { metRate: 100, low: 34.2, high: 100, medianMinutes: 30.5 }),
        reportRow(UNIT_ID, 'RESOLUTION', 1, 2, { metRate: 33.33, low: 6.15, high: 79.23, medianMinutes: 2400 }),
      ]),
    });
    renderRoute('/complaints/sla-report', { auth: fakeAuth() });

    const firstResponse = await screen.findByTestId('sla-report-FIRST_RESPONSE');
    expect(within(firstResponse).getByRole('heading', { name: 'First response' })).toBeInTheDocument();
    const [support, none] = within(firstResponse).getAllByTestId('sla-report-row');
    expect(cells(support!)).toEqual(['Support', '8', '2', '10', '80%', '49% – 94%95% interval from 49% to 94%', '1 h 35 min']);
    expect(cells(none!)).toEqual(['No unit', '2', '0', '2', '100%', '34% – 100%95% interval from 34% to 100%', '31 min']);
    const resolution = screen.getByTestId('sla-report-RESOLUTION');
    expect(cells(within(resolution).getByTestId('sla-report-row'))).toEqual([
      'Support',
      '1',
      '2',
      '3',
      '33%',
      '6% – 79%95% interval from 6% to 79%',
      '40 h',
    ]);
    expect(screen.getByTestId('sla-report-method')).toHaveTextContent(WILSON);
    expect(screen.getByText(/Days in the time zone Europe\/Berlin/)).toBeInTheDocument();

    const today = new Date();
    const query = requests.find((r) => r.url.pathname === '/api/complaints/sla-report')!.url.searchParams;
    expect(query.get('to')).toBe(iso(today));
    expect(query.get('from')).toBe(iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 89)));
    expect(query.get('groupBy')).toBe('unit');
    expect(screen.getByLabelText('From')).toHaveValue(query.get('from'));
  });

  it('groups by month in the UI language and by assignee with their names', async () => {
    const reports: Record<string, SlaReportRow[]> = {
      month: [reportRow('2026-11', 'RESOLUTION', 4, 1), reportRow('2026-03', 'RESOLUTION', 5, 0)],
      assignee: [
        reportRow(SAM_ID, 'FIRST_RESPONSE', 3, 1),
        reportRow(ME_ID, 'FIRST_RESPONSE', 1, 0),
        reportRow('cccccccc-0000-4000-8000-00000000ffff', 'FIRST_RESPONSE', 1, 1),
        reportRow(null, 'FIRST_RESPONSE', 0, 2),
      ],
    };
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/sla-report': (({ url }) => {
        const groupBy = url.searchParams.get('groupBy')!;
        return report(reports[groupBy] ?? [], groupBy);
      }) as MockHandler,
      'GET /api/complaints/assignees': [
        { id: SAM_ID, displayName: 'Sam Staff', roles: ['STAFF'] },
        { id: ME_ID, displayName: 'Alex Example', roles: ['ADMIN'] },
      ],
    });
    const user = userEvent.setup();
    renderRoute('/complaints/sla-report?from=2026-01-01&to=2026-11-30&groupBy=month', { auth: fakeAuth() });
    const resolution = await screen.findByTestId('sla-report-RESOLUTION');
    expect(within(resolution).getAllByTestId('sla-report-row').map((row) => cells(row)[0])).toEqual(['March 2026', 'November 2026']);
    expect(within(screen.getByTestId('sla-report-FIRST_RESPONSE')).getByText('No clocks of this kind were decided in this period.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'assignee');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    const firstResponse = await screen.findByTestId('sla-report-FIRST_RESPONSE');
    await waitFor(() =>
      expect(within(firstResponse).getAllByTestId('sla-report-row').map((row) => cells(row)[0])).toEqual([
        'Alex Example (you)',
        'Colleague 1',
        'Sam Staff',
        'Unassigned',
      ]),
    );
    const last = requests.filter((r) => r.url.pathname === '/api/complaints/sla-report').at(-1)!.url.searchParams;
    expect([last.get('from'), last.get('to'), last.get('groupBy')]).toEqual(['2026-01-01', '2026-11-30', 'assignee']);
  });

  it('checks the period before asking', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
      'GET /api/units': [],
      'GET /api/complaints/sla-report': report([]),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/sla-report', { auth: fakeAuth() });
    expect(await screen.findByTestId('sla-report-empty')).toHaveTextContent('No SLA results in this period');
    expect(screen.getByText(/the complaints you may see/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('The end date is before the start date.')).toBeInTheDocument();
    expect(requests.filter((r) => r.url.pathname === '/api/complaints/sla-report')).toHaveLength(1);
  });

  it('downloads the CSV for the same period and grouping with the access token', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/sla-report': report([], 'category'),
      'GET /api/complaints/sla-report.csv': new Response('category,clock,met\n', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="sla-report-category.csv"' },
      }),
    });
    configureApiAuth({ getAccessToken: () => 'token-123' });
    const createObjectURL = vi.fn(() => 'blob:sla');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderRoute('/complaints/sla-report?from=2026-10-01&to=2026-10-31&groupBy=category', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('sla-report-csv'));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('sla-report-category.csv');
    expect(link.href).toBe('blob:sla');
    const csv = requests.find((r) => r.url.pathname === '/api/complaints/sla-report.csv')!;
    expect(csv.headers.get('Authorization')).toBe('Bearer token-123');
    expect(Object.fromEntries(csv.url.searchParams)).toEqual({ from: '2026-10-01', to: '2026-10-31', groupBy: 'category' });
  });

  it('is open to executives from the dashboard, with the categories named', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['EXECUTIVE'] }),
      'GET /api/units': [],
      'GET /api/complaints/categories': [
        { id: 'cat-a', nameEn: 'Delivery', nameDe: 'Lieferung', active: true, position: 0 },
        { id: 'cat-b', nameEn: 'Billing', nameDe: 'Rechnung', active: true, position: 1 },
      ],
      'GET /api/complaints/sla-report': (({ url }) =>
        url.searchParams.get('groupBy') === 'category'
          ? report(
              [reportRow('cat-b', 'FIRST_RESPONSE', 1, 0), reportRow('cat-a', 'FIRST_RESPONSE', 0, 1), reportRow(null, 'FIRST_RESPONSE', 1, 1)],
              'category',
            )
          : report([])) as MockHandler,
    });
    const user = userEvent.setup();
    const { router } = renderRoute('/', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('shortcut-slaReport'));
    expect(await screen.findByRole('heading', { level: 1, name: 'SLA report' })).toBeInTheDocument();
    expect(screen.queryByTestId('nav-complaints')).not.toBeInTheDocument();

    await router.navigate('/complaints/sla-report?groupBy=category');
    const table = await screen.findByTestId('sla-report-FIRST_RESPONSE');
    await waitFor(() =>
      expect(within(table).getAllByTestId('sla-report-row').map((row) => cells(row)[0])).toEqual(['Billing', 'Delivery', 'No category']),
    );
    expect(within(table).getByRole('columnheader', { name: 'Category' })).toBeInTheDocument();
    expect(screen.queryByText(/the groups are numbered for you/)).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.pathname.startsWith('/api/complaints/categories'))).toBe(true);
  });

  it('is not open to HR', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['HR'] }) });
    renderRoute('/complaints/sla-report', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
  });
});

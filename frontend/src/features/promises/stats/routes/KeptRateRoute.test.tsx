import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type MockHandler, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, unit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { afterScores, difference, keptRate, NPS_METHOD, OWNER_KIM, OWNER_SAM, PROPORTION_METHOD, row, score, UNIT_SUPPORT, WILSON } from '../testing/fixtures';
import type { KeptRateGroupBy } from '../types';

const cells = (element: HTMLElement) => [...element.querySelectorAll('th, td')].map((cell) => cell.textContent);

const byOwner = keptRate(
  'OWNER',
  [
    row(OWNER_SAM, 'Sam Staff', 17, 3, { low: 64.04, high: 94.76, renegotiated: 4, renegotiationRate: 20, medianLatenessHours: 5.5 }),
    row(OWNER_KIM, 'Kim Keeper', 2, 1),
  ],
  row(null, 'total', 19, 4, { low: 62.86, high: 93.02, renegotiated: 4, renegotiationRate: 17.39, medianLatenessHours: 50, cancelled: 2 }),
);
const byMonth = keptRate(
  'MONTH',
  [
    row('2026-09', '2026-09', 8, 2, { low: 49.02, high: 94.33 }),
    row('2026-10', '2026-10', 1, 1),
    row('2026-11', '2026-11', 10, 1, { low: 62.26, high: 98.38 }),
  ],
  row(null, 'total', 19, 4, { low: 62.86, high: 93.02 }),
);

function statsApi(roles: string[], reports: Partial<Record<KeptRateGroupBy, unknown>> = {}, after: unknown = afterScores()) {
  const all: Partial<Record<KeptRateGroupBy, unknown>> = { OWNER: byOwner, MONTH: byMonth, ...reports };
  return mockApi({
    'GET /api/me': me({ roles: roles as never }),
    'GET /api/units': [unit(UNIT_SUPPORT, 'Support')],
    'GET /api/promises/stats/kept-rate': (({ url }) => all[url.searchParams.get('groupBy') as KeptRateGroupBy] ?? keptRate('UNIT', [], row(null, 'total', 0, 0))) as MockHandler,
    'GET /api/promises/stats/after-scores': after as object,
  });
}

const keptRateRequests = (requests: { url: URL }[], groupBy: string) =>
  requests.filter((r) => r.url.pathname === '/api/promises/stats/kept-rate' && r.url.searchParams.get('groupBy') === groupBy);

describe('Promise kept rate', () => {
  it('shows per owner kept, broken, n, the rate with its Wilson interval, renegotiation and lateness; small groups as not enough data', async () => {
    const { requests } = statsApi(['EXECUTIVE']);
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });

    const table = await screen.findByTestId('kept-rate-table', {}, { timeout: 15_000 });
    const [sam, kim] = within(table).getAllByTestId('kept-rate-row');
    expect(cells(sam!)).toEqual(['Sam Staff', '20', '17', '3', '85%', '64% – 95%95% interval from 64% to 95%', '20%', '5 h 30 min']);
    expect(cells(kim!)).toEqual(['Kim Keeper', '3', 'Not enough data (fewer than 5 decided promises)']);
    expect(kim).toHaveAttribute('data-suppressed', 'true');
    expect(cells(within(table).getByTestId('kept-rate-total'))).toEqual(['All', '23', '19', '4', '83%', '63% – 93%95% interval from 63% to 93%', '17%', '2 days 2 h']);
    expect(screen.getByTestId('kept-rate-cancelled')).toHaveTextContent('2 cancelled promises in this period are not counted.');
    expect(screen.getByTestId('kept-rate-method')).toHaveTextContent(WILSON);
    expect(screen.getByTestId('kept-rate-period')).toHaveTextContent('Promises decided from Dec 1, 2025 to Nov 30, 2026.');

    // The default period is the backend's (the last 12 whole months): no dates are sent.
    const query = keptRateRequests(requests, 'OWNER')[0]!.url.searchParams;
    expect([query.get('from'), query.get('to'), query.get('unitId')]).toEqual([null, null, null]);
    expect(screen.getByRole('tab', { name: 'Owner', selected: true })).toBeInTheDocument();
  });

  it('draws the monthly trend with a table of every month for screen readers, which a button shows on screen', async () => {
    const user = userEvent.setup();
    statsApi(['ADMIN']);
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });

    const trend = await screen.findByTestId('kept-rate-trend');
    expect(within(trend).getByRole('img')).toHaveAccessibleName(
      'Kept rate per month from September 2026 to November 2026. Latest month with enough data: November 2026, 91% (95% interval 62% to 98%, n = 11). The table below has every month.',
    );
    const table = within(trend).getByTestId('kept-rate-trend-table');
    expect(within(table).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['September 2026', '80%', '49% – 94%95% interval from 49% to 94%', '10'],
      ['October 2026', 'Not enough data', '–', '2'],
      ['November 2026', '91%', '62% – 98%95% interval from 62% to 98%', '11'],
    ]);
    const toggle = within(trend).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(trend).getByTestId('kept-rate-trend-table')).toBeVisible();
  });

  it('groups by source in the UI language, by unit with the group without one, and by month, and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    const { requests } = statsApi(['MANAGER'], {
      UNIT: keptRate('UNIT', [row(UNIT_SUPPORT, 'Support', 6, 1, { low: 48.68, high: 97.43 }), row('', '(no unit)', 3, 1)], row(null, 'total', 9, 2)),
      SOURCE: keptRate('SOURCE', [row('COMPLAINT', 'COMPLAINT', 9, 1, { low: 59.58, high: 98.21 }), row('MANUAL', 'MANUAL', 5, 0, { low: 56.55, high: 100 })], row(null, 'total', 14, 1)),
    });
    const { router } = renderRoute('/promises/kept-rate', { auth: fakeAuth() });
    await screen.findByTestId('kept-rate-table', {}, { timeout: 15_000 });

    await user.click(screen.getByRole('tab', { name: 'Source' }));
    await waitFor(() => expect(within(screen.getByTestId('kept-rate-table')).getAllByTestId('kept-rate-row').map((r) => cells(r)[0])).toEqual(['Complaint', 'Manual']));
    expect(within(screen.getByTestId('kept-rate-table')).getByRole('columnheader', { name: 'Source' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?groupBy=source');

    await user.click(screen.getByRole('tab', { name: 'Unit' }));
    await waitFor(() => expect(within(screen.getByTestId('kept-rate-table')).getAllByTestId('kept-rate-row').map((r) => cells(r)[0])).toEqual(['Support', 'No unit']));

    await user.click(screen.getByRole('tab', { name: 'Month' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('kept-rate-table')).getAllByTestId('kept-rate-row').map((r) => cells(r)[0])).toEqual(['September 2026', 'October 2026', 'November 2026']),
    );
    expect(keptRateRequests(requests, 'SOURCE')).toHaveLength(1);
  });

  it('asks for a quarter, a custom period and a unit, and checks the dates first', async () => {
    const user = userEvent.setup();
    const { requests } = statsApi(['EXECUTIVE']);
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });
    await screen.findByTestId('kept-rate-table', {}, { timeout: 15_000 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'quarter');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), screen.getAllByRole('option', { name: /Q\d$/ })[1]!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'Support');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(keptRateRequests(requests, 'OWNER')).toHaveLength(2));
    const quarter = keptRateRequests(requests, 'OWNER')[1]!.url.searchParams;
    const from = quarter.get('from')!;
    expect(from).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    const [year, month] = from.split('-').map(Number);
    expect(quarter.get('to')).toBe(new Date(Date.UTC(year!, month! + 2, 0)).toISOString().slice(0, 10));
    expect(quarter.get('unitId')).toBe(UNIT_SUPPORT);
    // The trend and the scores after promises follow the same period and unit.
    const after = requests.filter((r) => r.url.pathname === '/api/promises/stats/after-scores').at(-1)!.url.searchParams;
    expect([after.get('from'), after.get('to'), after.get('unitId')]).toEqual([from, quarter.get('to'), UNIT_SUPPORT]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'custom');
    // The dates start from the period the backend answered for.
    expect(screen.getByLabelText('From')).toHaveValue('2025-12-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-30');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('The end date is before the start date.')).toBeInTheDocument();
    expect(keptRateRequests(requests, 'OWNER')).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-08-31' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(keptRateRequests(requests, 'OWNER')).toHaveLength(3));
    const custom = keptRateRequests(requests, 'OWNER')[2]!.url.searchParams;
    expect([custom.get('from'), custom.get('to'), custom.get('unitId')]).toEqual(['2026-06-01', '2026-08-31', UNIT_SUPPORT]);
  });

  it('compares NPS and CSAT after kept and after broken promises with n, intervals and the test in words', async () => {
    statsApi(['EXECUTIVE']);
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });

    const nps = await screen.findByTestId('after-nps');
    expect(within(nps).getByTestId('after-nps-kept-value')).toHaveTextContent('42');
    expect(within(nps).getByTestId('after-nps-kept-interval')).toHaveTextContent('31 – 5295% interval from 31 to 52');
    expect(within(nps).getByTestId('after-nps-kept-n')).toHaveTextContent('n = 120');
    expect(within(nps).getByTestId('after-nps-broken-value')).toHaveTextContent('-8');
    expect(within(nps).getByTestId('after-nps-broken-n')).toHaveTextContent('n = 40');
    expect(within(nps).getByTestId('after-nps-difference-value')).toHaveTextContent('+50 points (+25 – +7595% interval from +25 to +75)');
    expect(within(nps).getByTestId('after-nps-difference-verdict')).toHaveTextContent(
      `Significant at 95%: ${NPS_METHOD}. The difference is unlikely to be chance. p = 0.0001`,
    );

    const csat = screen.getByTestId('after-csat');
    expect(within(csat).getByTestId('after-csat-kept-value')).toHaveTextContent('81%');
    expect(within(csat).getByTestId('after-csat-broken')).toHaveAttribute('data-suppressed', 'true');
    expect(within(csat).getByTestId('after-csat-broken-value')).toHaveTextContent('Not enough data (fewer than 5 answers)');
    expect(within(csat).getByTestId('after-csat-broken-n')).toHaveTextContent('n = 3');
    expect(within(csat).getByTestId('after-csat-difference')).toHaveTextContent('No comparison: one side has too few answers.');
    expect(screen.getByText(/next NPS or CSAT answer within 90 days after it was decided/)).toBeInTheDocument();
  });

  it('says when a difference is not significant', async () => {
    statsApi(['EXECUTIVE'], {}, afterScores({
      csat: {
        kept: score(80, 30, 62.7, 90.5, 'CSAT'),
        broken: score(70, 20, 48.1, 85.5, 'CSAT'),
        difference: difference({ estimate: 10, low: -14.1, high: 34.1, z: 0.81, p: 0.42, significant: false }),
      },
    }));
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });
    const verdict = await screen.findByTestId('after-csat-difference-verdict');
    expect(verdict).toHaveTextContent(`Not significant at 95% (${PROPORTION_METHOD}): the difference may be chance. p = 0.42`);
    expect(screen.getByTestId('after-csat-difference-value')).toHaveTextContent('+10 percentage points (-14 – +34');
  });

  it('explains what is attributed when no customer answered after a decided promise', async () => {
    const none = { kept: score(null, 0), broken: score(null, 0) };
    statsApi(['STAFF'], { OWNER: keptRate('OWNER', [], row(null, 'total', 0, 0)), MONTH: keptRate('MONTH', [], row(null, 'total', 0, 0)) }, afterScores({ nps: none, csat: none }));
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });
    expect(await screen.findByTestId('after-scores-empty')).toHaveTextContent(
      "A promise's score is its customer's next NPS or CSAT answer within 90 days after the promise was kept or broken.",
    );
    expect(screen.getByTestId('kept-rate-empty')).toHaveTextContent('No decided promises in this period');
    expect(screen.getByText(/Your promises: how many you kept/)).toBeInTheDocument();
  });

  it('is open to executives from the dashboard and not to HR', async () => {
    statsApi(['EXECUTIVE']);
    const user = userEvent.setup();
    const view = renderRoute('/', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('shortcut-promiseKeptRate'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Promise kept rate' })).toBeInTheDocument();
    view.unmount();

    mockApi({ 'GET /api/me': me({ roles: ['HR'] }) });
    renderRoute('/promises/kept-rate', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
  });
});

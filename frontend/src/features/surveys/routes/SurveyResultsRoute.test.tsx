import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SurveyResults } from '@/lib/api/types';
import { configureApiAuth } from '@/lib/api-client';
import { mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { results, survey, SURVEY_ID } from '../testing/fixtures';

const BASE = `/api/surveys/${SURVEY_ID}`;
const NPS_METHOD = 'NPS: % promoters (9-10) - % detractors (0-6), 95% adjusted-Wald interval';

function customerResults(): SurveyResults {
  return results({
    responses: 120,
    scores: [
      {
        questionId: 'nps',
        type: 'NPS',
        text: 'Would you recommend us?',
        score: { method: NPS_METHOD, value: 42.4, low: 30.2, high: 53.8, n: 120, suppressed: false },
      },
      {
        questionId: 'csat',
        type: 'CSAT',
        text: 'How satisfied are you?',
        score: { method: 'CSAT: % of 4-5 answers on 1-5, 95% Wilson interval', n: 3, suppressed: true },
      },
    ],
    distributions: [
      {
        questionId: 'resolved',
        type: 'SINGLE_CHOICE',
        text: 'Was your issue resolved?',
        answered: 10,
        counts: { yes: 7, no: 3 },
        suppressed: false,
      },
      { questionId: 'comment', type: 'TEXT', text: 'Anything else?', answered: 2, counts: {}, suppressed: false },
    ],
    responseRate: { invited: 200, answered: 120, rate: 60 },
  });
}

const series = [
  {
    questionId: 'nps',
    type: 'NPS',
    bucket: 'week',
    points: [
      {
        period: '2026-01-05T00:00:00Z',
        score: { method: NPS_METHOD, value: 40, low: 20, high: 55, n: 50, suppressed: false },
      },
      { period: '2026-01-12T00:00:00Z', score: { method: NPS_METHOD, n: 2, suppressed: true } },
      {
        period: '2026-01-19T00:00:00Z',
        score: { method: NPS_METHOD, value: 45, low: 30, high: 58, n: 68, suppressed: false },
      },
    ],
  },
];

function handlers(
  data: SurveyResults = customerResults(),
  roles: ('MANAGER' | 'EXECUTIVE' | 'ADMIN')[] = ['EXECUTIVE'],
) {
  return {
    'GET /api/me': me({ roles }),
    [`GET ${BASE}`]: survey({ status: 'PUBLISHED', publishedVersion: 1 }),
    [`GET ${BASE}/results`]: data,
    [`GET ${BASE}/results/series`]: series,
    [`GET ${BASE}/comments`]: {
      items: [
        {
          responseId: 'r1',
          questionId: 'comment',
          text: 'Friendly people',
          language: 'en',
          score: 9,
          submittedAt: '2026-01-20T10:00:00Z',
        },
      ],
      page: 0,
      size: 20,
      total: 1,
    },
  };
}

describe('survey results', () => {
  afterEach(() => {
    delete (URL as unknown as Record<string, unknown>).createObjectURL;
    delete (URL as unknown as Record<string, unknown>).revokeObjectURL;
  });

  it('shows scores with interval and n, and "not enough data" for suppressed ones', async () => {
    mockApi(handlers());
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    expect(await screen.findByTestId('score-value-nps')).toHaveTextContent(/^42$/);
    expect(screen.getByTestId('score-interval-nps')).toHaveTextContent('± 12 [30 – 54]');
    expect(screen.getByTestId('score-n-nps')).toHaveTextContent('n = 120');
    expect(
      within(screen.getByTestId('score-card-nps')).getByRole('button', {
        name: `How this score is computed: ${NPS_METHOD}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('score-value-csat')).toHaveTextContent(
      'Not enough data (fewer than 5 answers in this group or outside it)',
    );
    expect(screen.getByTestId('score-n-csat')).toHaveTextContent('n = 3');
    expect(screen.getByTestId('response-rate')).toHaveTextContent('120 of 200 invited customers answered (60%)');
    // Option ids become the option texts of the survey.
    expect(screen.getByTestId('distribution-resolved')).toHaveTextContent(/Yes.*70%.*7/);
    expect(await screen.findByText('Friendly people')).toBeInTheDocument();
    // Executives read results only: no design or distribution tabs.
    expect(screen.queryByTestId('survey-tab-edit')).not.toBeInTheDocument();
  });

  it('draws the trend with its interval band and offers the numbers as a table', async () => {
    mockApi(handlers());
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    const chart = await screen.findByRole('img', { name: /Trend of Would you recommend us\?/ });
    expect(chart).toHaveAccessibleName(/3 periods from/);
    expect(chart.querySelectorAll('path[fill="var(--mantine-color-indigo-2)"]')).toHaveLength(2); // broken at the suppressed week
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = within(screen.getByTestId('trend-table-nps')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/40.*20 – 55.*50$/),
      expect.stringMatching(/Not enough data.*2$/),
      expect.stringMatching(/45.*30 – 58.*68$/),
    ]);
  });

  it('applies filters to every request, with the browser time zone', async () => {
    const { requests } = mockApi(handlers());
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    await screen.findByTestId('score-card-nps');
    const filters = screen.getByTestId('results-filters');
    await user.type(within(filters).getByLabelText('From'), '2026-01-01');
    await user.type(within(filters).getByRole('textbox', { name: 'Customer attribute' }), 'segment');
    await user.type(within(filters).getByRole('textbox', { name: 'Value' }), 'enterprise');
    await user.click(within(filters).getByTestId('apply-filters'));

    await waitFor(() => expect(requests.filter((r) => r.url.pathname === `${BASE}/results`)).toHaveLength(2));
    const last = requests.filter((r) => r.url.pathname === `${BASE}/results`).at(-1)!.url.searchParams;
    expect(Object.fromEntries(last)).toEqual({
      from: '2026-01-01',
      attribute: 'segment',
      value: 'enterprise',
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    await waitFor(() =>
      expect(
        requests
          .filter((r) => r.url.pathname === `${BASE}/results/series`)
          .at(-1)
          ?.url.searchParams.get('attribute'),
      ).toBe('segment'),
    );
  });

  it('shows an empty state without responses', async () => {
    mockApi(handlers(results()));
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    expect(await screen.findByTestId('results-empty')).toHaveTextContent('No responses yet');
    expect(screen.queryByTestId('score-card-nps')).not.toBeInTheDocument();
  });

  it('greys out suppressed staff groups and shows the staff trend by month', async () => {
    mockApi({
      ...handlers(
        results({
          audience: 'STAFF',
          responses: 12,
          scores: [
            {
              questionId: 'share',
              type: 'RATING',
              text: 'We share feedback',
              score: { method: 'Mean on 1-5', value: 3.83, low: 3.2, high: 4.4, n: 12, suppressed: false },
            },
          ],
          byLevel: [
            {
              group: 'level',
              key: 'FRONTLINE',
              score: { method: 'Mean on 1-5', value: 3.5, low: 3, high: 4, n: 9, suppressed: false },
            },
            { group: 'level', key: 'EXECUTIVE', score: { method: 'Mean on 1-5', n: 3, suppressed: true } },
          ],
        }),
      ),
      [`GET ${BASE}`]: survey({ audience: 'STAFF', status: 'PUBLISHED', publishedVersion: 1 }),
    });
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    const byLevel = await screen.findByTestId('by-level');
    const [, frontline, executive] = within(byLevel).getAllByRole('row');
    expect(frontline).toHaveTextContent(/Frontline3\.5/);
    expect(executive).toHaveTextContent(/ExecutiveNot enough data/);
    expect(executive).toHaveAttribute('data-suppressed', 'true');
    expect(screen.getByTestId('score-value-share')).toHaveTextContent('3.8');
    // staff answers are dated by month only: no choice of a finer period
    expect(await screen.findByTestId('trend-staff-months')).toHaveTextContent('By month');
    expect(screen.queryByLabelText('Period length')).not.toBeInTheDocument();
  });

  it('says so when a suppressed staff selection withholds even its counts', async () => {
    mockApi({
      ...handlers(
        results({
          audience: 'STAFF',
          responses: null,
          scores: [
            {
              questionId: 'share',
              type: 'RATING',
              text: 'We share feedback',
              score: { method: 'Mean on 1-5', suppressed: true },
            },
          ],
          distributions: [
            { questionId: 'share', type: 'RATING', text: 'We share feedback', counts: {}, suppressed: true },
          ],
        }),
      ),
      [`GET ${BASE}`]: survey({ audience: 'STAFF', status: 'PUBLISHED', publishedVersion: 1 }),
    });
    renderRoute(`/surveys/${SURVEY_ID}/results?language=en`, { auth: fakeAuth() });
    expect(await screen.findByTestId('results-responses')).toHaveTextContent('Not enough staff answers');
    expect(screen.getByTestId('score-n-share')).toHaveTextContent('n not shown');
    expect(screen.getByTestId('distribution-share')).not.toHaveTextContent(/answers?$/);
  });

  it('downloads the CSV export with the access token', async () => {
    const { requests } = mockApi({
      ...handlers(),
      [`GET ${BASE}/export.csv`]: new Response('response_id,nps\nr1,9\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv',
          'Content-Disposition': `attachment; filename="survey-${SURVEY_ID}.csv"`,
        },
      }),
    });
    configureApiAuth({ getAccessToken: () => 'token-123' });
    const createObjectURL = vi.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/results`, { auth: fakeAuth() });
    await user.click(await screen.findByTestId('export-csv'));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`survey-${SURVEY_ID}.csv`);
    expect(link.href).toBe('blob:export');
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('response_id,nps\nr1,9\n');
    expect(requests.find((r) => r.url.pathname.endsWith('export.csv'))?.headers.get('Authorization')).toBe(
      'Bearer token-123',
    );
  });
});

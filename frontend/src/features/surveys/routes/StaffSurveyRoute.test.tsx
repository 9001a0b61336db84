import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configureApiAuth, TENANT_HEADER } from '@/lib/api-client';
import { setSelectedTenantId } from '@/lib/tenant-selection';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me, TENANT_A } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { formQuestion, survey, SURVEY_ID } from '../testing/fixtures';

const staffSurvey = survey({
  audience: 'STAFF',
  status: 'PUBLISHED',
  publishedVersion: 2,
  name: 'Pulse',
  draft: { title: { en: 'How customer-focused are we?', de: 'Wie kundenorientiert sind wir?' }, questions: [] },
});

const form = {
  title: 'How customer-focused are we?',
  intro: null,
  language: 'en',
  languages: ['en', 'de'],
  customerName: null,
  questions: [
    formQuestion({
      id: 'share',
      type: 'RATING',
      text: 'We share customer feedback.',
      required: true,
      min: 1,
      max: 5,
      minLabel: 'Strongly disagree',
      maxLabel: 'Strongly agree',
    }),
  ],
};

describe('my surveys', () => {
  it('lists open staff surveys for every member, with the anonymity note', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }), 'GET /api/staff-surveys': [staffSurvey] });
    renderRoute('/my-surveys', { auth: fakeAuth() });
    const card = await screen.findByTestId(`my-survey-${SURVEY_ID}`);
    expect(card).toHaveTextContent('How customer-focused are we?');
    expect(within(card).getByRole('link', { name: 'Answer How customer-focused are we?' })).toHaveAttribute(
      'href',
      `/my-surveys/${SURVEY_ID}`,
    );
    expect(screen.getByText(/results are shown only for groups of 5 or more/)).toBeInTheDocument();
  });

  it('answers a staff survey as the signed-in member and says thanks', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
      [`GET /api/staff-surveys/${SURVEY_ID}`]: form,
      [`POST /api/staff-surveys/${SURVEY_ID}/responses`]: jsonResponse(201, {
        responseId: 'r1',
        submittedAt: '2026-02-01T10:00:00Z',
      }),
      'GET /api/staff-surveys': [],
    });
    configureApiAuth({ getAccessToken: () => 'member-token' });
    setSelectedTenantId(TENANT_A);
    const user = userEvent.setup();
    renderRoute(`/my-surveys/${SURVEY_ID}`, { auth: fakeAuth() });
    const question = await screen.findByTestId('question-share');
    expect(within(question).getByRole('radiogroup')).toHaveAccessibleDescription(
      '1 = Strongly disagree 5 = Strongly agree',
    );
    await user.click(within(question).getByRole('radio', { name: '4' }));
    await user.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-thank-you')).toBeInTheDocument();

    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.body).toMatchObject({ language: 'en', answers: { share: 4 } });
    // Unlike public links, staff answers go out as the signed-in member of the tenant.
    expect(post.headers.get('Authorization')).toBe('Bearer member-token');
    expect(post.headers.get(TENANT_HEADER)).toBe(TENANT_A);
    expect(
      requests.find((r) => r.method === 'GET' && r.url.pathname.endsWith(SURVEY_ID))?.url.searchParams.get('lang'),
    ).toBe('en');
  });

  it('says when the member has answered already (409)', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['HR'] }),
      [`GET /api/staff-surveys/${SURVEY_ID}`]: form,
      [`POST /api/staff-surveys/${SURVEY_ID}/responses`]: problemResponse(409, {
        detail: 'You have already answered this survey',
      }),
    });
    const user = userEvent.setup();
    renderRoute(`/my-surveys/${SURVEY_ID}`, { auth: fakeAuth() });
    await user.click(within(await screen.findByTestId('question-share')).getByRole('radio', { name: '2' }));
    await user.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-already-answered')).toBeInTheDocument();
  });
});

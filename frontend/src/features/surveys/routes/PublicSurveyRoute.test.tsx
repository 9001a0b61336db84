import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configureApiAuth, TENANT_HEADER } from '@/lib/api-client';
import { setSelectedTenantId } from '@/lib/tenant-selection';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { TENANT_A } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { npsForm, TOKEN } from '../testing/fixtures';

const FORM = `GET /api/public/surveys/${TOKEN}`;
const SUBMIT = `POST /api/public/surveys/${TOKEN}/responses`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function open() {
  renderRoute(`/s/${TOKEN}`);
  return screen.findByRole('heading', { level: 1, name: 'How likely are you to recommend us?' });
}

async function chooseNps(user: ReturnType<typeof userEvent.setup>, value: number) {
  const question = screen.getByTestId('question-nps');
  await user.click(within(question).getByRole('radio', { name: String(value) }));
}

describe('public survey page', () => {
  it('shows the scale as a radio group and the follow-up only for low scores', async () => {
    mockApi({ [FORM]: npsForm() });
    const user = userEvent.setup();
    await open();
    const group = within(screen.getByTestId('question-nps')).getByRole('radiogroup', {
      name: /How likely is it that you would recommend us/,
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(group).toHaveAccessibleDescription('0 = Not at all likely 10 = Extremely likely');
    expect(screen.queryByTestId('question-improve')).not.toBeInTheDocument();

    await chooseNps(user, 6);
    expect(screen.getByTestId('question-improve')).toBeInTheDocument();
    await chooseNps(user, 9);
    expect(screen.queryByTestId('question-improve')).not.toBeInTheDocument();
  });

  it('sends visible answers only, without token or tenant, and thanks the customer', async () => {
    const { requests } = mockApi({
      [FORM]: npsForm(),
      [SUBMIT]: jsonResponse(201, { responseId: 'r1', submittedAt: '2026-02-01T10:00:00Z' }),
    });
    // A signed-in colleague opening the link in the same browser must not leak their session.
    configureApiAuth({ getAccessToken: () => 'secret-token' });
    setSelectedTenantId(TENANT_A);
    const user = userEvent.setup();
    await open();

    await chooseNps(user, 3);
    await user.type(within(screen.getByTestId('question-improve')).getByRole('textbox'), 'Answer the phone');
    await chooseNps(user, 9); // hides "improve": its answer must not be sent
    await user.click(within(screen.getByTestId('question-channel')).getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByTestId('survey-submit'));

    expect(await screen.findByTestId('survey-thank-you')).toHaveTextContent('Thank you!');
    const submit = requests.find((r) => r.method === 'POST')!;
    expect(submit.body).toEqual({
      submissionId: expect.stringMatching(UUID),
      language: 'en',
      answers: { nps: 9, channel: 'mail' },
    });
    for (const request of requests) {
      expect(request.headers.has('Authorization')).toBe(false);
      expect(request.headers.has(TENANT_HEADER)).toBe(false);
    }
  });

  it('checks required questions first and links the error summary to them', async () => {
    const { requests } = mockApi({ [FORM]: npsForm() });
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByTestId('survey-submit'));

    const summary = await screen.findByTestId('survey-error-summary');
    expect(summary).toHaveTextContent('Please check 1 answer');
    expect(summary).toHaveFocus();
    expect(within(screen.getByTestId('question-nps')).getByRole('radiogroup')).toHaveAccessibleDescription(
      /Please answer this question\./,
    );
    await user.click(within(summary).getByRole('link', { name: /recommend us/ }));
    expect(within(screen.getByTestId('question-nps')).getAllByRole('radio')[0]).toHaveFocus();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows field errors of a 400 next to their question', async () => {
    mockApi({
      [FORM]: npsForm(),
      [SUBMIT]: problemResponse(400, {
        title: 'Invalid request',
        detail: 'The request has invalid fields',
        errors: [{ field: 'answers.channel', message: 'must be one of the options' }],
      }),
    });
    const user = userEvent.setup();
    await open();
    await chooseNps(user, 10);
    await user.click(within(screen.getByTestId('question-channel')).getByRole('radio', { name: 'Phone' }));
    await user.click(screen.getByTestId('survey-submit'));

    const channel = screen.getByTestId('question-channel');
    expect(await within(channel).findByText('must be one of the options')).toBeInTheDocument();
    expect(within(channel).getByRole('radiogroup')).toHaveAccessibleDescription('must be one of the options');
    expect(screen.getByTestId('survey-error-summary')).toHaveTextContent(
      'How did you contact us?: must be one of the options',
    );
    expect(screen.queryByTestId('survey-thank-you')).not.toBeInTheDocument();
  });

  it('says that the link is not valid (404) or the survey is closed (410)', async () => {
    mockApi({ [FORM]: problemResponse(404, { title: 'Not found', detail: 'Survey was not found' }) });
    const { unmount } = renderRoute(`/s/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'This survey link is not valid' })).toBeInTheDocument();
    unmount();

    mockApi({ [FORM]: problemResponse(410, { title: 'Gone', detail: 'This survey is closed' }) });
    renderRoute(`/s/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'This survey is closed' })).toBeInTheDocument();
    expect(screen.queryByTestId('survey-submit')).not.toBeInTheDocument();
  });

  it('says when the invitation was already answered (409)', async () => {
    mockApi({
      [FORM]: npsForm(),
      [SUBMIT]: problemResponse(409, { title: 'Conflict', detail: 'This invitation has already been answered' }),
    });
    const user = userEvent.setup();
    await open();
    await chooseNps(user, 8);
    await user.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-already-answered')).toHaveTextContent('Already answered');
  });

  it('asks to wait after too many attempts (429, Retry-After)', async () => {
    mockApi({
      [FORM]: npsForm(),
      [SUBMIT]: new Response(JSON.stringify({ status: 429, title: 'Too many requests' }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      }),
    });
    const user = userEvent.setup();
    await open();
    await chooseNps(user, 8);
    await user.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-rate-limited')).toHaveTextContent(
      'Please wait 30 seconds before you try again.',
    );
    expect(screen.getByTestId('survey-submit')).toBeDisabled();
  });

  it('keeps the answers after a network failure and retries with the same submission id', async () => {
    let attempts = 0;
    const { requests } = mockApi({
      [FORM]: npsForm(),
      [SUBMIT]: () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(201, { responseId: 'r1', submittedAt: '2026-02-01T10:00:00Z' });
      },
    });
    const user = userEvent.setup();
    await open();
    await chooseNps(user, 5);
    await user.type(within(screen.getByTestId('question-improve')).getByRole('textbox'), 'Be faster');
    await user.click(screen.getByTestId('survey-submit'));

    expect(await screen.findByTestId('survey-retry')).toHaveTextContent('Your answers were not sent');
    expect(within(screen.getByTestId('question-improve')).getByRole('textbox')).toHaveValue('Be faster');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('survey-thank-you')).toBeInTheDocument();

    const [first, second] = requests.filter((r) => r.method === 'POST');
    expect(second!.body).toEqual(first!.body);
    expect((first!.body as { answers: unknown }).answers).toEqual({ nps: 5, improve: 'Be faster' });
  });

  it('switches the language without losing answers and submits in that language', async () => {
    const german = npsForm({
      title: 'Wie wahrscheinlich empfehlen Sie uns weiter?',
      language: 'de',
      questions: npsForm().questions.map((q) => ({ ...q, text: `DE ${q.text}` })),
    });
    const { requests } = mockApi({
      [FORM]: (request) => (request.url.searchParams.get('lang') === 'de' ? german : npsForm()),
      [SUBMIT]: jsonResponse(201, { responseId: 'r1', submittedAt: '2026-02-01T10:00:00Z' }),
    });
    const user = userEvent.setup();
    await open();
    await chooseNps(user, 7);
    await user.click(screen.getByRole('radio', { name: 'German' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wie wahrscheinlich empfehlen Sie uns weiter?' }),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('question-nps')).getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByTestId('survey-submit')).toHaveTextContent('Antworten senden');
    await user.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-thank-you')).toHaveTextContent('Vielen Dank!');
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ language: 'de', answers: { nps: 7 } });
  });

  it('greets invited customers and keeps the language of their invitation', async () => {
    const { requests } = mockApi({ [FORM]: npsForm({ customerName: 'Ana', language: 'de', title: 'Umfrage' }) });
    renderRoute(`/s/${TOKEN}`);
    expect(await screen.findByText('Hallo Ana!')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('survey-submit')).toHaveTextContent('Antworten senden'));
    expect(requests.filter((r) => r.url.pathname.endsWith(TOKEN))).toHaveLength(1);
  });
});

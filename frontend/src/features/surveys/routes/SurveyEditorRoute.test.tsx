import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Survey, SurveyChangeRequest } from '@/lib/api/types';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { survey, SURVEY_ID, TOKEN } from '../testing/fixtures';

const PATH = `/api/surveys/${SURVEY_ID}`;

function openEditor(data: Survey = survey(), roles: ('MANAGER' | 'ADMIN' | 'EXECUTIVE')[] = ['MANAGER']) {
  renderRoute(`/surveys/${SURVEY_ID}/edit`, { auth: fakeAuth() });
  return { data, roles };
}

const question = (index: number) => screen.getByTestId(`question-editor-${index}`);

describe('survey editor', () => {
  it('puts definition.questions[i] errors of a save on question i', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey(),
      [`PUT ${PATH}`]: problemResponse(400, {
        title: 'Invalid request',
        detail: 'The request has invalid fields',
        errors: [
          { field: 'definition.questions[1].options', message: 'a choice question needs at least two options' },
          { field: 'definition.questions[2].text.en', message: 'an English text is required' },
        ],
      }),
    });
    const user = userEvent.setup();
    openEditor();
    await screen.findByTestId('question-editor-2');

    // Remove the second option of "resolved" and the English text of "comment", then save.
    await user.click(within(question(1)).getByRole('button', { name: 'Remove option 2' }));
    const commentText = within(question(2)).getByRole('textbox', { name: 'Question (English)' });
    await user.clear(commentText);
    await user.click(screen.getByTestId('save-survey'));

    expect(await within(question(1)).findByTestId('options-error-1')).toHaveTextContent(
      'a choice question needs at least two options',
    );
    expect(within(question(2)).getByRole('textbox', { name: 'Question (English)' })).toHaveAccessibleDescription(
      'an English text is required',
    );
    // Nothing landed on the first question.
    expect(question(0)).not.toHaveTextContent(/an English text is required|at least two options/);
    expect(question(0).querySelector('[aria-invalid="true"]')).toBeNull();
    expect(screen.getByTestId('editor-errors')).toHaveTextContent('Some fields need your attention');

    const body = requests.find((r) => r.method === 'PUT')?.body as SurveyChangeRequest;
    expect(body.definition.questions[1]?.options).toEqual([{ id: 'yes', text: { en: 'Yes', de: 'Ja' } }]);
    expect(body.definition.questions[2]?.text).toEqual({ en: '' });
  });

  it('asks before leaving the survey with unsaved changes', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey(),
      'GET /api/surveys': { items: [], page: 0, size: 20, total: 0 },
    });
    const user = userEvent.setup();
    openEditor();
    await screen.findByTestId('question-editor-2');
    const commentText = within(question(2)).getByRole('textbox', { name: 'Question (English)' });
    await user.type(commentText, ' now');

    await user.click(screen.getByTestId('nav-surveys'));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: /cancel/i }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument(),
    );
    expect(within(question(2)).getByRole('textbox', { name: 'Question (English)' })).toHaveValue(
      'Anything else? now',
    );

    await user.click(screen.getByTestId('nav-surveys'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(screen.queryByTestId('question-editor-2')).not.toBeInTheDocument());
  });

  it('keeps errors on the question they belong to after reordering', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey(),
      [`PUT ${PATH}`]: problemResponse(400, {
        errors: [{ field: 'definition.questions[0].id', message: 'is used by another question' }],
      }),
    });
    const user = userEvent.setup();
    openEditor();
    await screen.findByTestId('question-editor-2');
    await user.click(screen.getByTestId('survey-name-input'));
    await user.type(screen.getByTestId('survey-name-input'), '!');
    await user.click(screen.getByTestId('save-survey'));
    expect(await within(question(0)).findByRole('textbox', { name: /Question id/ })).toHaveAccessibleDescription(
      /is used by another question/,
    );
    await user.click(within(question(0)).getByRole('button', { name: 'Move question 1 down' }));
    expect(question(1)).toHaveAttribute('data-question-id', 'csat');
    expect(within(question(1)).getByRole('textbox', { name: /Question id/ })).toHaveAccessibleDescription(
      /is used by another question/,
    );
  });

  it('saves first, then publishes, and shows an empty survey error on the question list', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey({ draft: { title: { en: 'Empty' }, questions: [] } }),
      [`PUT ${PATH}`]: (request) =>
        survey({ name: (request.body as SurveyChangeRequest).name, draft: { title: { en: 'Empty' }, questions: [] } }),
      [`POST ${PATH}/publish`]: problemResponse(400, {
        errors: [{ field: 'definition.questions', message: 'a survey needs at least one question to be published' }],
      }),
    });
    const user = userEvent.setup();
    openEditor();
    await user.type(await screen.findByTestId('survey-name-input'), ' 2026');
    await user.click(screen.getByTestId('publish-survey'));
    expect(await screen.findByTestId('questions-error')).toHaveTextContent(
      'a survey needs at least one question to be published',
    );
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(
      expect.arrayContaining([`PUT ${PATH}`, `POST ${PATH}/publish`]),
    );
    expect(requests.findIndex((r) => r.method === 'PUT')).toBeLessThan(requests.findIndex((r) => r.method === 'POST'));
  });

  it('publishes and shows the version, the public link and unpublished changes', async () => {
    const published = survey({
      status: 'PUBLISHED',
      publishedVersion: 1,
      publicLinkEnabled: true,
      draftChanged: false,
    });
    mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      [`GET ${PATH}`]: survey({ publicLinkEnabled: true }),
      [`POST ${PATH}/publish`]: published,
      [`PUT ${PATH}`]: { ...published, draftChanged: true, name: 'Support satisfaction v2' },
    });
    const user = userEvent.setup();
    openEditor();
    await user.click(await screen.findByTestId('publish-survey'));
    expect(await screen.findByRole('status')).toHaveTextContent('Version 1 is published.');
    expect(screen.getByTestId('survey-version')).toHaveTextContent('Version 1');
    expect(screen.getByTestId('public-link')).toHaveTextContent(`${window.location.origin}/s/${TOKEN}`);
    expect(screen.queryByTestId('draft-changed')).not.toBeInTheDocument();

    await user.type(screen.getByTestId('survey-name-input'), ' v2');
    await user.click(screen.getByTestId('save-survey'));
    expect(await screen.findByTestId('draft-changed')).toHaveTextContent('Unpublished changes');
    expect(screen.getByTestId('publish-survey')).toHaveTextContent('Publish changes');
  });

  it('adds questions with generated ids and display logic on an earlier one', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey(),
      [`PUT ${PATH}`]: survey(),
    });
    const user = userEvent.setup();
    openEditor();
    await screen.findByTestId('question-editor-2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of the new question' }), 'TEXT');
    await user.click(screen.getByTestId('add-question'));
    const added = question(3);
    expect(within(added).getByRole('textbox', { name: /Question id/ })).toHaveValue('q4');
    await user.type(within(added).getByRole('textbox', { name: 'Question (English)' }), 'Why not?');
    await user.click(within(added).getByRole('switch', { name: 'Show only if an earlier answer matches' }));
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Earlier question' }), 'resolved');
    await user.click(within(added).getByRole('checkbox', { name: 'No' }));
    // The preview follows the draft: the new question appears only after "No".
    const preview = screen.getByTestId('survey-preview');
    expect(within(preview).queryByText('Why not?')).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('radio', { name: 'No' }));
    expect(within(preview).getByText('Why not?')).toBeInTheDocument();

    await user.click(screen.getByTestId('save-survey'));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = requests.find((r) => r.method === 'PUT')?.body as SurveyChangeRequest;
    expect(body.definition.questions[3]).toEqual({
      id: 'q4',
      type: 'TEXT',
      text: { en: 'Why not?' },
      required: false,
      showIf: { question: 'resolved', operator: 'ANY_OF', values: ['no'] },
    });
  });

  it('asks before deleting a draft and goes back to the list', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: survey(),
      [`DELETE ${PATH}`]: new Response(null, { status: 204 }),
      'GET /api/surveys': { items: [], page: 0, size: 20, total: 0 },
    });
    const user = userEvent.setup();
    openEditor();
    await user.click(await screen.findByTestId('delete-survey'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Support satisfaction?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete draft' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Surveys' })).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(true);
  });

  it('sends executives to the results: they may not design', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['EXECUTIVE'] }), [`GET ${PATH}`]: survey() });
    renderRoute(`/surveys/${SURVEY_ID}/edit`, { auth: fakeAuth() });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyTemplate } from '@/lib/api/types';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { survey, SURVEY_ID } from '../testing/fixtures';

const templates: SurveyTemplate[] = [
  {
    key: 'NPS',
    audience: 'CUSTOMER',
    touchpoint: 'relationship',
    name: { en: 'Net Promoter Score', de: 'Net Promoter Score' },
    definition: { title: { en: 'NPS' }, questions: [] },
  },
  {
    key: 'CSAT_SUPPORT',
    audience: 'CUSTOMER',
    touchpoint: 'support',
    name: { en: 'Satisfaction after support', de: 'Zufriedenheit nach Support' },
    definition: { title: { en: 'CSAT' }, questions: [] },
  },
  {
    key: 'STAFF_SELF_ASSESSMENT',
    audience: 'STAFF',
    touchpoint: 'internal',
    name: { en: 'Customer focus self-assessment', de: 'Selbsteinschätzung Kundenorientierung' },
    definition: { title: { en: 'Self' }, questions: [] },
  },
];

const page = (items = [survey({ status: 'PUBLISHED', publishedVersion: 3, responses: 1234, draftChanged: true })]) => ({
  items,
  page: 0,
  size: 20,
  total: items.length,
});

describe('surveys list', () => {
  it('lists surveys with status, version and responses, and filters by status and audience', async () => {
    const { requests } = mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }), 'GET /api/surveys': page() });
    const user = userEvent.setup();
    renderRoute('/surveys', { auth: fakeAuth() });
    const row = await screen.findByTestId(`survey-row-${SURVEY_ID}`);
    expect(row).toHaveTextContent('Support satisfaction');
    expect(row).toHaveTextContent('Published');
    expect(row).toHaveTextContent('Unpublished changes');
    expect(row).toHaveTextContent('Version 3');
    expect(row).toHaveTextContent('1,234');
    expect(within(row).getByRole('link', { name: 'Support satisfaction' })).toHaveAttribute(
      'href',
      `/surveys/${SURVEY_ID}/edit`,
    );
    expect(requests.at(-1)?.url.searchParams.has('status')).toBe(false); // archived surveys stay hidden

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ARCHIVED');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Audience' }), 'STAFF');
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('audience')).toBe('STAFF'));
    expect(requests.at(-1)?.url.searchParams.get('status')).toBe('ARCHIVED');
  });

  it('creates a survey from a template and opens the editor', async () => {
    const created = survey({ name: 'Q3 NPS' });
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/surveys': page([]),
      'GET /api/surveys/templates': templates,
      'POST /api/surveys': jsonResponse(201, created),
      [`GET /api/surveys/${SURVEY_ID}`]: created,
    });
    const user = userEvent.setup();
    renderRoute('/surveys', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('new-survey'));
    const dialog = await screen.findByRole('dialog', { name: 'New survey' });
    await user.type(within(dialog).getByRole('textbox', { name: /Survey name/ }), 'Q3 NPS');
    await user.click(await within(dialog).findByRole('radio', { name: /Net Promoter Score/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create survey' }));

    expect(await screen.findByTestId('save-survey')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Q3 NPS', template: 'NPS' });
  });

  it('creates a staff survey from scratch and shows server field errors', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/surveys': page([]),
      'GET /api/surveys/templates': templates,
      'POST /api/surveys': problemResponse(400, {
        errors: [{ field: 'touchpoint', message: 'lowercase letters, digits, _ or -' }],
      }),
    });
    const user = userEvent.setup();
    renderRoute('/surveys', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('new-survey'));
    const dialog = await screen.findByRole('dialog', { name: 'New survey' });
    // Template names are shown in the UI language.
    expect(await within(dialog).findByRole('radio', { name: /Customer focus self-assessment/ })).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Survey name/ }), 'Pulse');
    await user.click(within(dialog).getByRole('radio', { name: /From scratch/ }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Audience' }), 'STAFF');
    await user.type(within(dialog).getByRole('textbox', { name: /Touchpoint/ }), 'internal');
    await user.click(within(dialog).getByRole('button', { name: 'Create survey' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Touchpoint/ })).toHaveAccessibleDescription(
        /^lowercase letters, digits, _ or -/,
      ),
    );
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Pulse',
      audience: 'STAFF',
      touchpoint: 'internal',
    });
  });

  it('lets executives read results but not create surveys', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['EXECUTIVE'] }), 'GET /api/surveys': page() });
    renderRoute('/surveys', { auth: fakeAuth() });
    const row = await screen.findByTestId(`survey-row-${SURVEY_ID}`);
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/surveys/${SURVEY_ID}/results`);
    expect(screen.queryByTestId('new-survey')).not.toBeInTheDocument();
    expect(screen.queryByTestId('survey-settings')).not.toBeInTheDocument();
  });

  it('is not open to staff', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }) });
    renderRoute('/surveys', { auth: fakeAuth() });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('edits the invitation settings of the organization', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/surveys': page(),
      'GET /api/survey-settings': { quietPeriodDays: 30, reminderAfterDays: 3, maxReminders: 1 },
      'PUT /api/survey-settings': { quietPeriodDays: 60, reminderAfterDays: 3, maxReminders: 1 },
    });
    const user = userEvent.setup();
    renderRoute('/surveys', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('survey-settings'));
    const dialog = await screen.findByRole('dialog', { name: 'Invitation settings' });
    const quiet = await within(dialog).findByRole('textbox', { name: 'Quiet period (days)' });
    await user.clear(quiet);
    await user.type(quiet, '60');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Invitation settings saved.');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      quietPeriodDays: 60,
      reminderAfterDays: 3,
      maxReminders: 1,
    });
  });
});

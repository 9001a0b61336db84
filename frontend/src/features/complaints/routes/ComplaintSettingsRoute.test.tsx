import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Classification } from '@/lib/api/types';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { CATEGORY_ID, classification, PRIORITY_ID } from '../testing/fixtures';
import { SURVEY_ID } from '../testing/sla-fixtures';

describe('complaint settings', () => {
  it('adds a category with both names and edits a priority', async () => {
    let categories: Classification[] = [];
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/complaints/categories': () => categories,
      'POST /api/complaints/categories': ({ body }) => {
        const created = { id: CATEGORY_ID, ...(body as Omit<Classification, 'id'>) };
        categories = [created];
        return jsonResponse(201, created);
      },
      'GET /api/complaints/priorities': [classification(PRIORITY_ID, 'High', 'Hoch')],
      [`PUT /api/complaints/priorities/${PRIORITY_ID}`]: ({ body }) => ({ id: PRIORITY_ID, ...(body as object) }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });

    const editor = await screen.findByTestId('categories-editor');
    expect(await within(editor).findByText('No categories yet.')).toBeInTheDocument();
    const add = within(editor).getByRole('form', { name: 'New category' });
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(within(add).getByRole('textbox', { name: 'English name' })).toHaveAccessibleDescription('This field is required.');
    await user.type(within(add).getByRole('textbox', { name: 'English name' }), 'Delivery');
    await user.type(within(add).getByRole('textbox', { name: 'German name' }), 'Lieferung');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(editor).findByRole('form', { name: 'Entry Delivery' })).toBeInTheDocument();

    const high = within(screen.getByTestId('priorities-editor')).getByRole('form', { name: 'Entry High' });
    await user.click(within(high).getByRole('switch', { name: 'Active' }));
    await user.click(within(high).getByRole('button', { name: 'Save' }));
    expect(await within(high).findByText('Saved.')).toBeInTheDocument();

    expect(requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/api/complaints/categories', { nameEn: 'Delivery', nameDe: 'Lieferung', active: true, position: 10 }],
      ['PUT', `/api/complaints/priorities/${PRIORITY_ID}`, { nameEn: 'High', nameDe: 'Hoch', active: false, position: 10 }],
    ]);
  });

  it('shows the server’s field errors', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'POST /api/complaints/priorities': problemResponse(400, { title: 'Bad Request', errors: [{ field: 'nameDe', message: 'must not be blank' }] }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    const add = await screen.findByRole('form', { name: 'New priority' });
    await user.type(within(add).getByRole('textbox', { name: 'English name' }), 'Low');
    await user.type(within(add).getByRole('textbox', { name: 'German name' }), 'Niedrig');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    const german = within(add).getByRole('textbox', { name: 'German name' });
    await waitFor(() => expect(german).toHaveAccessibleDescription('must not be blank'));
    expect(german).toHaveFocus();
  });

  it('edits root causes with the same list as categories and priorities', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'GET /api/complaints/root-causes': [],
      'POST /api/complaints/root-causes': ({ body }) => jsonResponse(201, { id: 'rc-1', ...(body as object) }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    const editor = await screen.findByTestId('root-causes-editor');
    expect(within(editor).getByRole('heading', { name: 'Root causes' })).toBeInTheDocument();
    expect(await within(editor).findByText('No root causes yet.')).toBeInTheDocument();
    const add = within(editor).getByRole('form', { name: 'New root cause' });
    await user.type(within(add).getByRole('textbox', { name: 'English name' }), 'Late delivery');
    await user.type(within(add).getByRole('textbox', { name: 'German name' }), 'Späte Lieferung');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ nameEn: 'Late delivery', nameDe: 'Späte Lieferung', active: true, position: 10 }),
    );
    expect(requests.find((r) => r.method === 'POST')?.url.pathname).toBe('/api/complaints/root-causes');
  });

  it('saves the follow-up survey: off or on, the delay in hours and minutes, a published customer survey', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'GET /api/complaints/root-causes': [],
      'GET /api/complaints/settings': { followUpEnabled: true, followUpDelayMinutes: 1440 },
      'GET /api/surveys': { items: [{ id: SURVEY_ID, name: 'After-care CSAT', status: 'PUBLISHED', audience: 'CUSTOMER' }], page: 0, size: 100, total: 1 },
      'PUT /api/complaints/settings': ({ body }) => body,
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    const section = await screen.findByTestId('follow-up-settings');
    const form = await within(section).findByRole('form', { name: 'Follow-up survey' });
    const hours = within(form).getByRole('textbox', { name: 'Hours' });
    const minutes = within(form).getByRole('textbox', { name: 'Minutes' });
    expect(hours).toHaveValue('24');
    expect(minutes).toHaveValue('0');
    expect(within(form).getByText('Sent 24 h after the resolution (a complaint reopened in the meantime is not surveyed).')).toBeInTheDocument();
    const survey = within(form).getByRole('combobox', { name: 'Survey' });
    expect(survey).toHaveValue('');
    expect(within(survey).getAllByRole('option').map((o) => o.textContent)).toEqual(['Default: short CSAT survey', 'After-care CSAT']);

    await user.clear(hours);
    await user.type(hours, '2');
    await user.clear(minutes);
    await user.type(minutes, '30');
    expect(within(form).getByText(/^Sent 2 h 30 min after/)).toBeInTheDocument();
    await user.selectOptions(survey, SURVEY_ID);
    await user.click(within(form).getByRole('switch', { name: /^Send a follow-up survey/ }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Follow-up settings saved.')).toBeInTheDocument();

    const surveysRequest = requests.find((r) => r.url.pathname === '/api/surveys');
    expect(surveysRequest?.url.searchParams.get('status')).toBe('PUBLISHED');
    expect(surveysRequest?.url.searchParams.get('audience')).toBe('CUSTOMER');
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      { followUpEnabled: false, followUpDelayMinutes: 150, followUpSurveyId: SURVEY_ID },
    ]);
  });

  it('checks the follow-up delay and shows the server’s error under the survey', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'GET /api/complaints/root-causes': [],
      'GET /api/complaints/settings': { followUpEnabled: true, followUpDelayMinutes: 60, followUpSurveyId: SURVEY_ID },
      'GET /api/surveys': { items: [], page: 0, size: 100, total: 0 },
      'PUT /api/complaints/settings': problemResponse(400, {
        title: 'Bad Request',
        errors: [{ field: 'followUpSurveyId', message: 'is not a published customer survey of the tenant' }],
      }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    const form = await screen.findByRole('form', { name: 'Follow-up survey' });
    const survey = within(form).getByRole('combobox', { name: 'Survey' });
    // The saved survey is no longer published: it stays chosen rather than silently becoming the default.
    expect(survey).toHaveValue(SURVEY_ID);
    expect(within(survey).getByRole('option', { selected: true })).toHaveTextContent('The chosen survey (no longer published)');

    const hours = within(form).getByRole('textbox', { name: 'Hours' });
    await user.clear(hours);
    await user.type(hours, '721');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(hours).toHaveAccessibleDescription('Enter a delay of at most 720 hours (30 days).');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(hours);
    await user.type(hours, '720');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(survey).toHaveAccessibleDescription(/is not a published customer survey of the tenant/));
    expect(survey).toHaveFocus();
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      { followUpEnabled: true, followUpDelayMinutes: 43200, followUpSurveyId: SURVEY_ID },
    ]);
  });

  it('shows the general form link and one per active touchpoint, each with its copy button', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/complaints/form-link': {
        token: 'ft',
        url: 'https://fokus.example/complain/ft',
        touchpoints: [{ id: 'tp-1', name: 'Berlin shop', url: 'https://fokus.example/complain/ft?touchpoint=tp-1' }],
      },
      'GET /api/complaints/touchpoints': [{ id: 'tp-1', name: 'Berlin shop', active: true, position: 10 }],
    });
    const copied: string[] = [];
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    renderRoute('/complaints/settings', { auth: fakeAuth() });

    const links = await screen.findByRole('region', { name: 'Links to the complaint form' });
    expect(await within(links).findByTestId('general-form-link')).toHaveTextContent('https://fokus.example/complain/ft');
    expect(within(links).getByTestId('general-form-link')).toHaveAccessibleName('General form');
    const [shop, ...others] = within(links).getAllByTestId('touchpoint-link');
    expect(others).toEqual([]);
    expect(shop).toHaveTextContent('Touchpoint: Berlin shop');
    expect(within(shop!).getByTestId('touchpoint-form-link-tp-1')).toHaveTextContent('https://fokus.example/complain/ft?touchpoint=tp-1');
    const copy = within(shop!).getByRole('button', { name: 'Copy link' });
    expect(copy).toHaveAccessibleDescription('Touchpoint: Berlin shop');
    await user.click(copy);
    expect(copied).toEqual(['https://fokus.example/complain/ft?touchpoint=tp-1']);
    expect(await within(shop!).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('adds a touchpoint and retires one; a taken name shows under the name', async () => {
    let taken = true;
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/form-link': { token: 'ft', url: 'https://fokus.example/complain/ft', touchpoints: [] },
      'GET /api/complaints/touchpoints': [{ id: 'tp-1', name: 'Berlin shop', active: true, position: 10 }],
      'POST /api/complaints/touchpoints': ({ body }) =>
        taken
          ? problemResponse(409, { title: 'Conflict', errors: [{ field: 'name', message: 'Another touchpoint has this name' }] })
          : jsonResponse(201, { id: 'tp-2', ...(body as object) }),
      'PUT /api/complaints/touchpoints/tp-1': ({ body }) => ({ id: 'tp-1', ...(body as object) }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });

    const editor = await screen.findByTestId('touchpoints-editor');
    expect(within(editor).getByRole('heading', { name: 'Touchpoints' })).toBeInTheDocument();
    const add = await within(editor).findByRole('form', { name: 'New touchpoint' });
    const name = within(add).getByRole('textbox', { name: 'Name' });
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(name).toHaveAccessibleDescription('This field is required.');
    await user.type(name, 'berlin shop');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Another touchpoint has this name'));
    expect(name).toHaveFocus();
    taken = false;
    await user.clear(name);
    await user.type(name, 'Hotline');
    await user.click(within(add).getByRole('button', { name: 'Add' }));

    const shop = within(editor).getByRole('form', { name: 'Touchpoint Berlin shop' });
    await user.click(within(shop).getByRole('switch', { name: 'Active' }));
    await user.click(within(shop).getByRole('button', { name: 'Save' }));
    expect(await within(shop).findByText('Saved.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/api/complaints/touchpoints', { name: 'berlin shop', active: true, position: 20 }],
      ['POST', '/api/complaints/touchpoints', { name: 'Hotline', active: true, position: 20 }],
      ['PUT', '/api/complaints/touchpoints/tp-1', { name: 'Berlin shop', active: false, position: 10 }],
    ]);
    // a change of the touchpoints asks for the form links again
    await waitFor(() => expect(requests.filter((r) => r.url.pathname === '/api/complaints/form-link').length).toBeGreaterThan(1));
  });

  it('is not open to staff', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }) });
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '@/lib/api/types';
import { jsonResponse, type MockHandler, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { CATEGORY_ID, classification, PRIORITY_ID } from '../testing/fixtures';
import { CALENDAR_ID, calendar, POLICY_A, POLICY_B, POLICY_C, policy } from '../testing/sla-fixtures';

function handlers(policies: SlaPolicy[], extra: Record<string, MockHandler | Response | object> = {}) {
  return {
    'GET /api/me': me({ roles: ['MANAGER'] }),
    'GET /api/complaints/sla-policies': () => policies,
    'GET /api/complaints/categories': [classification(CATEGORY_ID, 'Delivery', 'Lieferung')],
    'GET /api/complaints/priorities': [classification(PRIORITY_ID, 'High', 'Hoch')],
    'GET /api/calendars': [calendar()],
    'GET /api/units': [],
    ...extra,
  };
}

const names = () => within(screen.getByTestId('sla-policies')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('SLA policies', () => {
  it('lists the policies in order, explains that the first match wins, and moves one up with all ids', async () => {
    let policies = [
      policy(POLICY_B, 'Delivery', 20, { categoryId: CATEGORY_ID, channel: 'PHONE', calendarId: CALENDAR_ID, resolutionMinutes: 2400 }),
      policy(POLICY_A, 'Urgent', 10, { priorityId: PRIORITY_ID, firstResponseMinutes: 90, warningShare: 0.5 }),
      policy(POLICY_C, 'Everything else', 30, { active: false, firstResponseMinutes: undefined, resolutionMinutes: 480 }),
    ];
    const { requests } = mockApi(
      handlers([], {
        'GET /api/complaints/sla-policies': () => policies,
        'PUT /api/complaints/sla-policies/order': ({ body }) => {
          const ids = (body as { ids: string[] }).ids;
          policies = ids.map((id, index) => ({ ...policies.find((p) => p.id === id)!, position: (index + 1) * 10 }));
          return policies;
        },
      }),
    );
    const user = userEvent.setup();
    renderRoute('/complaints/sla-policies', { auth: fakeAuth() });

    expect(await screen.findByTestId('sla-policies')).toBeInTheDocument();
    expect(screen.getByText('The first matching policy wins')).toBeInTheDocument();
    expect(names()).toEqual(['Urgent', 'Delivery', 'Everything else']);
    const [urgent, delivery, rest] = screen.getAllByTestId('sla-policy');
    expect(urgent).toHaveTextContent('Applies when Priority: High.');
    expect(urgent).toHaveTextContent('First response: 1 h 30 min · Resolution: no clock · Warning at 50% · Calendar: The organization\'s business hours');
    expect(delivery).toHaveTextContent('Applies when Channel: Phone · Category: Delivery.');
    expect(delivery).toHaveTextContent('First response: 8 h · Resolution: 40 h · Warning at 75% · Calendar: Round the clock');
    expect(rest).toHaveTextContent('Applies to every complaint.');
    expect(within(rest!).getByText('Inactive')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Urgent up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Everything else down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move Everything else up' }));
    expect(await screen.findByText('“Everything else” moved to place 2.')).toBeInTheDocument();
    expect(names()).toEqual(['Urgent', 'Everything else', 'Delivery']);
    await user.click(screen.getByRole('button', { name: 'Move Urgent down' }));
    await waitFor(() => expect(names()).toEqual(['Everything else', 'Urgent', 'Delivery']));

    expect(requests.filter((r) => r.method === 'PUT').map((r) => [r.url.pathname, r.body])).toEqual([
      ['/api/complaints/sla-policies/order', { ids: [POLICY_A, POLICY_C, POLICY_B] }],
      ['/api/complaints/sla-policies/order', { ids: [POLICY_C, POLICY_A, POLICY_B] }],
    ]);
  });

  it('adds a policy: checks name, targets and warning share, and sends "any" as null', async () => {
    let policies: SlaPolicy[] = [];
    const { requests } = mockApi(
      handlers([], {
        'GET /api/complaints/sla-policies': () => policies,
        'POST /api/complaints/sla-policies': ({ body }) => {
          const created = { id: POLICY_A, position: 10, ...(body as object) } as SlaPolicy;
          policies = [created];
          return jsonResponse(201, created);
        },
      }),
    );
    const user = userEvent.setup();
    renderRoute('/complaints/sla-policies', { auth: fakeAuth() });
    expect(await screen.findByTestId('sla-policies-empty')).toHaveTextContent('No SLA policies yet');
    await user.click(screen.getByTestId('new-sla-policy'));
    const form = await screen.findByRole('form', { name: 'New SLA policy' });
    const firstResponse = within(form).getByRole('textbox', { name: 'First response within' });
    const warning = within(form).getByRole('textbox', { name: 'Warning at' });
    expect(warning).toHaveValue('75 %');
    expect(within(form).getByRole('combobox', { name: 'Category' })).toHaveValue('');

    await user.clear(warning);
    await user.type(warning, '100');
    await user.click(within(form).getByRole('button', { name: 'Add policy' }));
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('This field is required.');
    expect(firstResponse).toHaveAccessibleDescription(/Set a first-response or a resolution target \(or both\)\./);
    expect(warning).toHaveAccessibleDescription(/Enter a percentage greater than 0 and less than 100\./);

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Phone complaints');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Channel' }), 'PHONE');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Category' }), CATEGORY_ID);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Calendar' }), CALENDAR_ID);
    await user.type(firstResponse, '480');
    expect(firstResponse).toHaveAccessibleDescription(/^Working minutes: 8 h\./);
    await user.clear(warning);
    await user.type(warning, '80');
    await user.click(within(form).getByRole('button', { name: 'Add policy' }));

    expect(await screen.findByText('Policy “Phone complaints” saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New SLA policy' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Phone complaints' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      {
        name: 'Phone complaints',
        kind: null,
        categoryId: CATEGORY_ID,
        priorityId: null,
        channel: 'PHONE',
        calendarId: CALENDAR_ID,
        firstResponseMinutes: 480,
        resolutionMinutes: null,
        warningShare: 0.8,
        active: true,
      },
    ]);
  });

  it('edits a policy in place and shows the server’s field errors', async () => {
    const { requests } = mockApi(
      handlers([policy(POLICY_A, 'Urgent', 10, { kind: 'RECOVERY', priorityId: PRIORITY_ID, warningShare: 0.7 })], {
        [`PUT /api/complaints/sla-policies/${POLICY_A}`]: problemResponse(400, {
          title: 'Bad Request',
          errors: [{ field: 'resolutionMinutes', message: 'must be less than or equal to 525600' }],
        }),
      }),
    );
    const user = userEvent.setup();
    renderRoute('/complaints/sla-policies', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Edit Urgent' }));
    const form = await screen.findByRole('form', { name: 'Edit the policy Urgent' });
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveValue('RECOVERY');
    expect(within(form).getByRole('combobox', { name: 'Priority' })).toHaveValue(PRIORITY_ID);
    expect(within(form).getByRole('textbox', { name: 'Warning at' })).toHaveValue('70 %');
    const resolution = within(form).getByRole('textbox', { name: 'Resolution within' });
    await user.type(resolution, '2400');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(resolution).toHaveAccessibleDescription(/must be less than or equal to 525600/));
    expect(resolution).toHaveFocus();
    // No position: a changed policy keeps its place.
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      {
        name: 'Urgent',
        kind: 'RECOVERY',
        categoryId: null,
        priorityId: PRIORITY_ID,
        channel: null,
        calendarId: null,
        firstResponseMinutes: 480,
        resolutionMinutes: 2400,
        warningShare: 0.7,
        active: true,
      },
    ]);
  });

  it('deletes a policy only after confirmation', async () => {
    let policies = [policy(POLICY_A, 'Urgent', 10), policy(POLICY_B, 'Delivery', 20)];
    const { requests } = mockApi(
      handlers([], {
        'GET /api/complaints/sla-policies': () => policies,
        [`DELETE /api/complaints/sla-policies/${POLICY_A}`]: () => {
          policies = policies.filter((p) => p.id !== POLICY_A);
          return new Response(null, { status: 204 });
        },
      }),
    );
    const user = userEvent.setup();
    renderRoute('/complaints/sla-policies', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Delete Urgent' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the policy “Urgent”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete Urgent' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete policy' }));
    expect(await screen.findByText('Policy “Urgent” deleted.')).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual(['Delivery']));
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('is not open to staff', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
    });
    renderRoute('/complaints/sla-policies', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
  });

  it('is linked from the complaint settings', async () => {
    mockApi({
      ...handlers([]),
      'GET /api/complaints/root-causes': [],
      'GET /api/complaints/settings': { followUpEnabled: true, followUpDelayMinutes: 1440 },
      'GET /api/surveys': { items: [], page: 0, size: 100, total: 0 },
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    await user.click(await screen.findByTestId('open-sla-policies'));
    expect(await screen.findByRole('heading', { level: 1, name: 'SLA policies' })).toBeInTheDocument();
  });
});

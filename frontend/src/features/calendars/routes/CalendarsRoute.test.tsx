import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { browserTimeZone } from '@/lib/timezones';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { calendar, HOTLINE_ID, hotline, settingsCalendar, SUPPORT_ID, TENANT_CALENDAR_ID } from '../testing/fixtures';

const admin = { 'GET /api/me': me({ roles: ['ADMIN'] }) };

/** Sets a time or date input the way a browser's picker does (one change to a complete value). */
const setValue = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

async function openForm(user: ReturnType<typeof userEvent.setup>, button: string, dialogName: string) {
  await user.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: dialogName });
}

describe('CalendarsRoute', () => {
  it('lists the calendars with zone, working time, holidays and the default, the business hours read-only', async () => {
    mockApi({ ...admin, 'GET /api/calendars': [settingsCalendar({ defaultCalendar: false }), calendar(), hotline({ defaultCalendar: true })] });
    renderRoute('/calendars', { auth: fakeAuth() });

    const support = await screen.findByTestId(`calendar-${SUPPORT_ID}`);
    const cells = within(support).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['Support', 'Europe/Berlin', 'Mon–Fri 08:00–12:00, 13:00–17:00; Sat 09:00–12:00', '2 holidays']);
    const hotlineRow = screen.getByTestId(`calendar-${HOTLINE_ID}`);
    expect(hotlineRow).toHaveTextContent('HotlineDefault');
    expect(hotlineRow).toHaveTextContent('24/7');
    expect(hotlineRow).toHaveTextContent('0 holidays');

    const business = screen.getByTestId(`calendar-${TENANT_CALENDAR_ID}`);
    expect(business).toHaveTextContent('Mon–Tue 09:00–17:00');
    expect(within(business).getByRole('link', { name: 'Edit in the settings' })).toHaveAttribute('href', '/settings');
    expect(within(business).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('calendars-empty')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-calendars')).toHaveAttribute('aria-current', 'page');
  });

  it('is for admins: a manager gets the "not allowed" page and no menu entry', async () => {
    const { requests } = mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }) });
    renderRoute('/calendars', { auth: fakeAuth() });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-calendars')).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.pathname === '/api/calendars')).toBe(false);
  });

  it('explains what calendars are for while there are only the business hours', async () => {
    mockApi({ ...admin, 'GET /api/calendars': [settingsCalendar()] });
    renderRoute('/calendars', { auth: fakeAuth() });
    const empty = await screen.findByTestId('calendars-empty');
    expect(empty).toHaveTextContent('No calendars of your own yet');
    expect(empty).toHaveTextContent('SLA clocks count working time only');
    expect(within(empty).getByRole('button', { name: 'New calendar' })).toBeEnabled();
    expect(screen.getByTestId(`calendar-${TENANT_CALENDAR_ID}`)).toHaveTextContent('Default');
  });

  it('checks names and overlapping slots before sending, then shows the server field errors under their fields', async () => {
    const { requests } = mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar()],
      'POST /api/calendars': problemResponse(409, {
        title: 'Conflict',
        errors: [
          { field: 'name', message: 'A calendar with this name already exists' },
          { field: 'slots[TUESDAY][0].end', message: 'must be after the start (00:00 is midnight)' },
        ],
      }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    const dialog = await openForm(user, 'New calendar', 'New calendar');

    const monday = within(dialog).getByRole('group', { name: 'Monday' });
    await user.click(within(monday).getByRole('button', { name: 'Add a time slot on Monday' }));
    setValue(within(monday).getByLabelText('Monday, slot 2: start'), '16:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create calendar' }));

    const name = within(dialog).getByRole('textbox', { name: /^name/i });
    await waitFor(() => expect(name).toHaveAccessibleDescription('This field is required.'));
    expect(within(monday).getByLabelText('Monday, slot 2: start')).toHaveAccessibleDescription(
      'This slot overlaps another slot of the day.',
    );
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(name, 'Support');
    setValue(within(monday).getByLabelText('Monday, slot 2: start'), '17:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create calendar' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('A calendar with this name already exists'));
    expect(within(dialog).getByLabelText('Tuesday, slot 1: end')).toHaveAccessibleDescription(
      'must be after the start (00:00 is midnight)',
    );
    expect(name).toHaveFocus();
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      name: 'Support',
      zone: browserTimeZone(),
      slots: { MONDAY: [{ start: '09:00', end: '17:00' }, { start: '17:00', end: '00:00' }] },
    });
  });

  it('creates a calendar around the clock with sorted holidays as the default', async () => {
    const { requests } = mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar()],
      'POST /api/calendars': hotline({ defaultCalendar: true }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    const dialog = await openForm(user, 'New calendar', 'New calendar');
    await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), ' Hotline ');
    await user.click(within(dialog).getByRole('switch', { name: /around the clock/i }));
    expect(within(dialog).getByTestId('calendar-hours-hint')).toHaveTextContent('these working times are kept');

    await user.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    setValue(within(dialog).getByLabelText('Holiday 1: date'), '2027-01-01');
    await user.type(within(dialog).getByLabelText('Holiday 1: name (optional)'), "New Year's Day");
    await user.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    setValue(within(dialog).getByLabelText('Holiday 2: date'), '2026-12-24');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Make this the default calendar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create calendar' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Hotline was created.');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Hotline',
      zone: browserTimeZone(),
      aroundTheClock: true,
      defaultCalendar: true,
      slots: {
        MONDAY: [{ start: '09:00', end: '17:00' }],
        TUESDAY: [{ start: '09:00', end: '17:00' }],
        WEDNESDAY: [{ start: '09:00', end: '17:00' }],
        THURSDAY: [{ start: '09:00', end: '17:00' }],
        FRIDAY: [{ start: '09:00', end: '17:00' }],
      },
      holidays: [{ date: '2026-12-24' }, { date: '2027-01-01', name: "New Year's Day" }],
    });
  });

  it('edits a calendar: its slots and holidays start as stored, a removed slot closes the day', async () => {
    const { requests } = mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar(), calendar()],
      [`PUT /api/calendars/${SUPPORT_ID}`]: calendar({ name: 'Support desk' }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    const dialog = await openForm(user, 'Edit Support', 'Edit Support');
    const saturday = within(dialog).getByRole('group', { name: 'Saturday' });
    expect(within(saturday).getByLabelText('Saturday, slot 1: start')).toHaveValue('09:00');
    expect(within(dialog).getByRole('group', { name: 'Sunday' })).toHaveTextContent('Closed');
    await user.click(within(saturday).getByRole('button', { name: 'Remove slot 1 on Saturday' }));
    expect(saturday).toHaveTextContent('Closed');
    const name = within(dialog).getByRole('textbox', { name: /^name/i });
    await user.clear(name);
    await user.type(name, 'Support desk');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Support desk was saved.');
    const body = requests.find((r) => r.method === 'PUT')?.body as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Support desk', zone: 'Europe/Berlin', aroundTheClock: false, defaultCalendar: false });
    expect(Object.keys(body.slots as object)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    expect(body.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }]);
  });

  it('confirms before deleting and shows why the server refused', async () => {
    mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar(), calendar()],
      [`DELETE /api/calendars/${SUPPORT_ID}`]: problemResponse(409, {
        title: 'Conflict',
        detail: 'An SLA policy uses this calendar.',
      }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Delete Support' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Support?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('An SLA policy uses this calendar.');
  });

  it('deletes a calendar once confirmed', async () => {
    const { requests } = mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar(), calendar()],
      [`DELETE /api/calendars/${SUPPORT_ID}`]: new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Delete Support' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Support?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Support was deleted.');
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('imports holidays from an .ics file and reports what was added', async () => {
    const { fetchMock } = mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar(), calendar()],
      [`POST /api/calendars/${SUPPORT_ID}/holidays/import`]: { added: 3, alreadyPresent: 1, skippedEvents: 2 },
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Import holidays into Support' }));
    const form = await screen.findByTestId('holiday-import-form');
    const ics = new File(['BEGIN:VCALENDAR\nEND:VCALENDAR\n'], 'holidays.ics', { type: 'text/calendar' });
    await user.upload(form.querySelector<HTMLInputElement>('input[type="file"]')!, ics);
    await user.click(within(form).getByTestId('holiday-import-submit'));

    expect(await screen.findByTestId('holiday-import-report')).toHaveTextContent(
      '3 holidays were added. 1 date was already there. 2 events were skipped (not all-day).',
    );
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/holidays/import'))!;
    expect(((init?.body as FormData).get('file') as File).name).toBe('holidays.ics');
  });

  it('shows why an import was refused', async () => {
    mockApi({
      ...admin,
      'GET /api/calendars': [settingsCalendar(), calendar()],
      [`POST /api/calendars/${SUPPORT_ID}/holidays/import`]: problemResponse(400, {
        title: 'Bad Request',
        detail: 'The file is not an iCalendar file.',
      }),
    });
    const user = userEvent.setup();
    renderRoute('/calendars', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Import holidays into Support' }));
    const form = await screen.findByTestId('holiday-import-form');
    await user.upload(form.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['nope'], 'x.ics'));
    await user.click(within(form).getByTestId('holiday-import-submit'));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The file is not an iCalendar file.');
    expect(screen.queryByTestId('holiday-import-report')).not.toBeInTheDocument();
  });
});

import type { Calendar } from '@/lib/api/types';

export const TENANT_CALENDAR_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
export const SUPPORT_ID = 'cccccccc-0000-4000-8000-000000000001';
export const HOTLINE_ID = 'cccccccc-0000-4000-8000-000000000002';

const office = { start: '08:00', end: '12:00' };
const afternoon = { start: '13:00', end: '17:00' };

/** A calendar as the backend sends it (times as Jackson writes them, holidays sorted, empty names left out). */
export function calendar(overrides: Partial<Calendar> = {}): Calendar {
  return {
    id: SUPPORT_ID,
    name: 'Support',
    zone: 'Europe/Berlin',
    aroundTheClock: false,
    defaultCalendar: false,
    fromSettings: false,
    slots: {
      MONDAY: [office, afternoon],
      TUESDAY: [office, afternoon],
      WEDNESDAY: [office, afternoon],
      THURSDAY: [office, afternoon],
      FRIDAY: [office, afternoon],
      SATURDAY: [{ start: '09:00:00', end: '12:00:00' }],
    },
    holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }],
    ...overrides,
  };
}

/** The tenant's business hours from the settings: listed first, under the tenant's id, read-only here. */
export function settingsCalendar(overrides: Partial<Calendar> = {}): Calendar {
  return calendar({
    id: TENANT_CALENDAR_ID,
    name: 'Business hours',
    fromSettings: true,
    defaultCalendar: true,
    slots: { MONDAY: [{ start: '09:00', end: '17:00' }], TUESDAY: [{ start: '09:00', end: '17:00' }] },
    holidays: [],
    ...overrides,
  });
}

export function hotline(overrides: Partial<Calendar> = {}): Calendar {
  return calendar({ id: HOTLINE_ID, name: 'Hotline', zone: 'UTC', aroundTheClock: true, slots: {}, holidays: [], ...overrides });
}

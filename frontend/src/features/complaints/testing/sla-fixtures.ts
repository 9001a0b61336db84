import type { Calendar, SlaPolicy, SlaReportRow } from '@/lib/api/types';

export const POLICY_A = '99999999-0000-4000-8000-00000000000a';
export const POLICY_B = '99999999-0000-4000-8000-00000000000b';
export const POLICY_C = '99999999-0000-4000-8000-00000000000c';
export const CALENDAR_ID = '88888888-0000-4000-8000-000000000001';
export const SURVEY_ID = '77777777-0000-4000-8000-000000000001';
export const WILSON = 'SLA met rate: % of decided clocks met, 95% Wilson interval';

/** A policy as the API sends it: conditions, calendar and targets that are not set are left out. */
export function policy(id: string, name: string, position: number, overrides: Partial<SlaPolicy> = {}): SlaPolicy {
  return { id, name, position, warningShare: 0.75, active: true, firstResponseMinutes: 480, ...overrides };
}

export function calendar(overrides: Partial<Calendar> = {}): Calendar {
  return {
    id: CALENDAR_ID,
    name: 'Round the clock',
    zone: 'Europe/Berlin',
    aroundTheClock: true,
    defaultCalendar: false,
    fromSettings: false,
    slots: {},
    holidays: [],
    ...overrides,
  };
}

export function reportRow(group: string | null, clock: SlaReportRow['clock'], met: number, breached: number, overrides: Partial<SlaReportRow> = {}): SlaReportRow {
  const row: SlaReportRow = { clock, met, breached, n: met + breached, metRate: null, low: null, high: null, medianMinutes: null, method: WILSON, ...overrides };
  if (group !== null) row.group = group;
  return row;
}

import { describe, expect, it } from 'vitest';
import { calendarSchema, type CalendarFormValues, formFieldOf, toFormValues } from './calendar-schema';
import { workingRuns } from './calendar-summary';

function values(monday: { start: string; end: string }[], overrides: Partial<CalendarFormValues> = {}): CalendarFormValues {
  const base = toFormValues(undefined, 'Europe/Berlin');
  return { ...base, name: 'Support', days: { ...base.days, MONDAY: monday }, ...overrides };
}

const messages = (input: CalendarFormValues) => {
  const result = calendarSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('calendar form checks', () => {
  it('takes an end of 00:00 as midnight and touching slots as no overlap', () => {
    expect(messages(values([{ start: '08:00', end: '12:00' }, { start: '12:00', end: '00:00' }]))).toEqual([]);
  });

  it('wants the end after the start and no overlaps', () => {
    expect(messages(values([{ start: '12:00', end: '08:00' }]))).toEqual(['days.MONDAY.0.end: calendars.validation.endBeforeStart']);
    // also around the clock: the server checks (and keeps) the slots of such a calendar as well
    expect(messages(values([{ start: '12:00', end: '08:00' }], { aroundTheClock: true }))).toHaveLength(1);
    expect(messages(values([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '00:00' }]))).toEqual([
      'days.MONDAY.1.start: calendars.validation.overlap',
    ]);
  });

  it('needs a working slot unless around the clock, and each holiday date once', () => {
    const closed = toFormValues(undefined, 'UTC');
    for (const day of Object.keys(closed.days) as (keyof CalendarFormValues['days'])[]) closed.days[day] = [];
    expect(messages({ ...closed, name: 'X' })).toEqual(['aroundTheClock: calendars.validation.noSlots']);
    expect(messages({ ...closed, name: 'X', aroundTheClock: true })).toEqual([]);
    const twice = [{ date: '2026-12-25', name: '' }, { date: '2026-12-25', name: 'Again' }];
    expect(messages(values([], { holidays: twice }))).toEqual(['holidays.1.date: calendars.validation.duplicateDate']);
  });
});

describe('server field names', () => {
  it('names the form field of a slot or holiday error', () => {
    expect(formFieldOf({ field: 'slots[TUESDAY][0].end', message: '' })).toBe('days.TUESDAY.0.end');
    expect(formFieldOf({ field: 'slots[MONDAY][1]', message: '' })).toBe('days.MONDAY.1.start');
    expect(formFieldOf({ field: 'holidays[2].date', message: '' })).toBe('holidays.2.date');
    expect(formFieldOf({ field: 'name', message: '' })).toBeUndefined();
  });
});

describe('working time summary', () => {
  it('groups consecutive days with the same slots and reads a midnight end as 24:00', () => {
    const day = [{ start: '08:00:00', end: '00:00:00' }];
    expect(workingRuns({ slots: { MONDAY: day, TUESDAY: day, THURSDAY: day, SUNDAY: [{ start: '10:00', end: '14:00' }] } })).toEqual([
      { first: 'MONDAY', last: 'TUESDAY', slots: ['08:00–24:00'] },
      { first: 'THURSDAY', last: 'THURSDAY', slots: ['08:00–24:00'] },
      { first: 'SUNDAY', last: 'SUNDAY', slots: ['10:00–14:00'] },
    ]);
  });
});

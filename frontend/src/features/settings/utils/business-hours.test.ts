import { describe, expect, it } from 'vitest';
import {
  mapBusinessHoursErrors,
  normalizeTime,
  toBusinessHours,
  toWeekHours,
  validateWeekHours,
  type WeekHours,
} from './business-hours';

const weekdays = toWeekHours({
  days: [
    { day: 'MONDAY', opens: '09:00:00', closes: '17:00:00' },
    { day: 'WEDNESDAY', opens: '08:30:00', closes: '12:15:00' },
  ],
});

const withDay = (day: keyof WeekHours, patch: Partial<WeekHours[keyof WeekHours]>): WeekHours => ({
  ...weekdays,
  [day]: { ...weekdays[day], ...patch },
});

describe('business hours', () => {
  it('reads API hours into per-day form state; missing days are closed', () => {
    expect(weekdays.MONDAY).toEqual({ open: true, opens: '09:00', closes: '17:00' });
    expect(weekdays.WEDNESDAY).toEqual({ open: true, opens: '08:30', closes: '12:15' });
    expect(weekdays.TUESDAY.open).toBe(false);
    expect(weekdays.SUNDAY.open).toBe(false);
  });

  it('writes open days only, Monday first, as HH:mm', () => {
    const week = withDay('SUNDAY', { open: true, opens: '10:00', closes: '14:00' });
    expect(toBusinessHours(week)).toEqual({
      days: [
        { day: 'MONDAY', opens: '09:00', closes: '17:00' },
        { day: 'WEDNESDAY', opens: '08:30', closes: '12:15' },
        { day: 'SUNDAY', opens: '10:00', closes: '14:00' },
      ],
    });
    expect(toBusinessHours(toWeekHours({ days: [] }))).toEqual({ days: [] });
  });

  it('normalizes times', () => {
    expect(normalizeTime('09:00:00')).toBe('09:00');
    expect(normalizeTime('9:05')).toBe('09:05');
    expect(normalizeTime('23:59')).toBe('23:59');
    expect(normalizeTime('24:00')).toBeUndefined();
    expect(normalizeTime('12:60')).toBeUndefined();
    expect(normalizeTime('noon')).toBeUndefined();
    expect(normalizeTime('')).toBeUndefined();
  });

  it('accepts valid hours and ignores closed days', () => {
    expect(validateWeekHours(weekdays)).toEqual({});
    expect(validateWeekHours(withDay('TUESDAY', { open: false, opens: '', closes: 'junk' }))).toEqual({});
  });

  it('requires both times on open days', () => {
    expect(validateWeekHours(withDay('MONDAY', { opens: '', closes: '' }))).toEqual({
      MONDAY: { opens: 'required', closes: 'required' },
    });
  });

  it('rejects invalid times', () => {
    expect(validateWeekHours(withDay('MONDAY', { opens: '25:00' }))).toEqual({ MONDAY: { opens: 'invalidTime' } });
    expect(validateWeekHours(withDay('MONDAY', { closes: '5 pm' }))).toEqual({ MONDAY: { closes: 'invalidTime' } });
  });

  it('requires closing after opening', () => {
    expect(validateWeekHours(withDay('MONDAY', { opens: '17:00', closes: '09:00' }))).toEqual({
      MONDAY: { closes: 'closesBeforeOpens' },
    });
    expect(validateWeekHours(withDay('MONDAY', { opens: '09:00', closes: '09:00' }))).toEqual({
      MONDAY: { closes: 'closesBeforeOpens' },
    });
    expect(validateWeekHours(withDay('MONDAY', { opens: '09:00', closes: '09:01' }))).toEqual({});
  });

  it("maps the backend's indexed field errors to the weekday that was sent at that index", () => {
    const sent = toBusinessHours(weekdays); // [MONDAY, WEDNESDAY]
    const { byDay, unmatched } = mapBusinessHoursErrors(
      [
        { field: 'businessHours.days[1].closes', message: 'must be after opens' },
        { field: 'businessHours.days[0].opens', message: 'must not be null' },
        { field: 'businessHours.days[0]', message: 'invalid day' },
        { field: 'businessHours.days[5].closes', message: 'no such day' },
        { field: 'businessHours.days', message: 'size must be between 0 and 7' },
      ],
      sent,
    );
    expect(byDay).toEqual({
      WEDNESDAY: { closes: 'must be after opens' },
      MONDAY: { opens: 'must not be null', closes: 'invalid day' },
    });
    expect(unmatched.map((e) => e.field)).toEqual(['businessHours.days[5].closes', 'businessHours.days']);
  });
});

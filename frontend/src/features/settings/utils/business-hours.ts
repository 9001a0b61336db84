import type { BusinessHours, DayOfWeek } from '@/lib/api/types';
import type { FieldErrorDetail } from '@/lib/problem-details';

export const WEEKDAYS: readonly DayOfWeek[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

/** One weekday in the form: open or closed, times as "HH:mm". */
export interface DayHours {
  open: boolean;
  opens: string;
  closes: string;
}

export type WeekHours = Record<DayOfWeek, DayHours>;

/** Keys under "settings.hours.validation" in the locale files. */
export type HoursErrorKey = 'required' | 'invalidTime' | 'closesBeforeOpens';
export type DayErrors<T = HoursErrorKey> = { opens?: T; closes?: T };
export type WeekErrors<T = HoursErrorKey> = Partial<Record<DayOfWeek, DayErrors<T>>>;

const DEFAULT_OPENS = '09:00';
const DEFAULT_CLOSES = '17:00';
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?$/;

/** "09:00:00" or "9:00" -> "09:00"; undefined when it isn't a time of day. */
export function normalizeTime(value: string | null | undefined): string | undefined {
  const text = value?.trim() ?? '';
  const padded = /^\d:/.test(text) ? `0${text}` : text;
  const match = TIME_PATTERN.exec(padded);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** The API's business hours as form state: days that are missing are closed (with default times to start from). */
export function toWeekHours(hours: BusinessHours | null | undefined): WeekHours {
  const week = {} as WeekHours;
  for (const day of WEEKDAYS) week[day] = { open: false, opens: DEFAULT_OPENS, closes: DEFAULT_CLOSES };
  for (const entry of hours?.days ?? []) {
    if (!WEEKDAYS.includes(entry.day)) continue;
    week[entry.day] = {
      open: true,
      opens: normalizeTime(entry.opens) ?? DEFAULT_OPENS,
      closes: normalizeTime(entry.closes) ?? DEFAULT_CLOSES,
    };
  }
  return week;
}

/** The form state as the PUT body's business hours: open days only, Monday first, times "HH:mm". */
export function toBusinessHours(week: WeekHours): BusinessHours {
  return {
    days: WEEKDAYS.filter((day) => week[day].open).map((day) => ({
      day,
      opens: normalizeTime(week[day].opens) ?? week[day].opens,
      closes: normalizeTime(week[day].closes) ?? week[day].closes,
    })),
  };
}

/** Checks every open day: both times present and valid, closing after opening. Closed days are not checked. */
export function validateWeekHours(week: WeekHours): WeekErrors {
  const errors: WeekErrors = {};
  for (const day of WEEKDAYS) {
    const { open, opens, closes } = week[day];
    if (!open) continue;
    const dayErrors: DayErrors = {};
    const from = normalizeTime(opens);
    const to = normalizeTime(closes);
    if (!opens.trim()) dayErrors.opens = 'required';
    else if (!from) dayErrors.opens = 'invalidTime';
    if (!closes.trim()) dayErrors.closes = 'required';
    else if (!to) dayErrors.closes = 'invalidTime';
    else if (from && to <= from) dayErrors.closes = 'closesBeforeOpens';
    if (dayErrors.opens || dayErrors.closes) errors[day] = dayErrors;
  }
  return errors;
}

export function hasWeekErrors(errors: WeekErrors<unknown>): boolean {
  return Object.values(errors).some((day) => day && (day.opens || day.closes));
}

const DAY_FIELD = /^(?:.*\.)?businessHours\.days\[(\d+)\](?:\.(opens|closes|day))?$/;

/**
 * Puts the backend's field errors ("businessHours.days[0].closes") under the weekday they belong to.
 * The index refers to the days that were sent (open days, Monday first). Errors on the whole day go
 * under "closes"; errors that can't be placed are returned as unmatched.
 */
export function mapBusinessHoursErrors(
  errors: readonly FieldErrorDetail[],
  sent: BusinessHours,
): { byDay: WeekErrors<string>; unmatched: FieldErrorDetail[] } {
  const byDay: WeekErrors<string> = {};
  const unmatched: FieldErrorDetail[] = [];
  for (const error of errors) {
    const match = DAY_FIELD.exec(error.field);
    const day = match ? sent.days[Number(match[1])]?.day : undefined;
    if (!match || !day) {
      unmatched.push(error);
      continue;
    }
    const slot = match[2] === 'opens' ? 'opens' : 'closes';
    const dayErrors = (byDay[day] ??= {});
    dayErrors[slot] ??= error.message;
  }
  return { byDay, unmatched };
}

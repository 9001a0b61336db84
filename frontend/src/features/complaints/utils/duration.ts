import type { TFunction } from 'i18next';

/** Whole hours and the minutes left over (rounded to the minute). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const rounded = Math.max(0, Math.round(total));
  return { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
}

/**
 * A span of (working) minutes as people read it: "45 min", "8 h", "1 h 30 min". Hours, not days: a working day's
 * length depends on the calendar.
 */
export function formatMinutes(total: number, t: TFunction<'complaints'>, locale: string): string {
  const { hours, minutes } = splitMinutes(total);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  if (hours === 0) return t('duration.minutes', { minutes: number.format(minutes) });
  if (minutes === 0) return t('duration.hours', { hours: number.format(hours) });
  return t('duration.hoursMinutes', { hours: number.format(hours), minutes: number.format(minutes) });
}

import type { TFunction } from 'i18next';

/**
 * Working or wall-clock minutes as "2 h 5 min", "45 min", "3 d 4 h" (a clock's time used, its target, how late);
 * `coarse` leaves out the minutes from an hour on ("in 2 h", not "in 2 h 1 min").
 */
export function durationText(minutes: number, t: TFunction<'complaints'>, coarse = false): string {
  const whole = Math.max(0, Math.round(minutes));
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const mins = whole % 60;
  if (days > 0) return hours > 0 ? t('clocks.duration.daysHours', { days, hours }) : t('clocks.duration.days', { days });
  if (hours > 0) return mins > 0 && !coarse ? t('clocks.duration.hoursMinutes', { hours, minutes: mins }) : t('clocks.duration.hours', { hours });
  return t('clocks.duration.minutes', { minutes: mins });
}

/** A due time relative to now: "in 2 h" or "3 h overdue" (wall-clock time, as the reader lives it). */
export function dueText(dueAt: string, now: number, t: TFunction<'complaints'>): string {
  const minutes = (new Date(dueAt).getTime() - now) / 60_000;
  return minutes >= 0
    ? t('clocks.dueIn', { time: durationText(minutes, t, true) })
    : t('clocks.overdue', { time: durationText(-minutes, t, true) });
}

/** A moment in the reader's language and time zone, with the zone named (due times matter to the minute). */
export function momentText(value: string, language: string): string {
  // dateStyle/timeStyle can't be combined with timeZoneName: the parts are named one by one.
  return new Date(value).toLocaleString(language, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });
}

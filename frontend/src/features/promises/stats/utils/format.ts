import type { TFunction } from 'i18next';

/** A percentage of 0..100 as the UI language writes it, without decimals ("83%", "83 %"). */
export function formatPercent(value: number, language: string): string {
  // Math.round first: Intl rounds -0.4 to "-0".
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(value) / 100 + 0);
}

/** A signed difference in points ("+12", "−3", "0"). */
export function formatSignedPoints(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(Math.round(value) + 0);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * A lateness in hours, readable: minutes under an hour, hours and minutes under a day, days and hours beyond
 * ("45 min", "5 h 30 min", "2 days 3 h").
 */
export function formatHours(hours: number, t: TFunction<'promiseStats'>): string {
  const minutes = Math.max(0, Math.round(hours * 60));
  if (minutes < 60) return t('duration.minutes', { count: Math.max(1, minutes) });
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? t('duration.hours', { count: h }) : t('duration.hoursMinutes', { hours: h, minutes: m });
  }
  const totalHours = Math.round(minutes / 60);
  const d = Math.floor(totalHours / 24);
  const h = totalHours % 24;
  return h === 0 ? t('duration.days', { count: d }) : t('duration.daysHours', { count: d, hours: h });
}

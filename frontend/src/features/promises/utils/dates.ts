/** A day as the API writes it (YYYY-MM-DD), of a local date. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The local date of an API day (YYYY-MM-DD), at midnight. */
export function parseDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, (month ?? 1) - 1, date ?? 1);
}

/** A time with date, in the UI language ("4 Dec 2026, 17:00"). */
export function formatDateTime(value: string, language: string): string {
  return new Date(value).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A day (YYYY-MM-DD) in the UI language, with its weekday ("Fri, 4 Dec 2026"). */
export function formatDay(day: string, language: string): string {
  return parseDay(day).toLocaleDateString(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

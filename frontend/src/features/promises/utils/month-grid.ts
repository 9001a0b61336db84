import { isoDay, parseDay } from './dates';

/** A month as the page address writes it: "2026-12". */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(date: Date): string {
  return isoDay(date).slice(0, 7);
}

/** The month `delta` months after `month` ("2026-12", 1 → "2027-01"). */
export function addMonths(month: string, delta: number): string {
  const first = parseDay(`${month}-01`);
  return monthOf(new Date(first.getFullYear(), first.getMonth() + delta, 1));
}

export interface GridDay {
  day: string;
  inMonth: boolean;
}

/**
 * The weeks a month's calendar shows, Monday first: from the Monday on or before the 1st to the Sunday on or after
 * the last day, so that every row is a whole week (4 to 6 rows).
 */
export function monthGrid(month: string): GridDay[][] {
  const first = parseDay(`${month}-01`);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0);
  const start = new Date(first.getFullYear(), first.getMonth(), 1 - ((first.getDay() + 6) % 7));
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + (6 - ((last.getDay() + 6) % 7)));
  const weeks: GridDay[][] = [];
  for (let cursor = start; cursor <= end; ) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ day: isoDay(cursor), inMonth: cursor.getMonth() === first.getMonth() });
      cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The day `delta` days after `day`. */
export function addDays(day: string, delta: number): string {
  const date = parseDay(day);
  return isoDay(new Date(date.getFullYear(), date.getMonth(), date.getDate() + delta));
}

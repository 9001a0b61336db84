import type { Calendar, DayOfWeek } from '@/lib/api/types';
import { hhmm, MIDNIGHT, WEEKDAYS } from './calendar-schema';

/** A run of consecutive weekdays with the same slots ("Mon–Fri 08:00–12:00, 13:00–17:00"). */
export interface DayRun {
  first: DayOfWeek;
  last: DayOfWeek;
  /** "08:00–12:00" each; a midnight end reads 24:00. */
  slots: string[];
}

/** The working days of a calendar grouped into runs; closed days are left out. */
export function workingRuns(calendar: Pick<Calendar, 'slots'>): DayRun[] {
  const runs: DayRun[] = [];
  let previous: DayRun | undefined;
  let previousIndex = -2;
  WEEKDAYS.forEach((day, index) => {
    const slots = (calendar.slots[day] ?? []).map((s) => {
      const end = hhmm(s.end);
      return `${hhmm(s.start)}–${end === MIDNIGHT ? '24:00' : end}`;
    });
    if (slots.length === 0) return;
    if (previous && previousIndex === index - 1 && previous.slots.join() === slots.join()) {
      previous.last = day;
    } else {
      previous = { first: day, last: day, slots };
      runs.push(previous);
    }
    previousIndex = index;
  });
  return runs;
}

import { z } from 'zod';
import type { Calendar, CalendarRequest, CalendarSlot, DayOfWeek } from '@/lib/api/types';
import { messageKey } from '@/lib/forms';
import type { FieldErrorDetail } from '@/lib/problem-details';

export const WEEKDAYS: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** The backend's limits (CalendarService, CalendarsController). */
export const NAME_MAX = 120;
export const SLOTS_PER_DAY_MAX = 6;
export const MIDNIGHT = '00:00';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "08:00:00" (as Jackson may write it) -> "08:00". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** Minutes since the day's start; an end of 00:00 is midnight at the day's end. */
function minutes(time: string, isEnd = false): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const value = h * 60 + m;
  return isEnd && value === 0 ? 24 * 60 : value;
}

const slotSchema = z.object({ start: z.string(), end: z.string() });
const holidaySchema = z.object({
  date: z.string(),
  name: z.string().trim().max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX })),
});

export const calendarSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, messageKey('validation.required'))
      .max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX })),
    zone: z.string().min(1, messageKey('validation.required')),
    aroundTheClock: z.boolean(),
    defaultCalendar: z.boolean(),
    days: z.object(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(slotSchema)])) as Record<DayOfWeek, z.ZodArray<typeof slotSchema>>),
    holidays: z.array(holidaySchema),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], key: string) => ctx.addIssue({ code: 'custom', path, message: key });
    // The server checks the slots of a calendar around the clock too (it keeps them for when that is switched off).
    {
      let working = 0;
      for (const day of WEEKDAYS) {
        const slots = values.days[day];
        working += slots.length;
        slots.forEach((slot, i) => {
          if (!TIME.test(slot.start)) issue(['days', day, i, 'start'], 'calendars.validation.time');
          if (!TIME.test(slot.end)) issue(['days', day, i, 'end'], 'calendars.validation.time');
          else if (TIME.test(slot.start) && minutes(slot.end, true) <= minutes(slot.start)) {
            issue(['days', day, i, 'end'], 'calendars.validation.endBeforeStart');
          }
        });
        slots.forEach((slot, j) => {
          const overlapsEarlier = slots.slice(0, j).some((other) => overlap(other, slot));
          if (overlapsEarlier) issue(['days', day, j, 'start'], 'calendars.validation.overlap');
        });
      }
      if (working === 0 && !values.aroundTheClock) issue(['aroundTheClock'], 'calendars.validation.noSlots');
    }
    const seen = new Set<string>();
    values.holidays.forEach((holiday, i) => {
      if (!DATE.test(holiday.date)) issue(['holidays', i, 'date'], 'validation.required');
      else if (seen.has(holiday.date)) issue(['holidays', i, 'date'], 'calendars.validation.duplicateDate');
      seen.add(holiday.date);
    });
  });

export type CalendarFormValues = z.infer<typeof calendarSchema>;

function valid(slot: CalendarSlot): boolean {
  return TIME.test(slot.start) && TIME.test(slot.end) && minutes(slot.end, true) > minutes(slot.start);
}

/** Slots overlap when each starts before the other ends (touching slots, 12:00 and 12:00, don't). */
function overlap(a: CalendarSlot, b: CalendarSlot): boolean {
  if (!valid(a) || !valid(b)) return false;
  return minutes(a.start) < minutes(b.end, true) && minutes(b.start) < minutes(a.end, true);
}

/** A new calendar starts as office hours Monday to Friday in the browser's zone. */
export function toFormValues(calendar: Calendar | undefined, zone: string): CalendarFormValues {
  const office = (day: DayOfWeek) => (WEEKDAYS.indexOf(day) < 5 ? [{ start: '09:00', end: '17:00' }] : []);
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      calendar ? (calendar.slots[day] ?? []).map((s) => ({ start: hhmm(s.start), end: hhmm(s.end) })) : office(day),
    ]),
  ) as CalendarFormValues['days'];
  return {
    name: calendar?.name ?? '',
    zone: calendar?.zone ?? zone,
    aroundTheClock: calendar?.aroundTheClock ?? false,
    defaultCalendar: calendar?.defaultCalendar ?? false,
    days,
    holidays: [...(calendar?.holidays ?? [])]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((h) => ({ date: h.date, name: h.name ?? '' })),
  };
}

/**
 * The request body: slots in the form's order (so that the server's "slots[MONDAY][1]" names the row shown),
 * holidays sorted by date with empty names left out.
 */
export function toRequest(values: CalendarFormValues): CalendarRequest {
  const slots: CalendarRequest['slots'] = Object.fromEntries(
    WEEKDAYS.filter((day) => values.days[day].length > 0).map((day) => [day, values.days[day]]),
  );
  return {
    name: values.name,
    zone: values.zone,
    aroundTheClock: values.aroundTheClock,
    defaultCalendar: values.defaultCalendar,
    slots,
    holidays: [...values.holidays]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((h) => (h.name ? { date: h.date, name: h.name } : { date: h.date })),
  };
}

/**
 * The form field of a server error on a slot or holiday: "slots[MONDAY][0].end" -> "days.MONDAY.0.end", an overlap
 * ("slots[MONDAY][1]") under the slot's start, "holidays[2].date" -> "holidays.2.date". Holidays are sent sorted, so
 * the index names the sorted list: the form is sorted the same way before it is sent.
 */
export function formFieldOf(error: FieldErrorDetail): string | undefined {
  const slot = /^slots\[([A-Z]+)\]\[(\d+)\](?:\.(start|end))?$/.exec(error.field);
  if (slot && WEEKDAYS.includes(slot[1] as DayOfWeek)) return `days.${slot[1]}.${slot[2]}.${slot[3] ?? 'start'}`;
  const holiday = /^holidays\[(\d+)\](?:\.(date|name))?$/.exec(error.field);
  if (holiday) return `holidays.${holiday[1]}.${holiday[2] ?? 'date'}`;
  return undefined;
}

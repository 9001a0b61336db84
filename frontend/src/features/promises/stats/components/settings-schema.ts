import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { messageKey, SERVER_ERROR } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import type { PromiseSettings } from '../types';

export const MAX_DAYS = 30;
export const MAX_REMINDERS = 5;
const dayRange = messageKey('settings.dayRange', { max: MAX_DAYS });
const days = z.number(dayRange).int(dayRange).min(0, dayRange).max(MAX_DAYS, dayRange);
export const settingsSchema = z.object({
  graceWorkingDays: days,
  reminders: z
    .array(z.object({ days }))
    .max(MAX_REMINDERS, messageKey('settings.tooManyReminders', { max: MAX_REMINDERS }))
    .superRefine((reminders, ctx) => {
      const seen = new Set<number>();
      reminders.forEach((reminder, index) => {
        if (seen.has(reminder.days)) ctx.addIssue({ code: 'custom', path: [index, 'days'], message: messageKey('settings.duplicateReminder') });
        seen.add(reminder.days);
      });
    }),
});
/** The form's values: reminders as objects, as react-hook-form's field arrays need them. */
export type SettingsValues = z.infer<typeof settingsSchema>;

export const valuesOf = (settings: PromiseSettings): SettingsValues => ({
  graceWorkingDays: settings.graceWorkingDays,
  reminders: settings.reminderWorkingDays.map((value) => ({ days: value })),
});

/** The request, with the reminders in the form's order (so a field error's index names the right input). */
export const requestOf = (values: SettingsValues): PromiseSettings => ({
  graceWorkingDays: values.graceWorkingDays,
  reminderWorkingDays: values.reminders.map((reminder) => reminder.days),
});

/**
 * Puts the field errors of a failed save under the form's fields: `graceWorkingDays`, `reminderWorkingDays` (the
 * list) and `reminderWorkingDays[2]` (one entry; also written `reminderWorkingDays.2`). Focuses the first and returns
 * the messages no field can show.
 */
export function applySettingsProblem(error: unknown, form: Pick<UseFormReturn<SettingsValues>, 'setError' | 'setFocus'>): string[] {
  if (!isProblemError(error)) return [];
  const unmatched: string[] = [];
  let focused = false;
  for (const { field, message } of error.errors) {
    const reminder = /(?:^|\.)reminderWorkingDays(?:\[(\d+)\]|\.(\d+))?$/.exec(field);
    const index = reminder ? (reminder[1] ?? reminder[2]) : undefined;
    if (/(?:^|\.)graceWorkingDays$/.test(field)) {
      form.setError('graceWorkingDays', { type: SERVER_ERROR, message });
      if (!focused) form.setFocus('graceWorkingDays');
      focused = true;
    } else if (reminder && index !== undefined) {
      form.setError(`reminders.${Number(index)}.days`, { type: SERVER_ERROR, message });
      if (!focused) form.setFocus(`reminders.${Number(index)}.days`);
      focused = true;
    } else if (reminder) {
      form.setError('reminders', { type: SERVER_ERROR, message });
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}

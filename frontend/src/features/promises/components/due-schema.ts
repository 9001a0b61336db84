import { z } from 'zod';
import { messageKey } from '@/lib/forms';
import type { DueRequest } from '../api/types';
import { isoDay } from '../utils/dates';

export const WORKING_DAYS_MAX = 60;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The due time as the form takes it: a day (and, optionally, a time; without one the end of that day's business
 * hours) or "within N working days" on the tenant's calendar. Days count in the tenant's calendar on the server; here
 * only what is plainly wrong is caught first (a day in the past, N outside 0..60). Field keys are the API's.
 */
export const dueShape = {
  dueMode: z.enum(['date', 'days']),
  dueDate: z.string(),
  dueTime: z.string(),
  withinWorkingDays: z.string(),
};
export type DueValues = { dueMode: 'date' | 'days'; dueDate: string; dueTime: string; withinWorkingDays: string };
export const EMPTY_DUE: DueValues = { dueMode: 'date', dueDate: '', dueTime: '', withinWorkingDays: '' };
export const DUE_FIELDS = ['dueDate', 'dueTime', 'withinWorkingDays'] as const;

/** Adds the due time's checks to a form schema (superRefine: messages land under the field concerned). */
export function checkDue(values: DueValues, ctx: z.RefinementCtx, today: string = isoDay(new Date())): void {
  if (values.dueMode === 'date') {
    if (!ISO_DAY.test(values.dueDate)) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: messageKey('promises.validation.dueDate') });
    else if (values.dueDate < today) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: messageKey('promises.validation.duePast') });
    if (values.dueTime && !TIME.test(values.dueTime))
      ctx.addIssue({ code: 'custom', path: ['dueTime'], message: messageKey('promises.validation.dueTime') });
  } else {
    const days = Number(values.withinWorkingDays);
    if (values.withinWorkingDays.trim() === '' || !Number.isInteger(days) || days < 0 || days > WORKING_DAYS_MAX)
      ctx.addIssue({ code: 'custom', path: ['withinWorkingDays'], message: messageKey('promises.validation.workingDays', { max: WORKING_DAYS_MAX }) });
  }
}

/** The request's due fields: exactly one of a day (with its time, if given) and a number of working days. */
export function dueRequest(values: DueValues): DueRequest {
  if (values.dueMode === 'days') return { withinWorkingDays: Number(values.withinWorkingDays) };
  return { dueDate: values.dueDate, ...(values.dueTime ? { dueTime: values.dueTime } : {}) };
}

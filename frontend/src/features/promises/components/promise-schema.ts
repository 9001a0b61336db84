import { z } from 'zod';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '@/lib/email';
import { messageKey } from '@/lib/forms';
import type { NewPromiseRequest, SourceKind } from '../api/types';
import { checkDue, dueRequest, dueShape, EMPTY_DUE } from './due-schema';

export const TEXT_MAX = 2000;
export const NOTE_MAX = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A required note or reason (what the customer agreed to, why it is cancelled). */
export const requiredNote = z
  .string()
  .trim()
  .min(1, messageKey('validation.required'))
  .max(NOTE_MAX, messageKey('validation.maxLength', { max: NOTE_MAX }));
export const optionalNote = z.string().trim().max(NOTE_MAX, messageKey('validation.maxLength', { max: NOTE_MAX }));

/**
 * A new promise as the form takes it. The customer is picked from the directory (`existing`, for those who may read
 * it), given by email (found or created by the server), or the source's (`source`: the complaint's customer).
 */
export const promiseSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, messageKey('validation.required'))
      .max(TEXT_MAX, messageKey('validation.maxLength', { max: TEXT_MAX })),
    customerMode: z.enum(['existing', 'email', 'source']),
    customerId: z.string(),
    customerEmail: z.string().trim(),
    customerName: z.string().trim().max(200, messageKey('validation.maxLength', { max: 200 })),
    customerLanguage: z.enum(['en', 'de']),
    ownerId: z.string(),
    unitId: z.string(),
    sourceKind: z.enum(['COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE', 'MANUAL']),
    sourceId: z.string().trim(),
    notifyCustomer: z.boolean(),
    ...dueShape,
  })
  .superRefine((values, ctx) => {
    if (values.customerMode === 'existing' && !values.customerId)
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: messageKey('promises.validation.customer') });
    if (values.customerMode === 'email') {
      if (!values.customerEmail) ctx.addIssue({ code: 'custom', path: ['customerEmail'], message: messageKey('validation.required') });
      else if (values.customerEmail.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(values.customerEmail))
        ctx.addIssue({ code: 'custom', path: ['customerEmail'], message: messageKey('validation.email') });
    }
    if (values.sourceKind !== 'MANUAL' && !UUID.test(values.sourceId))
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: messageKey('promises.validation.sourceId') });
    checkDue(values, ctx);
  });
export type PromiseFormValues = z.infer<typeof promiseSchema>;

/** The form's fields in form order: the server's field errors land under them, the first one focused. */
export const PROMISE_FIELDS = [
  'text',
  'customerId',
  'customerEmail',
  'customerName',
  'customerLanguage',
  'ownerId',
  'unitId',
  'dueDate',
  'dueTime',
  'withinWorkingDays',
  'sourceKind',
  'sourceId',
  'notifyCustomer',
] as const;

/** What a page can fill in beforehand: the source (a complaint) and its customer. */
export interface PromisePrefill {
  sourceKind: SourceKind;
  sourceId?: string;
  /** Shown instead of the id ("C-000123"). */
  sourceReference?: string;
  /** The source's customer: the server takes the complaint's by default, so none is sent. */
  customer?: { id: string; name?: string | null; email?: string | null };
}

export function emptyPromise(prefill: PromisePrefill | undefined, language: 'en' | 'de', canSearchCustomers: boolean): PromiseFormValues {
  return {
    text: '',
    customerMode: prefill?.customer ? 'source' : canSearchCustomers ? 'existing' : 'email',
    customerId: prefill?.customer?.id ?? '',
    customerEmail: '',
    customerName: '',
    customerLanguage: language,
    ownerId: '',
    unitId: '',
    sourceKind: prefill?.sourceKind ?? 'MANUAL',
    sourceId: prefill?.sourceId ?? '',
    notifyCustomer: false,
    ...EMPTY_DUE,
  };
}

/** The request of a filled-in form; what is left empty is left out (the server's defaults apply). */
export function promiseRequest(values: PromiseFormValues, clientRequestId: string): NewPromiseRequest {
  return {
    text: values.text,
    ...(values.customerMode === 'existing' ? { customerId: values.customerId } : {}),
    ...(values.customerMode === 'email'
      ? {
          customerEmail: values.customerEmail,
          customerLanguage: values.customerLanguage,
          ...(values.customerName ? { customerName: values.customerName } : {}),
        }
      : {}),
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    ...(values.unitId ? { unitId: values.unitId } : {}),
    ...dueRequest(values),
    sourceKind: values.sourceKind,
    ...(values.sourceKind !== 'MANUAL' ? { sourceId: values.sourceId } : {}),
    notifyCustomer: values.notifyCustomer,
    clientRequestId,
  };
}

import { z } from 'zod';
import { emailSchema } from '@/lib/email';
import { messageKey } from '@/lib/forms';

// The backend's limits (SubmitRequest, RecordRequest): checked here first so the customer sees them at once.
export const DESCRIPTION_MAX = 10000;

const optionalText = (max: number) => z.string().trim().max(max, messageKey('validation.maxLength', { max }));

/** A message of the conversation (a reply, a note, the customer's answer): required, as long as a description. */
export const messageBodySchema = z
  .string()
  .trim()
  .min(1, messageKey('validation.required'))
  .max(DESCRIPTION_MAX, messageKey('validation.maxLength', { max: DESCRIPTION_MAX }));

/** What a customer (public form) or staff (on the customer's behalf) fill in about a complaint. */
export const complaintSchema = z.object({
  name: optionalText(200),
  email: emailSchema(),
  description: messageBodySchema,
  subject: optionalText(200),
  orderReference: optionalText(100),
});
export type ComplaintFormValues = z.infer<typeof complaintSchema>;
/** The form's fields in form order (server field errors land under them, the first one focused). */
export const COMPLAINT_FIELDS = ['name', 'email', 'subject', 'description', 'orderReference'] as const;
export const EMPTY_COMPLAINT: ComplaintFormValues = { name: '', email: '', description: '', subject: '', orderReference: '' };

/** The optional texts the API takes only when given. */
export function intakeOf(values: ComplaintFormValues) {
  return {
    email: values.email,
    description: values.description,
    ...(values.name ? { name: values.name } : {}),
    ...(values.subject ? { subject: values.subject } : {}),
    ...(values.orderReference ? { orderReference: values.orderReference } : {}),
  };
}

import { z } from 'zod';
import { attributeRowsSchema } from '@/lib/attributes';
import { messageKey } from '@/lib/forms';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n';

// Practical email check: something@domain.tld, no spaces, at most 254 characters.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const TEXT_MAX = 200;

const optionalText = (max: number) => z.string().trim().max(max, messageKey('validation.maxLength', { max }));

/** What a customer's form edits (the email only when creating: it is the customer's identity). */
export const customerSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, messageKey('validation.required'))
    .max(254, messageKey('validation.email'))
    .regex(EMAIL_PATTERN, messageKey('validation.email')),
  name: optionalText(TEXT_MAX),
  language: z.enum(SUPPORTED_LANGUAGES),
  externalId: optionalText(100),
  attributes: attributeRowsSchema,
});
export type CustomerFormValues = z.infer<typeof customerSchema>;
export const CUSTOMER_FIELDS = ['email', 'name', 'language', 'externalId', 'attributes'] as const;

import { z } from 'zod';
import { attributeRowsSchema } from '@/lib/attributes';
import { emailSchema } from '@/lib/email';
import { messageKey } from '@/lib/forms';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n';

const TEXT_MAX = 200;

const optionalText = (max: number) => z.string().trim().max(max, messageKey('validation.maxLength', { max }));

/** What a customer's form edits (the email only when creating: it is the customer's identity). */
export const customerSchema = z.object({
  email: emailSchema(),
  name: optionalText(TEXT_MAX),
  language: z.enum(SUPPORTED_LANGUAGES),
  externalId: optionalText(100),
  attributes: attributeRowsSchema,
});
export type CustomerFormValues = z.infer<typeof customerSchema>;
export const CUSTOMER_FIELDS = ['email', 'name', 'language', 'externalId', 'attributes'] as const;

import { z } from 'zod';
import { messageKey } from './forms';

/** Practical email check: something@domain.tld, no spaces (the backend's @Email decides in the end). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const EMAIL_MAX_LENGTH = 254;

/** A required email field of a form schema, trimmed; its messages are the shared `validation.*` locale keys. */
export function emailSchema() {
  return z
    .string()
    .trim()
    .min(1, messageKey('validation.required'))
    .max(EMAIL_MAX_LENGTH, messageKey('validation.email'))
    .regex(EMAIL_PATTERN, messageKey('validation.email'));
}

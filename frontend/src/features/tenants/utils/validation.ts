import { z } from 'zod';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '@/lib/email';
import { isLanguage } from '@/lib/i18n';
import type { SignupField, SignupFormValues, SignupRequest } from '../api/signup';
import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN } from './slug';
import { isAcceptedPersonName } from '@/lib/person-name';
import { isValidTimeZone } from '@/lib/timezones';

/** Keys under "signup.validation" in the locale files. */
export type ValidationErrorKey =
  | 'required'
  | 'organizationNameLength'
  | 'slugLength'
  | 'slugPattern'
  | 'adminNameLength'
  | 'personName'
  | 'email'
  | 'passwordLength'
  | 'passwordLower'
  | 'passwordUpper'
  | 'passwordDigit'
  | 'passwordNotEmail'
  | 'passwordMismatch'
  | 'locale'
  | 'timezone';

export type SignupValidationErrors = Partial<Record<SignupField, ValidationErrorKey>>;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Trims the free-text fields the way they are sent to the backend (passwords stay as typed). */
export function normalizeSignup(values: SignupFormValues): SignupFormValues {
  return {
    organizationName: values.organizationName.trim(),
    slug: values.slug.trim(),
    adminName: values.adminName.trim(),
    adminEmail: values.adminEmail.trim(),
    password: values.password,
    passwordConfirmation: values.passwordConfirmation,
    locale: values.locale,
    timezone: values.timezone.trim(),
  };
}

/** The request body: the form's values without the confirmation. */
export function toSignupRequest(values: SignupFormValues): SignupRequest {
  const { passwordConfirmation: _confirmation, ...request } = values;
  return request;
}

/**
 * Mirror of the password policy the backend applies at Keycloak: 10 to 128 characters, at least one
 * lower-case letter, one upper-case letter and one digit, and not the email address.
 */
export function validatePassword(password: string, email: string): ValidationErrorKey | undefined {
  if (!password) return 'required';
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return 'passwordLength';
  if (!/\p{Ll}/u.test(password)) return 'passwordLower';
  if (!/\p{Lu}/u.test(password)) return 'passwordUpper';
  if (!/\p{Nd}/u.test(password)) return 'passwordDigit';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'passwordNotEmail';
  return undefined;
}

const text = () => z.string().trim();

/**
 * Client-side mirror of the backend's rules for POST /api/signup (the backend stays the authority). Trims the
 * free-text fields as `normalizeSignup` does; every message is a key under "signup.validation".
 */
export const signupSchema = z
  .object({
    organizationName: text()
      .min(1, 'required')
      .min(2, 'organizationNameLength')
      .max(120, 'organizationNameLength'),
    slug: text()
      .min(1, 'required')
      .min(SLUG_MIN_LENGTH, 'slugLength')
      .max(SLUG_MAX_LENGTH, 'slugLength')
      .regex(SLUG_PATTERN, 'slugPattern'),
    adminName: text().min(1, 'required').max(120, 'adminNameLength').refine(isAcceptedPersonName, 'personName'),
    adminEmail: text().min(1, 'required').max(EMAIL_MAX_LENGTH, 'email').regex(EMAIL_PATTERN, 'email'),
    password: z.string(),
    passwordConfirmation: z.string().min(1, 'required'),
    locale: z.string().refine(isLanguage, 'locale'),
    timezone: text().min(1, 'required').refine(isValidTimeZone, 'timezone'),
  })
  .superRefine((values, context) => {
    const passwordError = validatePassword(values.password, values.adminEmail);
    if (passwordError) context.addIssue({ code: 'custom', path: ['password'], message: passwordError });
    if (values.passwordConfirmation && values.passwordConfirmation !== values.password) {
      context.addIssue({ code: 'custom', path: ['passwordConfirmation'], message: 'passwordMismatch' });
    }
  });

/** The schema's verdict as one error key per invalid field (the first rule it breaks). */
export function validateSignup(values: SignupFormValues): SignupValidationErrors {
  const errors: SignupValidationErrors = {};
  for (const issue of signupSchema.safeParse(values).error?.issues ?? []) {
    const field = issue.path[0] as SignupField;
    errors[field] ??= issue.message as ValidationErrorKey;
  }
  return errors;
}

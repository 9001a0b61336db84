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

// Practical email check: something@domain.tld, no spaces, at most 254 characters.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

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

/**
 * Client-side mirror of the backend's rules for POST /api/signup (the backend stays the
 * authority). Expects normalized (trimmed) values. Returns one error key per invalid field.
 */
export function validateSignup(values: SignupFormValues): SignupValidationErrors {
  const errors: SignupValidationErrors = {};
  const { organizationName, slug, adminName, adminEmail, password, passwordConfirmation, locale, timezone } = values;

  if (!organizationName) errors.organizationName = 'required';
  else if (organizationName.length < 2 || organizationName.length > 120)
    errors.organizationName = 'organizationNameLength';

  if (!slug) errors.slug = 'required';
  else if (slug.length < SLUG_MIN_LENGTH || slug.length > SLUG_MAX_LENGTH) errors.slug = 'slugLength';
  else if (!SLUG_PATTERN.test(slug)) errors.slug = 'slugPattern';

  if (!adminName) errors.adminName = 'required';
  else if (adminName.length > 120) errors.adminName = 'adminNameLength';
  else if (!isAcceptedPersonName(adminName)) errors.adminName = 'personName';

  if (!adminEmail) errors.adminEmail = 'required';
  else if (adminEmail.length > 254 || !EMAIL_PATTERN.test(adminEmail)) errors.adminEmail = 'email';

  const passwordError = validatePassword(password, adminEmail);
  if (passwordError) errors.password = passwordError;
  if (!passwordConfirmation) errors.passwordConfirmation = 'required';
  else if (passwordConfirmation !== password) errors.passwordConfirmation = 'passwordMismatch';

  if (!isLanguage(locale)) errors.locale = 'locale';

  if (!timezone) errors.timezone = 'required';
  else if (!isValidTimeZone(timezone)) errors.timezone = 'timezone';

  return errors;
}

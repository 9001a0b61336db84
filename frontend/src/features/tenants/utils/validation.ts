import { isLanguage } from '@/lib/i18n';
import type { SignupField, SignupRequest } from '../api/signup';
import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN } from './slug';
import { isValidTimeZone } from './timezones';

/** Keys under "signup.validation" in the locale files. */
export type ValidationErrorKey =
  | 'required'
  | 'organizationNameLength'
  | 'slugLength'
  | 'slugPattern'
  | 'adminNameLength'
  | 'email'
  | 'locale'
  | 'timezone';

export type SignupValidationErrors = Partial<Record<SignupField, ValidationErrorKey>>;

// Practical email check: something@domain.tld, no spaces, at most 254 characters.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trims the free-text fields the way they are sent to the backend. */
export function normalizeSignup(values: SignupRequest): SignupRequest {
  return {
    organizationName: values.organizationName.trim(),
    slug: values.slug.trim(),
    adminName: values.adminName.trim(),
    adminEmail: values.adminEmail.trim(),
    locale: values.locale,
    timezone: values.timezone.trim(),
  };
}

/**
 * Client-side mirror of the backend's rules for POST /api/signup (the backend stays the
 * authority). Expects normalized (trimmed) values. Returns one error key per invalid field.
 */
export function validateSignup(values: SignupRequest): SignupValidationErrors {
  const errors: SignupValidationErrors = {};
  const { organizationName, slug, adminName, adminEmail, locale, timezone } = values;

  if (!organizationName) errors.organizationName = 'required';
  else if (organizationName.length < 2 || organizationName.length > 120)
    errors.organizationName = 'organizationNameLength';

  if (!slug) errors.slug = 'required';
  else if (slug.length < SLUG_MIN_LENGTH || slug.length > SLUG_MAX_LENGTH) errors.slug = 'slugLength';
  else if (!SLUG_PATTERN.test(slug)) errors.slug = 'slugPattern';

  if (!adminName) errors.adminName = 'required';
  else if (adminName.length > 120) errors.adminName = 'adminNameLength';

  if (!adminEmail) errors.adminEmail = 'required';
  else if (adminEmail.length > 254 || !EMAIL_PATTERN.test(adminEmail)) errors.adminEmail = 'email';

  if (!isLanguage(locale)) errors.locale = 'locale';

  if (!timezone) errors.timezone = 'required';
  else if (!isValidTimeZone(timezone)) errors.timezone = 'timezone';

  return errors;
}

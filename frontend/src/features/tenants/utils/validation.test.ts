import { describe, expect, it } from 'vitest';
import type { SignupFormValues } from '../api/signup';
import { normalizeSignup, toSignupRequest, validatePassword, validateSignup } from './validation';

const valid: SignupFormValues = {
  organizationName: 'Acme Corporation',
  slug: 'acme',
  adminName: 'Alex Example',
  adminEmail: 'alex@acme.example',
  password: 'Secret-Passw0rd',
  passwordConfirmation: 'Secret-Passw0rd',
  locale: 'en',
  timezone: 'Europe/Berlin',
};

const errorsFor = (patch: Partial<Record<keyof SignupFormValues, string>>) =>
  validateSignup({ ...valid, ...patch } as SignupFormValues);

describe('validateSignup', () => {
  it('accepts a valid request', () => {
    expect(validateSignup(valid)).toEqual({});
    expect(errorsFor({ locale: 'de', timezone: 'UTC' })).toEqual({});
    expect(errorsFor({ timezone: 'America/Argentina/Buenos_Aires' })).toEqual({});
  });

  it('checks the organization name length (2..120)', () => {
    expect(errorsFor({ organizationName: '' })).toEqual({ organizationName: 'required' });
    expect(errorsFor({ organizationName: 'A' })).toEqual({ organizationName: 'organizationNameLength' });
    expect(errorsFor({ organizationName: 'AB' })).toEqual({});
    expect(errorsFor({ organizationName: 'x'.repeat(120) })).toEqual({});
    expect(errorsFor({ organizationName: 'x'.repeat(121) })).toEqual({
      organizationName: 'organizationNameLength',
    });
  });

  it('checks the slug length (3..40) and pattern', () => {
    expect(errorsFor({ slug: '' })).toEqual({ slug: 'required' });
    expect(errorsFor({ slug: 'ab' })).toEqual({ slug: 'slugLength' });
    expect(errorsFor({ slug: 'abc' })).toEqual({});
    expect(errorsFor({ slug: 'a'.repeat(40) })).toEqual({});
    expect(errorsFor({ slug: 'a'.repeat(41) })).toEqual({ slug: 'slugLength' });
    expect(errorsFor({ slug: 'acme-2-go' })).toEqual({});
    for (const slug of ['1acme', '-acme', 'Acme', 'ac_me', 'ac me', 'acmé']) {
      expect(errorsFor({ slug }), slug).toEqual({ slug: 'slugPattern' });
    }
  });

  it('refuses the characters the sign-in service refuses in names, as the backend does', () => {
    expect(errorsFor({ adminName: 'Anna (Sales)' })).toEqual({ adminName: 'personName' });
    expect(errorsFor({ adminName: 'Anna/Bob' })).toEqual({ adminName: 'personName' });
    expect(errorsFor({ adminName: "Anna-Lena O'Brien-Müller Jr." })).toEqual({});
  });

  it('checks the admin name (1..120)', () => {
    expect(errorsFor({ adminName: '' })).toEqual({ adminName: 'required' });
    expect(errorsFor({ adminName: 'A' })).toEqual({});
    expect(errorsFor({ adminName: 'x'.repeat(121) })).toEqual({ adminName: 'adminNameLength' });
  });

  it('checks the admin email', () => {
    expect(errorsFor({ adminEmail: '' })).toEqual({ adminEmail: 'required' });
    for (const email of ['alex', 'alex@', '@acme.example', 'alex@acme', 'a b@acme.example', 'a@b..c']) {
      expect(errorsFor({ adminEmail: email }), email).toEqual({ adminEmail: 'email' });
    }
    expect(errorsFor({ adminEmail: 'alex.example+fokus@mail.acme.co.uk' })).toEqual({});
  });

  it('checks locale and time zone', () => {
    expect(errorsFor({ locale: 'fr' })).toEqual({ locale: 'locale' });
    expect(errorsFor({ timezone: '' })).toEqual({ timezone: 'required' });
    expect(errorsFor({ timezone: 'Mars/Olympus_Mons' })).toEqual({ timezone: 'timezone' });
    expect(errorsFor({ timezone: '+01:00' })).toEqual({ timezone: 'timezone' });
  });

  it('checks the password against the policy (10..128, lower, upper, digit, not the email)', () => {
    expect(validatePassword('', 'a@b.example')).toBe('required');
    expect(validatePassword('Short1a', 'a@b.example')).toBe('passwordLength');
    expect(validatePassword('Abcdefgh1' + 'x'.repeat(120), 'a@b.example')).toBe('passwordLength'); // 129
    expect(validatePassword('Abcdefgh1' + 'x'.repeat(119), 'a@b.example')).toBeUndefined(); // 128
    expect(validatePassword('ABCDEFGHIJ1', 'a@b.example')).toBe('passwordLower');
    expect(validatePassword('abcdefghij1', 'a@b.example')).toBe('passwordUpper');
    expect(validatePassword('Abcdefghijk', 'a@b.example')).toBe('passwordDigit');
    expect(validatePassword('Ümlautpass1', 'a@b.example')).toBeUndefined();
    expect(validatePassword('Alex1@acme.example', 'alex1@ACME.example')).toBe('passwordNotEmail');
    expect(errorsFor({ password: 'abcdefghij1', passwordConfirmation: 'abcdefghij1' })).toEqual({
      password: 'passwordUpper',
    });
  });

  it('requires the confirmation to match the password', () => {
    expect(errorsFor({ passwordConfirmation: '' })).toEqual({ passwordConfirmation: 'required' });
    expect(errorsFor({ passwordConfirmation: 'Secret-Passw0rD' })).toEqual({ passwordConfirmation: 'passwordMismatch' });
  });

  it('reports every invalid field at once', () => {
    expect(
      validateSignup({
        organizationName: '',
        slug: '',
        adminName: '',
        adminEmail: '',
        password: '',
        passwordConfirmation: '',
        locale: 'en',
        timezone: '',
      }),
    ).toEqual({
      organizationName: 'required',
      slug: 'required',
      adminName: 'required',
      adminEmail: 'required',
      password: 'required',
      passwordConfirmation: 'required',
      timezone: 'required',
    });
  });
});

describe('normalizeSignup', () => {
  it('trims free-text fields so that blank input counts as missing', () => {
    const normalized = normalizeSignup({
      ...valid,
      organizationName: '  Acme  ',
      adminName: '   ',
      adminEmail: ' alex@acme.example ',
    });
    expect(normalized.organizationName).toBe('Acme');
    expect(normalized.adminEmail).toBe('alex@acme.example');
    expect(validateSignup(normalized)).toEqual({ adminName: 'required' });
  });

  it('keeps passwords as typed and leaves the confirmation out of the request', () => {
    const normalized = normalizeSignup({ ...valid, password: ' Secret-Passw0rd ', passwordConfirmation: ' x ' });
    expect(normalized.password).toBe(' Secret-Passw0rd ');
    const request = toSignupRequest(valid);
    expect(request).not.toHaveProperty('passwordConfirmation');
    expect(request.password).toBe('Secret-Passw0rd');
  });
});

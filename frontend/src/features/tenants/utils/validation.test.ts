import { describe, expect, it } from 'vitest';
import type { SignupRequest } from '../api/signup';
import { normalizeSignup, validateSignup } from './validation';

const valid: SignupRequest = {
  organizationName: 'Acme Corporation',
  slug: 'acme',
  adminName: 'Alex Example',
  adminEmail: 'alex@acme.example',
  locale: 'en',
  timezone: 'Europe/Berlin',
};

const errorsFor = (patch: Partial<Record<keyof SignupRequest, string>>) =>
  validateSignup({ ...valid, ...patch } as SignupRequest);

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

  it('reports every invalid field at once', () => {
    expect(
      validateSignup({ organizationName: '', slug: '', adminName: '', adminEmail: '', locale: 'en', timezone: '' }),
    ).toEqual({
      organizationName: 'required',
      slug: 'required',
      adminName: 'required',
      adminEmail: 'required',
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
});

import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrorsToForm, applyProblemToForm, fieldErrorText, messageKey, SERVER_ERROR } from './forms';
import { ProblemError } from './problem-details';

type Values = { name: string; slug: string; email: string };
const FIELDS = ['name', 'slug', 'email'] as const;

function fakeForm() {
  return { setError: vi.fn(), setFocus: vi.fn() };
}

describe('applyProblemToForm', () => {
  it('puts field errors under their fields and focuses the first one in form order', () => {
    const form = fakeForm();
    const problem = new ProblemError({
      status: 400,
      errors: [
        { field: 'request.email', message: 'must be a well-formed email address' },
        { field: 'slug', message: 'is taken' },
      ],
    });
    const applied = applyProblemToForm<Values>(problem, form, FIELDS);
    expect(form.setError).toHaveBeenCalledWith('slug', { type: SERVER_ERROR, message: 'is taken' });
    expect(form.setError).toHaveBeenCalledWith('email', { type: SERVER_ERROR, message: 'must be a well-formed email address' });
    expect(form.setFocus).toHaveBeenCalledWith('slug');
    expect(form.setFocus).toHaveBeenCalledTimes(1);
    expect(applied).toEqual({ general: false, unmatched: [], invalid: ['slug', 'email'] });
  });

  it('asks for the general alert when a field error has no field in the form', () => {
    const form = fakeForm();
    const problem = new ProblemError({ status: 400, errors: [{ field: 'plan', message: 'unknown plan' }] });
    const applied = applyProblemToForm<Values>(problem, form, FIELDS);
    expect(applied.general).toBe(true);
    expect(applied.unmatched).toEqual([{ field: 'plan', message: 'unknown plan' }]);
    expect(form.setFocus).not.toHaveBeenCalled();
  });

  it('puts a conflict without field errors under its field', () => {
    const form = fakeForm();
    const problem = new ProblemError({ status: 409, title: 'Conflict', detail: 'The address "acme" is already taken.' });
    expect(applyProblemToForm<Values>(problem, form, FIELDS, { 409: 'slug' }).general).toBe(false);
    expect(form.setError).toHaveBeenCalledWith('slug', { type: SERVER_ERROR, message: 'The address "acme" is already taken.' });
  });

  it('takes field errors of another shape', () => {
    const form = fakeForm();
    applyFieldErrorsToForm<Values>([{ field: 'email', message: 'bounced' }], form, FIELDS);
    expect(form.setFocus).toHaveBeenCalledWith('email');
  });
});

describe('fieldErrorText', () => {
  const t = ((key: string, values: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

  it("shows the server's message as sent and translates schema keys with their values", () => {
    expect(fieldErrorText({ type: SERVER_ERROR, message: 'is taken' }, t)).toBe('is taken');
    expect(fieldErrorText({ type: 'too_big', message: messageKey('validation.maxLength', { max: 120 }) }, t)).toBe(
      'validation.maxLength {"max":120}',
    );
    expect(fieldErrorText({ type: 'custom', message: 'required' }, t, 'signup.validation.')).toBe('signup.validation.required {}');
    expect(fieldErrorText(undefined, t)).toBeUndefined();
  });
});

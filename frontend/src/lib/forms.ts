import type { Namespace, TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, RefCallBack, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { type FieldErrorDetail, mapProblemToFields, ProblemError } from './problem-details';

/**
 * The react-hook-form error type of a message the server wrote: shown as sent. Client-side (schema) errors carry a
 * locale key instead (see `messageKey`), translated when rendered, so that a language switch re-translates them.
 */
export const SERVER_ERROR = 'server';

const VALUES_SEPARATOR = '|';

/** A schema message: a locale key and the values it interpolates (`messageKey('validation.maxLength', { max: 120 })`). */
export function messageKey(key: string, values?: Record<string, string | number>): string {
  return values ? `${key}${VALUES_SEPARATOR}${JSON.stringify(values)}` : key;
}

/** The text to show under a field: the server's message as sent, or the schema's locale key translated. */
export function fieldErrorText(error: { type?: FieldError['type']; message?: string } | undefined, t: TFunction<Namespace>, keyPrefix = ''): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  const [key = '', values] = error.message.split(VALUES_SEPARATOR);
  // The key is only known at run time: i18next's typed keys can't check it.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`${keyPrefix}${key}`, values ? (JSON.parse(values) as Record<string, unknown>) : {});
}

export interface AppliedProblem {
  /** Show the problem in the form's alert as well: it named no field of the form, or also fields the form lacks. */
  general: boolean;
  /** Field errors for fields the form doesn't have. */
  unmatched: FieldErrorDetail[];
  /** The fields that got an error, in form order. */
  invalid: string[];
}

/** What a form must offer to show errors: react-hook-form's `setError` and `setFocus`. */
export type ErrorTarget<T extends FieldValues> = { setError: UseFormSetError<T>; setFocus: UseFormSetFocus<T> };

/**
 * Puts a failed request's field errors (RFC 9457 `errors: [{field, message}]`) under the form's fields and focuses
 * the first invalid one (in the order of `fields`, which is the form's order). A problem without field errors whose
 * status has a `conflictFields` entry (409 → "slug") shows its detail under that field.
 */
export function applyProblemToForm<T extends FieldValues>(
  problem: ProblemError,
  form: ErrorTarget<T>,
  fields: readonly Path<T>[],
  conflictFields: Partial<Record<number, Path<T>>> = {},
): AppliedProblem {
  const { fieldErrors, unmatched } = mapProblemToFields(problem, fields, conflictFields);
  const invalid = fields.filter((field) => fieldErrors[field] !== undefined);
  for (const field of invalid) form.setError(field, { type: SERVER_ERROR, message: fieldErrors[field] });
  const first = invalid[0];
  if (first !== undefined) form.setFocus(first);
  return { general: invalid.length === 0 || unmatched.length > 0, unmatched, invalid };
}

/** As `applyProblemToForm`, for field errors that come in another shape (such as an import's rejected rows). */
export function applyFieldErrorsToForm<T extends FieldValues>(
  errors: readonly FieldErrorDetail[],
  form: ErrorTarget<T>,
  fields: readonly Path<T>[],
): AppliedProblem {
  return applyProblemToForm(new ProblemError({ status: 400, errors: [...errors] }), form, fields);
}

/**
 * The ref of a group of checkboxes or radios (which can't take focus itself) for a wrapping element: focusing the
 * field (an invalid one, say) focuses the group's first input.
 */
export function groupFocusRef(ref: RefCallBack) {
  return (element: HTMLElement | null) => ref({ focus: () => element?.querySelector('input')?.focus() });
}

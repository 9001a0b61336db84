import type { Namespace, TFunction } from 'i18next';
import type { FieldValues, Path } from 'react-hook-form';
import { applyProblemToForm, type ErrorTarget } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { problemMessage } from './problem-message';

/**
 * Shows a failed request in a form: field errors under the fields (the first one focused), and returns the text for
 * the form's alert, or null when the fields say it all.
 */
export function formProblemMessage<T extends FieldValues>(
  error: unknown,
  form: ErrorTarget<T>,
  fields: readonly Path<T>[],
  t: TFunction<Namespace>,
  conflictFields: Partial<Record<number, Path<T>>> = {},
): string | null {
  if (!isProblemError(error)) return problemMessage(error, t);
  const { general, unmatched } = applyProblemToForm(error, form, fields, conflictFields);
  return general ? problemMessage(error, t, unmatched.map((e) => e.message)) : null;
}

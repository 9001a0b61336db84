import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { isProblemError, mapProblemToFields } from '@/lib/problem-details';
import {
  MEMBER_FIELDS,
  type MemberField,
  type MemberFormValues,
  type MemberValidationKey,
  validateMember,
} from '../utils/validation';

type FieldError = { key: MemberValidationKey } | { message: string };

/** Values, errors (client keys re-translated on language change, server messages as sent) and focus handling. */
export function useMemberForm(initial: MemberFormValues, options: { withEmail: boolean; conflictField?: MemberField }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<MemberField, FieldError>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // Focus the first invalid field after the errors rendered.
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input');
    target?.focus();
  }, [focusRequest]);

  const onChange = <F extends MemberField>(field: F, value: MemberFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  };

  /** Client-side check; false (and errors shown) when invalid. */
  const validate = (): boolean => {
    setGeneral(null);
    const invalid = validateMember(values, { withEmail: options.withEmail });
    const next: Partial<Record<MemberField, FieldError>> = {};
    for (const field of MEMBER_FIELDS) {
      const key = invalid[field];
      if (key) next[field] = { key };
    }
    setErrors(next);
    if (Object.keys(next).length > 0) {
      setFocusRequest((n) => n + 1);
      return false;
    }
    return true;
  };

  /** Shows a failed request: field errors under the fields, the rest in an alert. */
  const showProblem = (error: unknown) => {
    if (!isProblemError(error)) {
      setGeneral(problemMessage(error, t));
      return;
    }
    const conflict = options.conflictField ? { 409: options.conflictField } : {};
    const { fieldErrors, unmatched } = mapProblemToFields(error, MEMBER_FIELDS, conflict);
    const next: Partial<Record<MemberField, FieldError>> = {};
    for (const field of MEMBER_FIELDS) {
      const message = fieldErrors[field];
      if (message) next[field] = { message };
    }
    setErrors(next);
    if (Object.keys(next).length === 0 || unmatched.length > 0) {
      setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
    }
    if (Object.keys(next).length > 0) setFocusRequest((n) => n + 1);
  };

  const errorTexts: Partial<Record<MemberField, string>> = {};
  for (const field of MEMBER_FIELDS) {
    const error = errors[field];
    if (!error) continue;
    errorTexts[field] =
      'key' in error
        ? error.key === 'maxLength'
          ? t('validation.maxLength', { max: 120 })
          : t(`validation.${error.key}`)
        : error.message;
  }

  return { values, onChange, errors: errorTexts, general, validate, showProblem, formRef };
}

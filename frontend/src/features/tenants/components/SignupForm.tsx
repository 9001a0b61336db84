import { Alert, Button, NativeSelect, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError, mapProblemToFields, type ProblemError } from '@/lib/problem-details';
import {
  SIGNUP_FIELDS,
  type SignupField,
  type SignupFormValues,
  type SignupRequest,
  type SignupResponse,
  useSignup,
} from '../api/signup';
import { suggestSlug } from '../utils/slug';
import { availableTimeZones, browserTimeZone } from '@/lib/timezones';
import {
  normalizeSignup,
  PASSWORD_MAX_LENGTH,
  toSignupRequest,
  validateSignup,
  type ValidationErrorKey,
} from '../utils/validation';

/** A client-side error is kept as a key (re-translated when the language changes). */
type FieldError = { key: ValidationErrorKey } | { message: string };
type FieldErrors = Partial<Record<SignupField, FieldError>>;
type TextField = Exclude<SignupField, 'locale'>;

/** 409 Conflict from POST /api/signup means the slug is taken. */
const CONFLICT_FIELDS = { 409: 'slug' } as const;

export interface SignupFormProps {
  onSuccess: (result: SignupResponse, request: SignupRequest) => void;
}

export function SignupForm({ onSuccess }: SignupFormProps) {
  const { t } = useTranslation();
  const signup = useSignup();

  const [text, setText] = useState<Record<TextField, string>>(() => ({
    organizationName: '',
    slug: '',
    adminName: '',
    adminEmail: '',
    password: '',
    passwordConfirmation: '',
    timezone: browserTimeZone(),
  }));
  const [slugEdited, setSlugEdited] = useState(false);
  // The organization's locale follows the UI language until the user picks one.
  const [chosenLocale, setChosenLocale] = useState<SignupFormValues['locale'] | null>(null);
  const locale = chosenLocale ?? currentLanguage();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<ProblemError | null>(null);

  const refs = {
    organizationName: useRef<HTMLInputElement>(null),
    slug: useRef<HTMLInputElement>(null),
    adminName: useRef<HTMLInputElement>(null),
    adminEmail: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    passwordConfirmation: useRef<HTMLInputElement>(null),
    locale: useRef<HTMLSelectElement>(null),
    timezone: useRef<HTMLInputElement>(null),
  } satisfies Record<SignupField, unknown>;

  // Mantine's PasswordInput doesn't link its description and error to the input: do it here.
  const passwordId = useId();
  const confirmationId = useId();
  const passwordAria = (id: string, field: SignupField, withDescription: boolean) => {
    const invalid = Boolean(errors[field]);
    const describedBy = [withDescription && `${id}-description`, invalid && `${id}-error`].filter(Boolean).join(' ');
    return { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined };
  };

  const timeZones = useMemo(() => availableTimeZones(browserTimeZone()), []);

  const clearError = (field: SignupField) =>
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });

  const setTextField = (field: TextField, value: string) => {
    setText((current) => ({ ...current, [field]: value }));
    clearError(field);
  };

  const onOrganizationNameChange = (value: string) => {
    setText((current) => ({
      ...current,
      organizationName: value,
      slug: slugEdited ? current.slug : suggestSlug(value),
    }));
    clearError('organizationName');
    if (!slugEdited) clearError('slug');
  };

  const onSlugChange = (value: string) => {
    const slug = value.toLowerCase();
    // Clearing the field hands it back to the suggestion.
    setSlugEdited(slug !== '');
    setTextField('slug', slug);
  };

  const focusFirstInvalid = (invalid: FieldErrors) => {
    const first = SIGNUP_FIELDS.find((field) => invalid[field]);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signup.isPending) return;
    setGeneralError(null);

    const values = normalizeSignup({ ...text, locale });
    const clientErrors = validateSignup(values);
    const invalid: FieldErrors = {};
    for (const field of SIGNUP_FIELDS) {
      const key = clientErrors[field];
      if (key) invalid[field] = { key };
    }
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) {
      focusFirstInvalid(invalid);
      return;
    }

    try {
      const request = toSignupRequest(values);
      const result = await signup.mutateAsync(request);
      onSuccess(result, request);
    } catch (error) {
      if (!isProblemError(error)) throw error;
      if (error.status === 400 || error.status === 409) {
        const { fieldErrors, unmatched } = mapProblemToFields(error, SIGNUP_FIELDS, CONFLICT_FIELDS);
        const serverErrors: FieldErrors = {};
        for (const field of SIGNUP_FIELDS) {
          const message = fieldErrors[field];
          if (message) serverErrors[field] = { message };
        }
        setErrors(serverErrors);
        if (unmatched.length > 0 || Object.keys(serverErrors).length === 0) setGeneralError(error);
        focusFirstInvalid(serverErrors);
      } else {
        setGeneralError(error);
      }
    }
  };

  const errorText = (field: SignupField): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    return 'key' in error ? t(`signup.validation.${error.key}`) : error.message;
  };

  const generalMessage = (error: ProblemError): string => {
    if (error.isNetworkError) return t('signup.errors.network');
    const extra = error.errors
      .filter((e) => !(SIGNUP_FIELDS as readonly string[]).includes(e.field.split('.').pop() ?? ''))
      .map((e) => e.message);
    const parts = [error.detail, ...extra].filter(Boolean);
    if (parts.length > 0) return parts.join(' ');
    return error.status >= 500 ? t('signup.errors.unexpected') : error.title;
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('signup.formLabel')}>
      <Stack gap="md">
        {generalError && (
          <Alert color="red" variant="light" title={t('signup.errors.title')} role="alert">
            {generalMessage(generalError)}
          </Alert>
        )}

        <TextInput
          ref={refs.organizationName}
          name="organizationName"
          label={t('signup.fields.organizationName.label')}
          placeholder={t('signup.fields.organizationName.placeholder')}
          autoComplete="organization"
          required
          maxLength={120}
          value={text.organizationName}
          onChange={(e) => onOrganizationNameChange(e.currentTarget.value)}
          error={errorText('organizationName')}
        />

        <TextInput
          ref={refs.slug}
          name="slug"
          label={t('signup.fields.slug.label')}
          description={t('signup.fields.slug.description')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          value={text.slug}
          onChange={(e) => onSlugChange(e.currentTarget.value)}
          error={errorText('slug')}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            ref={refs.adminName}
            name="adminName"
            label={t('signup.fields.adminName.label')}
            placeholder={t('signup.fields.adminName.placeholder')}
            autoComplete="name"
            required
            maxLength={120}
            value={text.adminName}
            onChange={(e) => setTextField('adminName', e.currentTarget.value)}
            error={errorText('adminName')}
          />
          <TextInput
            ref={refs.adminEmail}
            name="adminEmail"
            type="email"
            label={t('signup.fields.adminEmail.label')}
            placeholder={t('signup.fields.adminEmail.placeholder')}
            autoComplete="email"
            required
            value={text.adminEmail}
            onChange={(e) => setTextField('adminEmail', e.currentTarget.value)}
            error={errorText('adminEmail')}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PasswordInput
            ref={refs.password}
            {...passwordAria(passwordId, 'password', true)}
            name="password"
            label={t('signup.fields.password.label')}
            description={t('signup.fields.password.description')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            value={text.password}
            onChange={(e) => setTextField('password', e.currentTarget.value)}
            error={errorText('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('signup.fields.password.toggle') }}
          />
          <PasswordInput
            ref={refs.passwordConfirmation}
            {...passwordAria(confirmationId, 'passwordConfirmation', false)}
            name="passwordConfirmation"
            label={t('signup.fields.passwordConfirmation.label')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            value={text.passwordConfirmation}
            onChange={(e) => setTextField('passwordConfirmation', e.currentTarget.value)}
            error={errorText('passwordConfirmation')}
            visibilityToggleButtonProps={{ 'aria-label': t('signup.fields.password.toggle') }}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            ref={refs.locale}
            name="locale"
            label={t('signup.fields.locale.label')}
            required
            value={locale}
            data={SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isLanguage(value)) setChosenLocale(value);
              clearError('locale');
            }}
            error={errorText('locale')}
          />
          <Select
            ref={refs.timezone}
            name="timezone"
            label={t('signup.fields.timezone.label')}
            placeholder={t('signup.fields.timezone.placeholder')}
            nothingFoundMessage={t('signup.fields.timezone.nothingFound')}
            required
            searchable
            allowDeselect={false}
            data={timeZones}
            value={text.timezone || null}
            onChange={(value) => setTextField('timezone', value ?? '')}
            error={errorText('timezone')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>

        <Button type="submit" size="md" loading={signup.isPending} aria-busy={signup.isPending}>
          {signup.isPending ? t('signup.submitting') : t('signup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

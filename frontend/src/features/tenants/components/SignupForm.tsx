import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { applyProblemToForm, fieldErrorText } from '@/lib/forms';
import { currentLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError, type ProblemError } from '@/lib/problem-details';
import { availableTimeZones, browserTimeZone } from '@/lib/timezones';
import {
  SIGNUP_FIELDS,
  type SignupField,
  type SignupFormValues,
  type SignupRequest,
  type SignupResponse,
  useSignup,
} from '../api/signup';
import { suggestSlug } from '../utils/slug';
import { PASSWORD_MAX_LENGTH, signupSchema, toSignupRequest } from '../utils/validation';

/** 409 Conflict from POST /api/signup means the slug is taken. */
const CONFLICT_FIELDS = { 409: 'slug' } as const;

/** The organization's locale follows the UI language until the user picks one. */
const FOLLOW_UI_LANGUAGE = '' as SignupFormValues['locale'];

const signupResolver = zodResolver(signupSchema);

export interface SignupFormProps {
  onSuccess: (result: SignupResponse, request: SignupRequest) => void;
}

export function SignupForm({ onSuccess }: SignupFormProps) {
  const { t } = useTranslation('tenants');
  const signup = useSignup();
  const form = useForm<SignupFormValues, unknown, SignupFormValues>({
    defaultValues: {
      organizationName: '',
      slug: '',
      adminName: '',
      adminEmail: '',
      password: '',
      passwordConfirmation: '',
      locale: FOLLOW_UI_LANGUAGE,
      timezone: browserTimeZone(),
    },
    resolver: (values, context, options) =>
      signupResolver({ ...values, locale: values.locale || currentLanguage() }, context, options),
  });
  const { errors } = form.formState;
  const [slugEdited, setSlugEdited] = useState(false);
  const [generalError, setGeneralError] = useState<ProblemError | null>(null);

  // Mantine's PasswordInput doesn't link its description and error to the input: do it here.
  const passwordId = useId();
  const confirmationId = useId();
  const passwordAria = (id: string, field: SignupField, withDescription: boolean) => {
    const invalid = Boolean(errors[field]);
    const describedBy = [withDescription && `${id}-description`, invalid && `${id}-error`].filter(Boolean).join(' ');
    return { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined };
  };

  const timeZones = useMemo(() => availableTimeZones(browserTimeZone()), []);

  const organizationName = form.register('organizationName', {
    onChange: (event: { target: HTMLInputElement }) => {
      if (slugEdited) return;
      form.setValue('slug', suggestSlug(event.target.value));
      form.clearErrors('slug');
    },
  });
  const slug = form.register('slug', {
    onChange: (event: { target: HTMLInputElement }) => {
      const typed = event.target.value;
      if (typed !== typed.toLowerCase()) form.setValue('slug', typed.toLowerCase());
      // Clearing the field hands it back to the suggestion.
      setSlugEdited(typed !== '');
    },
  });

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (signup.isPending) return;
      setGeneralError(null);
      try {
        const request = toSignupRequest(values);
        const result = await signup.mutateAsync(request);
        onSuccess(result, request);
      } catch (error) {
        if (!isProblemError(error)) throw error;
        const withFields = error.status === 400 || error.status === 409;
        if (!withFields || applyProblemToForm(error, form, SIGNUP_FIELDS, CONFLICT_FIELDS).general) setGeneralError(error);
      }
    },
    () => setGeneralError(null),
  );

  const errorText = (field: SignupField) => fieldErrorText(errors[field], t, 'signup.validation.');

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
          {...organizationName}
          label={t('signup.fields.organizationName.label')}
          placeholder={t('signup.fields.organizationName.placeholder')}
          autoComplete="organization"
          required
          maxLength={120}
          error={errorText('organizationName')}
        />

        <TextInput
          {...slug}
          label={t('signup.fields.slug.label')}
          description={t('signup.fields.slug.description')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          error={errorText('slug')}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.register('adminName')}
            label={t('signup.fields.adminName.label')}
            placeholder={t('signup.fields.adminName.placeholder')}
            autoComplete="name"
            required
            maxLength={120}
            error={errorText('adminName')}
          />
          <TextInput
            {...form.register('adminEmail')}
            type="email"
            label={t('signup.fields.adminEmail.label')}
            placeholder={t('signup.fields.adminEmail.placeholder')}
            autoComplete="email"
            required
            error={errorText('adminEmail')}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PasswordInput
            {...form.register('password')}
            {...passwordAria(passwordId, 'password', true)}
            label={t('signup.fields.password.label')}
            description={t('signup.fields.password.description')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            error={errorText('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('signup.fields.password.toggle') }}
          />
          <PasswordInput
            {...form.register('passwordConfirmation')}
            {...passwordAria(confirmationId, 'passwordConfirmation', false)}
            label={t('signup.fields.passwordConfirmation.label')}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            error={errorText('passwordConfirmation')}
            visibilityToggleButtonProps={{ 'aria-label': t('signup.fields.password.toggle') }}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="locale"
            render={({ field }) => (
              <NativeSelect
                ref={field.ref}
                name={field.name}
                label={t('signup.fields.locale.label')}
                required
                value={field.value || currentLanguage()}
                data={SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
                onChange={(e) => field.onChange(e.currentTarget.value)}
                onBlur={field.onBlur}
                error={errorText('locale')}
              />
            )}
          />
          <TimeZoneSelect
            control={form.control}
            name="timezone"
            data={timeZones}
            label={t('signup.fields.timezone.label')}
            placeholder={t('signup.fields.timezone.placeholder')}
            error={errorText('timezone')}
          />
        </SimpleGrid>

        <Button type="submit" size="md" loading={signup.isPending} aria-busy={signup.isPending}>
          {signup.isPending ? t('signup.submitting') : t('signup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

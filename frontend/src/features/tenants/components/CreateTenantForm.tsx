import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { useSelectTenant } from '@/features/auth';
import { applyProblemToForm, fieldErrorText, messageKey } from '@/lib/forms';
import { currentLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { browserTimeZone, isValidTimeZone } from '@/lib/timezones';
import { useCreateTenant } from '../api/invitations';
import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN, suggestSlug } from '../utils/slug';

const FIELDS = ['organizationName', 'slug', 'locale', 'timezone'] as const;

const createTenantSchema = z.object({
  organizationName: z.string().trim().min(2, messageKey('createTenant.nameInvalid')).max(120, messageKey('createTenant.nameInvalid')),
  slug: z
    .string()
    .min(SLUG_MIN_LENGTH, messageKey('createTenant.slugInvalid'))
    .max(SLUG_MAX_LENGTH, messageKey('createTenant.slugInvalid'))
    .regex(SLUG_PATTERN, messageKey('createTenant.slugInvalid')),
  locale: z.enum(SUPPORTED_LANGUAGES),
  timezone: z.string().trim().refine(isValidTimeZone, messageKey('createTenant.timezoneInvalid')),
});
type CreateTenantValues = z.infer<typeof createTenantSchema>;

/** A signed-in person creates a further organization and becomes its first admin. */
export function CreateTenantForm() {
  const { t } = useTranslation('tenants');
  const create = useCreateTenant();
  const selectTenant = useSelectTenant();
  const navigate = useNavigate();
  const form = useForm<CreateTenantValues, unknown, CreateTenantValues>({
    defaultValues: { organizationName: '', slug: '', locale: currentLanguage(), timezone: browserTimeZone() },
    resolver: zodResolver(createTenantSchema),
  });
  const { errors } = form.formState;
  const [slugEdited, setSlugEdited] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    if (create.isPending) return;
    setGeneral(null);
    try {
      const tenant = await create.mutateAsync(values);
      selectTenant(tenant.id);
      void navigate('/');
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { general: showGeneral, unmatched } = applyProblemToForm(error, form, FIELDS, { 409: 'slug' });
      if (showGeneral) setGeneral([error.detail ?? error.title, ...unmatched.map((e) => e.message)].join(' '));
    }
  });

  const organizationName = form.register('organizationName', {
    onChange: (event: { target: HTMLInputElement }) => {
      if (!slugEdited) form.setValue('slug', suggestSlug(event.target.value));
    },
  });
  const slug = form.register('slug', {
    onChange: (event: { target: HTMLInputElement }) => {
      const typed = event.target.value;
      if (typed !== typed.toLowerCase()) form.setValue('slug', typed.toLowerCase());
      setSlugEdited(true);
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('createTenant.title')} data-testid="create-tenant-form">
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('createTenant.failed')}>
            {general}
          </Alert>
        )}
        <TextInput
          {...organizationName}
          label={t('signup.fields.organizationName.label')}
          required
          maxLength={120}
          error={fieldErrorText(errors.organizationName, t)}
        />
        <TextInput
          {...slug}
          label={t('signup.fields.slug.label')}
          description={t('signup.fields.slug.description')}
          required
          maxLength={SLUG_MAX_LENGTH}
          error={fieldErrorText(errors.slug, t)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...form.register('locale')}
            label={t('signup.fields.locale.label')}
            data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            error={fieldErrorText(errors.locale, t)}
          />
          <TextInput
            {...form.register('timezone')}
            label={t('signup.fields.timezone.label')}
            required
            error={fieldErrorText(errors.timezone, t)}
          />
        </SimpleGrid>
        <Button type="submit" loading={create.isPending} data-testid="create-tenant-submit">
          {t('createTenant.submit')}
        </Button>
      </Stack>
    </form>
  );
}

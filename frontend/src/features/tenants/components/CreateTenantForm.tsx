import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSelectTenant } from '@/features/auth';
import { currentLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError, mapProblemToFields } from '@/lib/problem-details';
import { browserTimeZone, isValidTimeZone } from '@/lib/timezones';
import { useCreateTenant } from '../api/invitations';
import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN, suggestSlug } from '../utils/slug';

const FIELDS = ['organizationName', 'slug', 'locale', 'timezone'] as const;
type Field = (typeof FIELDS)[number];

/** A signed-in person creates a further organization and becomes its first admin. */
export function CreateTenantForm() {
  const { t } = useTranslation();
  const create = useCreateTenant();
  const selectTenant = useSelectTenant();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [locale, setLocale] = useState<string>(currentLanguage());
  const [timezone, setTimezone] = useState(browserTimeZone());
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const validate = () => {
    const next: Partial<Record<Field, string>> = {};
    if (name.trim().length < 2 || name.trim().length > 120) next.organizationName = t('createTenant.nameInvalid');
    if (slug.length < SLUG_MIN_LENGTH || slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(slug)) {
      next.slug = t('createTenant.slugInvalid');
    }
    if (!isValidTimeZone(timezone.trim())) next.timezone = t('createTenant.timezoneInvalid');
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || !validate()) return;
    setGeneral(null);
    try {
      const tenant = await create.mutateAsync({
        organizationName: name.trim(),
        slug,
        locale: locale as 'en' | 'de',
        timezone: timezone.trim(),
      });
      selectTenant(tenant.id);
      void navigate('/');
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS, { 409: 'slug' });
      setErrors(fieldErrors);
      if (unmatched.length > 0 || Object.keys(fieldErrors).length === 0) {
        setGeneral([error.detail ?? error.title, ...unmatched.map((e) => e.message)].join(' '));
      }
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('createTenant.title')} data-testid="create-tenant-form">
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('createTenant.failed')}>
            {general}
          </Alert>
        )}
        <TextInput
          label={t('signup.fields.organizationName.label')}
          required
          maxLength={120}
          value={name}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setName(value);
            if (!slugEdited) setSlug(suggestSlug(value));
          }}
          error={errors.organizationName}
          name="organizationName"
        />
        <TextInput
          label={t('signup.fields.slug.label')}
          description={t('signup.fields.slug.description')}
          required
          maxLength={SLUG_MAX_LENGTH}
          value={slug}
          onChange={(e) => {
            setSlug(e.currentTarget.value.toLowerCase());
            setSlugEdited(true);
          }}
          error={errors.slug}
          name="slug"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('signup.fields.locale.label')}
            value={locale}
            data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            onChange={(e) => setLocale(e.currentTarget.value)}
            error={errors.locale}
            name="locale"
          />
          <TextInput
            label={t('signup.fields.timezone.label')}
            required
            value={timezone}
            onChange={(e) => setTimezone(e.currentTarget.value)}
            error={errors.timezone}
            name="timezone"
          />
        </SimpleGrid>
        <Button type="submit" loading={create.isPending} data-testid="create-tenant-submit">
          {t('createTenant.submit')}
        </Button>
      </Stack>
    </form>
  );
}

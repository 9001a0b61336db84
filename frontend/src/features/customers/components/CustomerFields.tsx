import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '@/lib/forms';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n';
import type { CustomerFormValues } from './customer-schema';

/** Name, language and the CRM's id of a customer (and the email when creating one). */
export function CustomerFields({
  form,
  withEmail,
  disabled,
}: {
  form: UseFormReturn<CustomerFormValues, unknown, CustomerFormValues>;
  withEmail: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation('customers');
  const { errors } = form.formState;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {withEmail && (
        <TextInput
          {...form.register('email')}
          type="email"
          label={t('customers.fields.email')}
          required
          autoComplete="off"
          error={fieldErrorText(errors.email, t)}
          data-autofocus
        />
      )}
      <TextInput
        {...form.register('name')}
        label={t('customers.fields.name')}
        maxLength={200}
        autoComplete="off"
        error={fieldErrorText(errors.name, t)}
        disabled={disabled}
      />
      <NativeSelect
        {...form.register('language')}
        label={t('customers.fields.language')}
        description={t('customers.fields.languageHint')}
        data={SUPPORTED_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
        error={fieldErrorText(errors.language, t)}
        disabled={disabled}
      />
      <TextInput
        {...form.register('externalId')}
        label={t('customers.fields.externalId')}
        description={t('customers.fields.externalIdHint')}
        maxLength={100}
        autoComplete="off"
        error={fieldErrorText(errors.externalId, t)}
        disabled={disabled}
      />
    </SimpleGrid>
  );
}

import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '@/lib/forms';
import { type ComplaintFormValues, DESCRIPTION_MAX } from './complaint-schema';

/**
 * Name, email, what happened, and the optional subject and order or reference: the public form's fields, which
 * staff fill in too when recording a complaint for a customer. `who` words the labels for the customer ("your
 * email") or for staff ("the customer's email").
 */
export function ComplaintFields<T extends ComplaintFormValues & FieldValues>({
  form,
  who,
  disabled,
}: {
  form: UseFormReturn<T, unknown, T>;
  who: 'customer' | 'staff';
  disabled?: boolean;
}) {
  const { t } = useTranslation('complaints');
  const { errors } = form.formState;
  // Generic over the staff form's extra fields; these five exist in both.
  const field = (name: keyof ComplaintFormValues) => form.register(name as Path<T>);
  const error = (name: keyof ComplaintFormValues) => fieldErrorText(errors[name] as { message?: string; type?: string } | undefined, t);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          {...field('name')}
          label={t(`complaints.fields.${who}.name`)}
          autoComplete={who === 'customer' ? 'name' : 'off'}
          maxLength={200}
          error={error('name')}
          disabled={disabled}
        />
        <TextInput
          {...field('email')}
          type="email"
          label={t(`complaints.fields.${who}.email`)}
          description={who === 'customer' ? t('complaints.fields.customer.emailHint') : undefined}
          required
          autoComplete={who === 'customer' ? 'email' : 'off'}
          error={error('email')}
          disabled={disabled}
        />
      </SimpleGrid>
      <TextInput
        {...field('subject')}
        label={t('complaints.fields.subject')}
        description={t('complaints.fields.subjectHint')}
        maxLength={200}
        error={error('subject')}
        disabled={disabled}
      />
      <Textarea
        {...field('description')}
        label={t(`complaints.fields.${who}.description`)}
        required
        autosize
        minRows={5}
        maxRows={16}
        maxLength={DESCRIPTION_MAX}
        error={error('description')}
        disabled={disabled}
      />
      <TextInput
        {...field('orderReference')}
        label={t('complaints.fields.orderReference')}
        description={t('complaints.fields.orderReferenceHint')}
        maxLength={100}
        autoComplete="off"
        error={error('orderReference')}
        disabled={disabled}
      />
    </Stack>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AttributeRowsFields } from '@/components/AttributeRowsFields';
import { problemMessage } from '@/components/feedback';
import type { ImportReport, Invitee } from '@/lib/api/types';
import { attributeRowsSchema, toAttributes } from '@/lib/attributes';
import { applyFieldErrorsToForm, fieldErrorText, messageKey } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { rejectedRowsOf } from '@/lib/rejected-rows';
import { useImportInvitations } from '../../api/invitations';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEXT_MAX = 200;
const FIELDS = ['email', 'name', 'language', 'attributes'] as const;

const inviteeSchema = z.object({
  email: z.string().trim().regex(EMAIL, messageKey('validation.email')),
  name: z.string().trim().max(TEXT_MAX, messageKey('validation.maxLength', { max: TEXT_MAX })),
  language: z.enum(['en', 'de']),
  attributes: attributeRowsSchema,
});
type InviteeValues = z.infer<typeof inviteeSchema>;

const EMPTY: InviteeValues = { email: '', name: '', language: 'en', attributes: [] };

export interface InviteCustomerFormProps {
  surveyId: string;
  disabled?: boolean;
  /** A new import starts: the outcome of the previous one no longer applies. */
  onStart?: () => void;
  onDone: (report: ImportReport) => void;
}

/** Invites one customer: email, name, language and attributes (segment, region, plan, ...) for filtering results. */
export function InviteCustomerForm({ surveyId, disabled, onStart, onDone }: InviteCustomerFormProps) {
  const { t } = useTranslation('surveys');
  const importer = useImportInvitations(surveyId);
  const form = useForm<InviteeValues, unknown, InviteeValues>({ defaultValues: EMPTY, resolver: zodResolver(inviteeSchema) });
  const { errors } = form.formState;
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (importer.isPending) return;
      setGeneral(null);
      const invitee: Invitee = {
        email: values.email,
        language: values.language,
        ...(values.name ? { name: values.name } : {}),
        attributes: toAttributes(values.attributes),
      };
      onStart?.();
      try {
        const report = await importer.mutateAsync({ kind: 'invitees', invitees: [invitee] });
        form.reset(EMPTY);
        onDone(report);
      } catch (error) {
        // A rejected row (422) names the field of the one invitee: show it there.
        const rows = rejectedRowsOf(error);
        if (rows) {
          const fieldErrors = rows.map((row) =>
            row.field.startsWith('attributes.')
              ? { field: 'attributes', message: `${row.field.slice('attributes.'.length)}: ${row.message}` }
              : { field: row.field, message: row.message },
          );
          const { unmatched } = applyFieldErrorsToForm(fieldErrors, form, FIELDS);
          if (unmatched.length > 0) setGeneral(unmatched.map((e) => e.message).join(' '));
          return;
        }
        setGeneral(problemMessage(error, t, isProblemError(error) ? error.errors.map((e) => e.message) : []));
      }
    },
    () => setGeneral(null),
  );

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={t('surveys.distribution.inviteOne')}
      data-testid="invite-customer-form"
    >
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('surveys.distribution.inviteFailed')}>
            {general}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            {...form.register('email')}
            type="email"
            label={t('surveys.distribution.fields.email')}
            required
            error={fieldErrorText(errors.email, t)}
            disabled={disabled}
            autoComplete="off"
          />
          <TextInput
            label={t('surveys.distribution.fields.name')}
            {...form.register('name')}
            maxLength={TEXT_MAX}
            error={fieldErrorText(errors.name, t)}
            disabled={disabled}
            autoComplete="off"
          />
          <NativeSelect
            label={t('surveys.distribution.fields.language')}
            {...form.register('language')}
            data={(['en', 'de'] as const).map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            error={fieldErrorText(errors.language, t)}
            disabled={disabled}
          />
        </Group>
        <AttributeRowsFields form={form} hint={t('surveys.distribution.attributesHint')} disabled={disabled} />
        <Group justify="flex-end">
          <Button type="submit" loading={importer.isPending} disabled={disabled} data-testid="invite-customer">
            {t('surveys.distribution.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

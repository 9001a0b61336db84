import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formProblemMessage } from '@/components/feedback';
import type { ComplaintReceipt } from '@/lib/api/types';
import { fieldErrorText } from '@/lib/forms';
import { currentLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { newSubmissionId } from '@/lib/submission-id';
import { activeTouchpoints, useRecordComplaint, useTouchpoints } from '../api/complaints';
import { ComplaintFields } from './ComplaintFields';
import { COMPLAINT_FIELDS, complaintSchema, EMPTY_COMPLAINT, intakeOf } from './complaint-schema';

/** How a customer told staff about a complaint (WEB is the public form's, API the integrations'). */
export const STAFF_CHANNELS = ['PHONE', 'VISIT', 'EMAIL'] as const;

const recordSchema = complaintSchema.extend({
  channel: z.enum(STAFF_CHANNELS),
  language: z.enum(SUPPORTED_LANGUAGES),
  /** '' for none. */
  touchpointId: z.string(),
});
type RecordValues = z.infer<typeof recordSchema>;
const RECORD_FIELDS = ['channel', 'touchpointId', ...COMPLAINT_FIELDS, 'language'] as const;

/**
 * Staff record a complaint a customer made by phone, at a visit or by email, optionally at one of the tenant's
 * touchpoints; the customer is found or created by email. One submission id per dialog, so a retry after a lost
 * answer records one complaint. Mount it only while open.
 */
export function RecordComplaintDialog({ onClose, onRecorded }: { onClose: () => void; onRecorded: (receipt: ComplaintReceipt) => void }) {
  const { t } = useTranslation('complaints');
  const record = useRecordComplaint();
  const touchpoints = activeTouchpoints(useTouchpoints().data);
  const [submissionId] = useState(newSubmissionId);
  const form = useForm<RecordValues, unknown, RecordValues>({
    defaultValues: { ...EMPTY_COMPLAINT, channel: 'PHONE', language: currentLanguage(), touchpointId: '' },
    resolver: zodResolver(recordSchema),
  });
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (record.isPending) return;
      setGeneral(null);
      try {
        onRecorded(
          await record.mutateAsync({
            ...intakeOf(values),
            channel: values.channel,
            language: values.language,
            clientSubmissionId: submissionId,
            ...(values.touchpointId ? { touchpointId: values.touchpointId } : {}),
          }),
        );
      } catch (error) {
        setGeneral(formProblemMessage(error, form, RECORD_FIELDS, t));
      }
    },
    () => setGeneral(null),
  );

  return (
    <Modal opened onClose={onClose} title={t('complaints.record.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={t('complaints.record.title')} data-testid="record-complaint-form">
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('complaints.record.failed')}>
              {general}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.register('channel')}
              label={t('complaints.fields.channel')}
              data={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))}
              error={fieldErrorText(form.formState.errors.channel, t)}
              data-autofocus
            />
            <NativeSelect
              {...form.register('language')}
              label={t('complaints.fields.language')}
              description={t('complaints.fields.languageHint')}
              data={SUPPORTED_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
            />
          </SimpleGrid>
          {touchpoints.length > 0 && (
            <NativeSelect
              {...form.register('touchpointId')}
              label={t('touchpoints.field')}
              description={t('touchpoints.fieldHint')}
              data={[{ value: '', label: t('touchpoints.none') }, ...touchpoints.map((tp) => ({ value: tp.id, label: tp.name }))]}
              error={fieldErrorText(form.formState.errors.touchpointId, t)}
              data-testid="record-touchpoint"
            />
          )}
          <ComplaintFields form={form} who="staff" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="record-complaint-submit">
              {t('complaints.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

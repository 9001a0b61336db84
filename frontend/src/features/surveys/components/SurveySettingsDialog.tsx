import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageLoader, problemMessage } from '@/components/feedback';
import type { SurveySettings } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText, messageKey } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { useSaveSurveySettings, useSurveySettings } from '../api/invitations';

const FIELDS = ['quietPeriodDays', 'reminderAfterDays', 'maxReminders'] as const;
type Field = (typeof FIELDS)[number];
const LIMITS: Record<Field, { min: number; max: number }> = {
  quietPeriodDays: { min: 0, max: 365 },
  reminderAfterDays: { min: 1, max: 60 },
  maxReminders: { min: 0, max: 5 },
};

const wholeNumber = ({ min, max }: { min: number; max: number }) => {
  const message = messageKey('surveys.settings.range', { min, max });
  return z.number(message).int(message).min(min, message).max(max, message);
};
const settingsSchema = z.object({
  quietPeriodDays: wholeNumber(LIMITS.quietPeriodDays),
  reminderAfterDays: wholeNumber(LIMITS.reminderAfterDays),
  maxReminders: wholeNumber(LIMITS.maxReminders),
});

/** The organization's invitation rules: quiet period between surveys for one customer, reminders. */
export function SurveySettingsDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('surveys');
  const settings = useSurveySettings();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('surveys.settings.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {settings.isPending ? (
        <PageLoader label={t('surveys.settings.loading')} />
      ) : settings.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('surveys.settings.loadFailed')}>
          {problemMessage(settings.error, t)}
        </Alert>
      ) : (
        <SettingsForm initial={settings.data} onClose={onClose} onSaved={onSaved} />
      )}
    </Modal>
  );
}

function SettingsForm({
  initial,
  onClose,
  onSaved,
}: {
  initial: SurveySettings;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('surveys');
  const save = useSaveSurveySettings();
  const form = useForm<SurveySettings, unknown, SurveySettings>({ defaultValues: initial, resolver: zodResolver(settingsSchema) });
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      try {
        await save.mutateAsync(values);
        onSaved();
      } catch (error) {
        if (!isProblemError(error)) throw error;
        const { general: showGeneral, unmatched } = applyProblemToForm(error, form, FIELDS);
        if (showGeneral) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
      }
    },
    () => setGeneral(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('surveys.settings.title')}>
      <Stack gap="md">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('surveys.settings.saveFailed')}>
            {general}
          </Alert>
        )}
        {FIELDS.map((field) => (
          <Controller
            key={field}
            control={form.control}
            name={field}
            render={({ field: input, fieldState }) => (
              <NumberInput
                ref={input.ref}
                name={input.name}
                label={t(`surveys.settings.fields.${field}`)}
                description={t(`surveys.settings.hints.${field}`)}
                min={LIMITS[field].min}
                max={LIMITS[field].max}
                allowDecimal={false}
                allowNegative={false}
                value={input.value}
                onChange={(value) => input.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={input.onBlur}
                error={fieldErrorText(fieldState.error, t)}
              />
            )}
          />
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, problemMessage } from '@/components/feedback';
import type { SurveySettings } from '@/lib/api/types';
import { isProblemError, mapProblemToFields } from '@/lib/problem-details';
import { useSaveSurveySettings, useSurveySettings } from '../api/invitations';

const FIELDS = ['quietPeriodDays', 'reminderAfterDays', 'maxReminders'] as const;
type Field = (typeof FIELDS)[number];
const LIMITS: Record<Field, { min: number; max: number }> = {
  quietPeriodDays: { min: 0, max: 365 },
  reminderAfterDays: { min: 1, max: 60 },
  maxReminders: { min: 0, max: 5 },
};

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
  const [values, setValues] = useState<Record<Field, number | string>>({ ...initial });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const next: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const value = values[field];
      const { min, max } = LIMITS[field];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        next[field] = t('surveys.settings.range', { min, max });
      }
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await save.mutateAsync({
        quietPeriodDays: values.quietPeriodDays as number,
        reminderAfterDays: values.reminderAfterDays as number,
        maxReminders: values.maxReminders as number,
      });
      onSaved();
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0 || unmatched.length > 0) {
        setGeneral(
          problemMessage(
            error,
            t,
            unmatched.map((e) => e.message),
          ),
        );
      }
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('surveys.settings.title')}>
      <Stack gap="md">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('surveys.settings.saveFailed')}>
            {general}
          </Alert>
        )}
        {FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t(`surveys.settings.fields.${field}`)}
            description={t(`surveys.settings.hints.${field}`)}
            min={LIMITS[field].min}
            max={LIMITS[field].max}
            allowDecimal={false}
            allowNegative={false}
            value={values[field]}
            onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
            error={errors[field]}
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

import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { fieldErrorText } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { useSavePromiseSettings } from '../api';
import type { PromiseSettings } from '../types';
import { applySettingsProblem, MAX_DAYS, MAX_REMINDERS, requestOf, settingsSchema, type SettingsValues, valuesOf } from './settings-schema';

const toNumber = (value: string | number) => (typeof value === 'number' ? value : value === '' ? Number.NaN : Number(value));

/**
 * The grace period (working days after the due time until an open promise breaks automatically) and the owner's
 * reminders (working days before due; 0 = on the day). Only ADMIN saves; everyone else reads it.
 */
export function PromiseSettingsForm({ settings, editable }: { settings: PromiseSettings; editable: boolean }) {
  const { t } = useTranslation('promiseStats');
  const save = useSavePromiseSettings();
  const form = useForm<SettingsValues, unknown, SettingsValues>({ defaultValues: valuesOf(settings), resolver: zodResolver(settingsSchema) });
  const reminders = useFieldArray({ control: form.control, name: 'reminders' });
  const [result, setResult] = useState<Result | null>(null);
  const { errors } = form.formState;
  const grace = form.watch('graceWorkingDays');

  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        const saved = await save.mutateAsync(requestOf(values));
        form.reset(valuesOf(saved));
        setResult({ kind: 'success', text: t('settings.saved') });
      } catch (error) {
        const unmatched = applySettingsProblem(error, form);
        const fieldsSaidIt = isProblemError(error) && error.errors.length > 0 && unmatched.length === 0;
        if (!fieldsSaidIt) setResult({ kind: 'error', text: problemMessage(error, t, unmatched) });
      }
    },
    () => setResult(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('settings.formLabel')} data-testid="promise-settings-form">
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          <Controller
            control={form.control}
            name="graceWorkingDays"
            render={({ field, fieldState }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                label={t('settings.grace')}
                description={
                  Number.isInteger(grace) && grace >= 0 && grace <= MAX_DAYS
                    ? grace === 0
                      ? t('settings.graceNone')
                      : t('settings.graceHint', { count: grace })
                    : t('settings.graceRange', { max: MAX_DAYS })
                }
                min={0}
                max={MAX_DAYS}
                allowDecimal={false}
                allowNegative={false}
                value={field.value}
                onChange={(value) => field.onChange(toNumber(value))}
                onBlur={field.onBlur}
                error={fieldErrorText(fieldState.error, t)}
                maw={320}
                data-testid="grace-working-days"
              />
            )}
          />
          <Stack gap="xs" role="group" aria-labelledby="reminders-label" data-testid="reminders">
            <Stack gap={2}>
              <Text fw={500} size="sm" id="reminders-label">
                {t('settings.reminders')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('settings.remindersHint', { max: MAX_REMINDERS })}
              </Text>
            </Stack>
            {reminders.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('settings.noReminders')}
              </Text>
            )}
            {reminders.fields.map((item, index) => (
              <Group key={item.id} gap="xs" align="flex-start" wrap="nowrap">
                <Controller
                  control={form.control}
                  name={`reminders.${index}.days`}
                  render={({ field, fieldState }) => (
                    <NumberInput
                      ref={field.ref}
                      name={field.name}
                      label={t('settings.reminder', { number: index + 1 })}
                      description={field.value === 0 ? t('settings.onTheDay') : t('settings.daysBefore', { count: Number.isInteger(field.value) ? field.value : 0 })}
                      min={0}
                      max={MAX_DAYS}
                      allowDecimal={false}
                      allowNegative={false}
                      value={field.value}
                      onChange={(value) => field.onChange(toNumber(value))}
                      onBlur={field.onBlur}
                      error={fieldErrorText(fieldState.error, t)}
                      w={260}
                    />
                  )}
                />
                {editable && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    size="lg"
                    aria-label={t('settings.removeReminder', { number: index + 1 })}
                    onClick={() => reminders.remove(index)}
                  >
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                    </svg>
                  </ActionIcon>
                )}
              </Group>
            ))}
            {errors.reminders?.message && (
              <Text size="sm" c="red" role="alert">
                {fieldErrorText(errors.reminders, t)}
              </Text>
            )}
            {editable && (
              <div>
                <Button
                  variant="light"
                  size="xs"
                  disabled={reminders.fields.length >= MAX_REMINDERS}
                  onClick={() => reminders.append({ days: 0 })}
                  data-testid="add-reminder"
                >
                  {t('settings.addReminder')}
                </Button>
              </div>
            )}
          </Stack>
          {result?.kind === 'error' ? (
            <Alert color="red" variant="light" role="alert" title={t('settings.saveFailed')}>
              {result.text}
            </Alert>
          ) : (
            <ResultMessage result={result} onClose={() => setResult(null)} />
          )}
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="promise-settings-save">
                {t('settings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, type FieldErrors, type Path, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import type { TenantSettings } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText, messageKey, SERVER_ERROR } from '@/lib/forms';
import { isLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { availableTimeZones, isValidTimeZone } from '@/lib/timezones';
import { useUpdateSettings } from '../api/settings';
import {
  hasWeekErrors,
  mapBusinessHoursErrors,
  toBusinessHours,
  toWeekHours,
  validateWeekHours,
  WEEKDAYS,
  type WeekErrors,
  type WeekHours,
} from '../utils/business-hours';
import { BusinessHoursEditor } from './BusinessHoursEditor';

const FIELDS = ['name', 'locale', 'timezone'] as const;

const settingsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, messageKey('validation.required'))
    .min(2, messageKey('settings.validation.nameLength'))
    .max(120, messageKey('settings.validation.nameLength')),
  locale: z.enum(SUPPORTED_LANGUAGES),
  timezone: z.string().min(1, messageKey('validation.required')).refine(isValidTimeZone, messageKey('settings.validation.timezone')),
  week: z.custom<WeekHours>().superRefine((week, context) => {
    for (const [day, dayErrors] of Object.entries(validateWeekHours(week))) {
      for (const slot of ['opens', 'closes'] as const) {
        const key = dayErrors[slot];
        if (key) context.addIssue({ code: 'custom', path: [day, slot], message: messageKey(`settings.hours.validation.${key}`) });
      }
    }
  }),
});
type SettingsValues = z.infer<typeof settingsSchema>;

function formValues(settings: TenantSettings): SettingsValues {
  return {
    name: settings.name,
    locale: isLanguage(settings.locale) ? settings.locale : 'en',
    timezone: settings.timezone,
    week: toWeekHours(settings.businessHours),
  };
}

/** The first invalid time input, in the editor's order (day by day, opening before closing). */
function firstInvalidHours(errors: FieldErrors<SettingsValues>['week'] | undefined): string | undefined {
  const byDay = errors as Partial<Record<string, { opens?: unknown; closes?: unknown }>> | undefined;
  for (const day of WEEKDAYS) {
    for (const slot of ['opens', 'closes'] as const) if (byDay?.[day]?.[slot]) return `${day}.${slot}`;
  }
  return undefined;
}

/** The organization's name, language, time zone and business hours. */
export function SettingsForm({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  const form = useForm<SettingsValues, unknown, SettingsValues>({
    defaultValues: formValues(settings),
    resolver: zodResolver(settingsSchema),
  });
  const { errors } = form.formState;
  const [result, setResult] = useState<Result | null>(null);
  const timeZones = useMemo(() => availableTimeZones(settings.timezone), [settings.timezone]);

  const hoursErrorTexts: WeekErrors<string> = {};
  for (const day of WEEKDAYS) {
    const dayErrors = errors.week?.[day];
    if (dayErrors) hoursErrorTexts[day] = { opens: fieldErrorText(dayErrors.opens, t), closes: fieldErrorText(dayErrors.closes, t) };
  }

  const onSubmit = form.handleSubmit(
    async ({ week, ...values }) => {
      if (update.isPending) return;
      setResult(null);
      const businessHours = toBusinessHours(week);
      try {
        const saved = await update.mutateAsync({ ...values, businessHours });
        form.reset(formValues(saved));
        setResult({ kind: 'success', text: t('settings.saved') });
      } catch (error) {
        if (!isProblemError(error)) throw error;
        const applied = applyProblemToForm(error, form, FIELDS);
        const { byDay, unmatched } = mapBusinessHoursErrors(applied.unmatched, businessHours);
        for (const [day, dayErrors] of Object.entries(byDay)) {
          for (const slot of ['opens', 'closes'] as const) {
            const message = dayErrors[slot];
            if (message) form.setError(`week.${day}.${slot}` as Path<SettingsValues>, { type: SERVER_ERROR, message });
          }
        }
        const placed = applied.invalid.length > 0 || hasWeekErrors(byDay);
        if (!placed || unmatched.length > 0) {
          setResult({ kind: 'error', text: problemMessage(error, t, unmatched.map((e) => e.message)) });
        }
        if (applied.invalid.length === 0 && hasWeekErrors(byDay)) form.setFocus('week');
      }
    },
    () => setResult(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('settings.formLabel')}>
      <Stack gap="lg">
        <ResultMessage result={result} onClose={() => setResult(null)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.register('name')}
            label={t('settings.fields.name')}
            required
            maxLength={120}
            error={fieldErrorText(errors.name, t)}
          />
          <TextInput label={t('settings.fields.slug')} value={settings.slug} readOnly variant="filled" description={t('settings.fields.slugHint')} />
          <NativeSelect
            {...form.register('locale')}
            label={t('settings.fields.locale')}
            description={t('settings.fields.localeHint')}
            required
            data={SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            error={fieldErrorText(errors.locale, t)}
          />
          <TimeZoneSelect
            control={form.control}
            name="timezone"
            data={timeZones}
            label={t('settings.fields.timezone')}
            description={t('settings.fields.timezoneHint')}
            error={fieldErrorText(errors.timezone, t)}
          />
        </SimpleGrid>

        <Controller
          control={form.control}
          name="week"
          render={({ field }) => (
            // Focusing the hours focuses their first invalid time.
            <div
              ref={(element) =>
                field.ref({
                  focus: () => {
                    const first = firstInvalidHours(form.getFieldState('week').error as FieldErrors<SettingsValues>['week']);
                    if (first) element?.querySelector<HTMLElement>(`[data-hours="${first}"]`)?.focus();
                  },
                })
              }
            >
              <BusinessHoursEditor
                value={field.value}
                errors={hoursErrorTexts}
                onChange={(day, patch) => field.onChange({ ...field.value, [day]: { ...field.value[day], ...patch } })}
              />
            </div>
          )}
        />

        <Group justify="space-between" align="center">
          <Text size="xs" c="dimmed">
            {t('settings.createdAt', { date: new Date(settings.createdAt).toLocaleDateString() })}
          </Text>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
        {update.isError && !isProblemError(update.error) && (
          <Alert color="red" role="alert">
            {problemMessage(update.error, t)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SwitchField } from '@/components/SwitchField';
import { ErrorState, formProblemMessage, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import type { FollowUpSettings, Survey } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { useFollowUpSettings, useFollowUpSurveys, useSaveFollowUpSettings } from '../api/follow-up';
import { formatMinutes } from '../utils/duration';
import { DurationInput } from './DurationInput';

/** 30 days: the longest delay the API accepts. */
export const MAX_DELAY_MINUTES = 30 * 24 * 60;
const delayMessage = messageKey('followUpSettings.delayRange', { max: MAX_DELAY_MINUTES / 60 });
const settingsSchema = z.object({
  followUpEnabled: z.boolean(),
  followUpDelayMinutes: z.number(delayMessage).int(delayMessage).min(0, delayMessage).max(MAX_DELAY_MINUTES, delayMessage),
  /** '' is the default short CSAT survey. */
  followUpSurveyId: z.string(),
});
type SettingsValues = z.infer<typeof settingsSchema>;
const FIELDS = ['followUpEnabled', 'followUpDelayMinutes', 'followUpSurveyId'] as const;

const valuesOf = (settings: FollowUpSettings): SettingsValues => ({
  followUpEnabled: settings.followUpEnabled,
  followUpDelayMinutes: settings.followUpDelayMinutes,
  followUpSurveyId: settings.followUpSurveyId ?? '',
});

/**
 * The follow-up survey a customer gets after their complaint is resolved (ADMIN, MANAGER): on or off, how long after
 * the resolution, and which survey (the default short CSAT survey, or one of the tenant's published customer surveys).
 */
export function FollowUpSettingsForm() {
  const { t } = useTranslation('complaints');
  const settings = useFollowUpSettings();
  // The survey select is uncontrolled: it gets its options before the form sets its value.
  const surveys = useFollowUpSurveys();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-up-title" data-testid="follow-up-settings">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="follow-up-title">
            {t('followUpSettings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('followUpSettings.lead')}
          </Text>
        </Stack>
        {settings.isPending || surveys.isPending ? (
          <PageLoader label={t('common.loading')} />
        ) : settings.isError ? (
          <ErrorState error={settings.error} title={t('followUpSettings.loadFailed')} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
        ) : (
          <SettingsForm settings={settings.data} surveys={surveys.isError ? null : surveys.data.items} />
        )}
      </Stack>
    </Paper>
  );
}

/** `surveys` is null when they could not be loaded: then only the default survey (and the saved one) is offered. */
function SettingsForm({ settings, surveys }: { settings: FollowUpSettings; surveys: readonly Survey[] | null }) {
  const { t, i18n } = useTranslation('complaints');
  const save = useSaveFollowUpSettings();
  const form = useForm<SettingsValues, unknown, SettingsValues>({
    defaultValues: valuesOf(settings),
    resolver: zodResolver(settingsSchema),
  });
  const [result, setResult] = useState<Result | null>(null);
  const { errors } = form.formState;
  const delay = form.watch('followUpDelayMinutes');

  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        const saved = await save.mutateAsync({ ...values, followUpSurveyId: values.followUpSurveyId || null });
        form.reset(valuesOf(saved));
        setResult({ kind: 'success', text: t('followUpSettings.saved') });
      } catch (error) {
        const text = formProblemMessage(error, form, FIELDS, t);
        if (text) setResult({ kind: 'error', text });
      }
    },
    () => setResult(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('followUpSettings.title')} data-testid="follow-up-form">
      <Stack gap="md">
        <SwitchField
          control={form.control}
          name="followUpEnabled"
          label={t('followUpSettings.enabled')}
          description={t('followUpSettings.enabledHint')}
        />
        <Controller
          control={form.control}
          name="followUpDelayMinutes"
          render={({ field }) => (
            <DurationInput
              ref={field.ref}
              label={t('followUpSettings.delay')}
              description={
                Number.isInteger(delay) && delay >= 0
                  ? delay === 0
                    ? t('followUpSettings.delayNow')
                    : t('followUpSettings.delayHint', { duration: formatMinutes(delay, t, i18n.language) })
                  : undefined
              }
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldErrorText(errors.followUpDelayMinutes, t)}
              maxHours={MAX_DELAY_MINUTES / 60}
            />
          )}
        />
        <NativeSelect
          {...form.register('followUpSurveyId')}
          label={t('followUpSettings.survey')}
          description={surveys ? t('followUpSettings.surveyHint') : t('followUpSettings.surveysFailed')}
          data={surveyOptions(surveys ?? [], settings.followUpSurveyId, {
            defaultSurvey: t('followUpSettings.defaultSurvey'),
            unpublished: t('followUpSettings.unpublishedSurvey'),
          })}
          error={fieldErrorText(errors.followUpSurveyId, t)}
        />
        {result?.kind === 'error' ? (
          <Alert color="red" variant="light" role="alert" title={t('followUpSettings.saveFailed')}>
            {result.text}
          </Alert>
        ) : (
          <ResultMessage result={result} onClose={() => setResult(null)} />
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The default survey first, then the published customer surveys by name; the saved survey stays offered when it is
 * no longer published (so saving other changes doesn't silently switch it).
 */
function surveyOptions(surveys: readonly Survey[], saved: string | null | undefined, labels: { defaultSurvey: string; unpublished: string }) {
  const published = [...surveys].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name }));
  const keep = saved && !published.some((option) => option.value === saved) ? [{ value: saved, label: labels.unpublished }] : [];
  return [{ value: '', label: labels.defaultSurvey }, ...published, ...keep];
}

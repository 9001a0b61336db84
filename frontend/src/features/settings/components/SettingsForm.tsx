import { Alert, Button, Group, NativeSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, type Result, ResultMessage } from '@/components/feedback';
import type { TenantSettings } from '@/lib/api/types';
import { isLanguage, type Language, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { availableTimeZones, isValidTimeZone } from '@/lib/timezones';
import { useUpdateSettings } from '../api/settings';
import {
  type DayHours,
  hasWeekErrors,
  type HoursErrorKey,
  mapBusinessHoursErrors,
  toBusinessHours,
  toWeekHours,
  validateWeekHours,
  type WeekErrors,
  type WeekHours,
} from '../utils/business-hours';
import { BusinessHoursEditor } from './BusinessHoursEditor';

type Field = 'name' | 'locale' | 'timezone';
const FIELDS: readonly Field[] = ['name', 'locale', 'timezone'];
type ErrorText = { key: 'required' | 'nameLength' | 'timezone' } | { hoursKey: HoursErrorKey } | { message: string };

/** The organization's name, language, time zone and business hours. */
export function SettingsForm({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const formRef = useRef<HTMLFormElement>(null);

  const [name, setName] = useState(settings.name);
  const [locale, setLocale] = useState<Language>(isLanguage(settings.locale) ? settings.locale : 'en');
  const [timezone, setTimezone] = useState(settings.timezone);
  const [week, setWeek] = useState<WeekHours>(() => toWeekHours(settings.businessHours));
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorText>>>({});
  const [hoursErrors, setHoursErrors] = useState<WeekErrors<ErrorText>>({});
  const [result, setResult] = useState<Result | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const timeZones = useMemo(() => availableTimeZones(settings.timezone), [settings.timezone]);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const text = (error: ErrorText | undefined): string | undefined => {
    if (!error) return undefined;
    if ('message' in error) return error.message;
    if ('hoursKey' in error) return t(`settings.hours.validation.${error.hoursKey}`);
    switch (error.key) {
      case 'required':
        return t('validation.required');
      case 'nameLength':
        return t('settings.validation.nameLength');
      case 'timezone':
        return t('settings.validation.timezone');
    }
  };

  const hoursErrorTexts: WeekErrors<string> = {};
  for (const [day, dayErrors] of Object.entries(hoursErrors) as [keyof WeekHours, { opens?: ErrorText; closes?: ErrorText }][]) {
    hoursErrorTexts[day] = { opens: text(dayErrors.opens), closes: text(dayErrors.closes) };
  }

  const clearFieldError = (field: Field) =>
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });

  const onDayChange = (day: keyof WeekHours, patch: Partial<DayHours>) => {
    setWeek((current) => ({ ...current, [day]: { ...current[day], ...patch } }));
    setHoursErrors((current) => {
      if (!current[day]) return current;
      const next = { ...current };
      delete next[day];
      return next;
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setResult(null);

    const trimmedName = name.trim();
    const fieldErrors: Partial<Record<Field, ErrorText>> = {};
    if (!trimmedName) fieldErrors.name = { key: 'required' };
    else if (trimmedName.length < 2 || trimmedName.length > 120) fieldErrors.name = { key: 'nameLength' };
    if (!timezone) fieldErrors.timezone = { key: 'required' };
    else if (!isValidTimeZone(timezone)) fieldErrors.timezone = { key: 'timezone' };
    const weekErrors = validateWeekHours(week);
    const keyedWeekErrors: WeekErrors<ErrorText> = {};
    for (const [day, dayErrors] of Object.entries(weekErrors) as [keyof WeekHours, { opens?: HoursErrorKey; closes?: HoursErrorKey }][]) {
      keyedWeekErrors[day] = {
        opens: dayErrors.opens ? { hoursKey: dayErrors.opens } : undefined,
        closes: dayErrors.closes ? { hoursKey: dayErrors.closes } : undefined,
      };
    }
    setErrors(fieldErrors);
    setHoursErrors(keyedWeekErrors);
    if (Object.keys(fieldErrors).length > 0 || hasWeekErrors(weekErrors)) {
      setFocusRequest((n) => n + 1);
      return;
    }

    const businessHours = toBusinessHours(week);
    try {
      const saved = await update.mutateAsync({ name: trimmedName, locale, timezone, businessHours });
      setName(saved.name);
      setLocale(isLanguage(saved.locale) ? saved.locale : locale);
      setTimezone(saved.timezone);
      setWeek(toWeekHours(saved.businessHours));
      setResult({ kind: 'success', text: t('settings.saved') });
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const serverFieldErrors: Partial<Record<Field, ErrorText>> = {};
      const rest = error.errors.filter((e) => {
        const field = FIELDS.find((f) => e.field === f || e.field.endsWith(`.${f}`));
        if (!field) return true;
        serverFieldErrors[field] ??= { message: e.message };
        return false;
      });
      const { byDay, unmatched } = mapBusinessHoursErrors(rest, businessHours);
      const serverHoursErrors: WeekErrors<ErrorText> = {};
      for (const [day, dayErrors] of Object.entries(byDay) as [keyof WeekHours, { opens?: string; closes?: string }][]) {
        serverHoursErrors[day] = {
          opens: dayErrors.opens ? { message: dayErrors.opens } : undefined,
          closes: dayErrors.closes ? { message: dayErrors.closes } : undefined,
        };
      }
      setErrors(serverFieldErrors);
      setHoursErrors(serverHoursErrors);
      const placed = Object.keys(serverFieldErrors).length > 0 || hasWeekErrors(byDay);
      if (!placed || unmatched.length > 0) {
        setResult({ kind: 'error', text: problemMessage(error, t, unmatched.map((e) => e.message)) });
      }
      if (placed) setFocusRequest((n) => n + 1);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} ref={formRef} aria-label={t('settings.formLabel')}>
      <Stack gap="lg">
        <ResultMessage result={result} onClose={() => setResult(null)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('settings.fields.name')}
            required
            maxLength={120}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              clearFieldError('name');
            }}
            error={text(errors.name)}
          />
          <TextInput label={t('settings.fields.slug')} value={settings.slug} readOnly variant="filled" description={t('settings.fields.slugHint')} />
          <NativeSelect
            label={t('settings.fields.locale')}
            description={t('settings.fields.localeHint')}
            required
            value={locale}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isLanguage(value)) setLocale(value);
              clearFieldError('locale');
            }}
            data={SUPPORTED_LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            error={text(errors.locale)}
          />
          <Select
            label={t('settings.fields.timezone')}
            description={t('settings.fields.timezoneHint')}
            required
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('signup.fields.timezone.nothingFound')}
            data={timeZones}
            value={timezone || null}
            onChange={(value) => {
              setTimezone(value ?? '');
              clearFieldError('timezone');
            }}
            error={text(errors.timezone)}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>

        <BusinessHoursEditor value={week} errors={hoursErrorTexts} onChange={onDayChange} />

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

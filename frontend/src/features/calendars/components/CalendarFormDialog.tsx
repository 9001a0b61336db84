import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { type Control, type FieldErrors, type UseFormGetValues, type UseFormRegister, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import type { Calendar, DayOfWeek } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText, SERVER_ERROR } from '@/lib/forms';
import { isProblemError, ProblemError } from '@/lib/problem-details';
import { availableTimeZones, browserTimeZone } from '@/lib/timezones';
import { useCreateCalendar, useUpdateCalendar } from '../api/calendars';
import {
  type CalendarFormValues,
  calendarSchema,
  formFieldOf,
  MIDNIGHT,
  NAME_MAX,
  SLOTS_PER_DAY_MAX,
  toFormValues,
  toRequest,
  WEEKDAYS,
} from './calendar-schema';

const FIELDS = ['name', 'zone'] as const;

export interface CalendarFormDialogProps {
  /** The calendar to edit; none creates one. */
  calendar?: Calendar;
  onClose: () => void;
  onSaved: (calendar: Calendar) => void;
}

/** Create or edit a calendar: zone, working slots per weekday (or around the clock), holidays, default. */
export function CalendarFormDialog({ calendar, onClose, onSaved }: CalendarFormDialogProps) {
  const { t } = useTranslation('calendars');
  const create = useCreateCalendar();
  const update = useUpdateCalendar();
  const pending = create.isPending || update.isPending;
  const zones = useMemo(() => availableTimeZones(calendar?.zone ?? ''), [calendar?.zone]);

  const form = useForm<CalendarFormValues, unknown, CalendarFormValues>({
    defaultValues: toFormValues(calendar, browserTimeZone()),
    resolver: zodResolver(calendarSchema),
  });
  const { errors } = form.formState;
  const holidays = useFieldArray({ control: form.control, name: 'holidays' });
  const aroundTheClock = form.watch('aroundTheClock');
  const [general, setGeneral] = useState<string | null>(null);

  const showProblem = (error: ProblemError) => {
    // Slots and holidays carry indexed names ("slots[MONDAY][1]"); name and zone go through the shared mapping.
    const nested = error.errors.filter((e) => formFieldOf(e) !== undefined);
    const rest = new ProblemError({ ...error.problem, status: error.status, errors: error.errors.filter((e) => !nested.includes(e)) });
    const { invalid, unmatched } = applyProblemToForm(rest, form, FIELDS);
    nested.forEach((e) => form.setError(formFieldOf(e) as 'name', { type: SERVER_ERROR, message: e.message }));
    const first = nested[0];
    if (invalid.length === 0 && first) form.setFocus(formFieldOf(first) as 'name');
    if (unmatched.length > 0 || (invalid.length === 0 && nested.length === 0)) {
      setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
    }
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (pending) return;
      setGeneral(null);
      // The server sorts holidays and names them by their index in the sorted list: show them in that order too.
      const request = toRequest(values);
      form.setValue('holidays', request.holidays?.map((h) => ({ date: h.date, name: h.name ?? '' })) ?? []);
      try {
        const saved = calendar
          ? await update.mutateAsync({ id: calendar.id, request })
          : await create.mutateAsync(request);
        onSaved(saved);
      } catch (error) {
        if (!isProblemError(error)) throw error;
        showProblem(error);
      }
    },
    () => setGeneral(null),
  );

  const title = calendar ? t('calendars.editTitle', { name: calendar.name }) : t('calendars.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title} data-testid="calendar-form">
        <Stack gap="md">
          <div aria-live="polite">
            {general && (
              <Alert color="red" variant="light" role="alert" title={t('calendars.saveFailed')}>
                {general}
              </Alert>
            )}
          </div>
          <TextInput
            label={t('calendars.fields.name')}
            required
            maxLength={NAME_MAX}
            {...form.register('name')}
            error={fieldErrorText(errors.name, t)}
            data-autofocus
          />
          <TimeZoneSelect
            control={form.control}
            name="zone"
            data={zones}
            label={t('calendars.fields.zone')}
            description={t('calendars.fields.zoneHint')}
            error={fieldErrorText(errors.zone, t)}
          />
          <Switch
            label={t('calendars.fields.aroundTheClock')}
            description={t('calendars.fields.aroundTheClockHint')}
            {...form.register('aroundTheClock')}
            error={fieldErrorText(errors.aroundTheClock, t)}
          />
          <Fieldset legend={t('calendars.fields.hours')} variant="unstyled">
            <Text size="sm" c="dimmed" mb="sm" data-testid="calendar-hours-hint">
              {aroundTheClock ? t('calendars.fields.hoursKept') : t('calendars.fields.hoursHint')}
            </Text>
            <Stack gap="sm">
              {WEEKDAYS.map((day) => (
                <DaySlots
                  key={day}
                  day={day}
                  control={form.control}
                  register={form.register}
                  getValues={form.getValues}
                  errors={errors}
                />
              ))}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('calendars.fields.holidays')} variant="unstyled">
            <Stack gap="xs">
              {holidays.fields.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('calendars.noHolidays')}
                </Text>
              )}
              {holidays.fields.map((field, index) => (
                <Group key={field.id} align="flex-start" gap="xs" data-testid={`holiday-${index}`}>
                  <TextInput
                    type="date"
                    aria-label={t('calendars.holidayDate', { n: index + 1 })}
                    required
                    {...form.register(`holidays.${index}.date`)}
                    error={fieldErrorText(errors.holidays?.[index]?.date, t)}
                  />
                  <TextInput
                    aria-label={t('calendars.holidayName', { n: index + 1 })}
                    placeholder={t('calendars.holidayNamePlaceholder')}
                    maxLength={NAME_MAX}
                    {...form.register(`holidays.${index}.name`)}
                    error={fieldErrorText(errors.holidays?.[index]?.name, t)}
                    style={{ flex: 1 }}
                  />
                  <Button variant="subtle" color="red" onClick={() => holidays.remove(index)}>
                    {t('calendars.removeHoliday', { n: index + 1 })}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button variant="light" onClick={() => holidays.append({ date: '', name: '' }, { shouldFocus: true })}>
                  {t('calendars.addHoliday')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Checkbox
            label={t('calendars.fields.defaultCalendar')}
            description={t('calendars.fields.defaultCalendarHint')}
            {...form.register('defaultCalendar')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="calendar-submit">
              {calendar ? t('common.save') : t('calendars.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface DaySlotsProps {
  day: DayOfWeek;
  control: Control<CalendarFormValues>;
  register: UseFormRegister<CalendarFormValues>;
  getValues: UseFormGetValues<CalendarFormValues>;
  errors: FieldErrors<CalendarFormValues>;
}

/** One weekday's working slots: start and end times, added and removed; none means closed. */
function DaySlots({ day, control, register, getValues, errors }: DaySlotsProps) {
  const { t } = useTranslation('calendars');
  const slots = useFieldArray({ control, name: `days.${day}` });
  const dayName = t(`calendars.weekdays.${day}`);
  const addSlot = () => {
    const last = getValues(`days.${day}`).at(-1);
    // A further slot starts where the last one ends and runs to midnight until changed.
    slots.append(last ? { start: last.end, end: MIDNIGHT } : { start: '09:00', end: '17:00' }, { shouldFocus: true });
  };
  return (
    <div role="group" aria-label={dayName} data-testid={`day-${day}`}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Text fw={600} w={110} pt={6}>
          {dayName}
        </Text>
        <Stack gap={6} style={{ flex: 1 }}>
          {slots.fields.length === 0 && (
            <Text size="sm" c="dimmed" pt={6}>
              {t('calendars.closed')}
            </Text>
          )}
          {slots.fields.map((field, index) => {
            const slotErrors = errors.days?.[day]?.[index];
            return (
              <Group key={field.id} align="flex-start" gap="xs">
                <TextInput
                  type="time"
                  aria-label={t('calendars.slotStart', { day: dayName, n: index + 1 })}
                  required
                  {...register(`days.${day}.${index}.start`)}
                  error={fieldErrorText(slotErrors?.start, t)}
                  w={150}
                />
                <Text pt={6} aria-hidden>
                  –
                </Text>
                <TextInput
                  type="time"
                  aria-label={t('calendars.slotEnd', { day: dayName, n: index + 1 })}
                  required
                  {...register(`days.${day}.${index}.end`)}
                  error={fieldErrorText(slotErrors?.end, t)}
                  w={150}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('calendars.removeSlot', { day: dayName, n: index + 1 })}
                  onClick={() => slots.remove(index)}
                >
                  ×
                </ActionIcon>
              </Group>
            );
          })}
          {slots.fields.length < SLOTS_PER_DAY_MAX && (
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={addSlot} aria-label={t('calendars.addSlotOn', { day: dayName })}>
                {t('calendars.addSlot')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
    </div>
  );
}

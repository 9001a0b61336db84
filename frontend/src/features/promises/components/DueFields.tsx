import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '@/lib/forms';
import { type DueValues, WORKING_DAYS_MAX } from './due-schema';

/** The due time: a day and optional time, or "within N working days" (the choice is a segmented control). */
export function DueFields<T extends DueValues & FieldValues>({ form }: { form: UseFormReturn<T, unknown, T> }) {
  const { t } = useTranslation('promises');
  const { errors } = form.formState;
  const name = (field: keyof DueValues) => field as Path<T>;
  const error = (field: keyof DueValues) => fieldErrorText(errors[field] as { message?: string; type?: string } | undefined, t);
  const mode = form.watch(name('dueMode')) as DueValues['dueMode'];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="due-mode-label">
        {t('promises.form.due')}
      </Text>
      <Controller
        control={form.control}
        name={name('dueMode')}
        render={({ field }) => (
          <SegmentedControl
            aria-labelledby="due-mode-label"
            value={field.value as string}
            onChange={field.onChange}
            data={[
              { value: 'date', label: t('promises.form.dueOnDate') },
              { value: 'days', label: t('promises.form.dueWithinDays') },
            ]}
            data-testid="due-mode"
          />
        )}
      />
      {mode === 'date' ? (
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            {...form.register(name('dueDate'))}
            type="date"
            label={t('promises.form.dueDate')}
            required
            error={error('dueDate')}
            data-testid="due-date"
          />
          <TextInput
            {...form.register(name('dueTime'))}
            type="time"
            label={t('promises.form.dueTime')}
            description={t('promises.form.dueTimeHint')}
            error={error('dueTime')}
            data-testid="due-time"
          />
        </Group>
      ) : (
        <TextInput
          {...form.register(name('withinWorkingDays'))}
          type="number"
          min={0}
          max={WORKING_DAYS_MAX}
          label={t('promises.form.workingDays')}
          description={t('promises.form.workingDaysHint')}
          required
          w={{ base: '100%', sm: 280 }}
          error={error('withinWorkingDays')}
          data-testid="due-days"
        />
      )}
    </Stack>
  );
}

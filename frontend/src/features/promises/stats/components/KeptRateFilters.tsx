import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { ISO_DAY, PERIOD_KINDS, type Period } from '../utils/period';

const filterSchema = z
  .object({ kind: z.enum(PERIOD_KINDS), quarter: z.string(), from: z.string(), to: z.string(), unitId: z.string() })
  .superRefine((values, ctx) => {
    if (values.kind !== 'custom') return;
    for (const field of ['from', 'to'] as const) {
      if (!ISO_DAY.test(values[field])) ctx.addIssue({ code: 'custom', path: [field], message: messageKey('filters.dateRequired') });
    }
    if (ISO_DAY.test(values.from) && ISO_DAY.test(values.to) && values.to < values.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: messageKey('filters.toBeforeFrom') });
    }
  });
export type KeptRateFilterValues = z.infer<typeof filterSchema>;

export interface KeptRateFiltersProps {
  applied: Period & { unitId: string };
  /** The quarters to offer, newest first ("2026-Q4"). */
  quarters: readonly string[];
  /** Units to filter by, in tree order with their paths as labels. */
  unitOptions: readonly { value: string; label: string }[];
  onApply: (values: Period & { unitId: string }) => void;
}

/** The period (the last 12 months, a quarter, or from/to) and the unit of the promise statistics; applied on submit. */
export function KeptRateFilters({ applied, quarters, unitOptions, onApply }: KeptRateFiltersProps) {
  const { t } = useTranslation('promiseStats');
  const form = useForm<KeptRateFilterValues, unknown, KeptRateFilterValues>({ values: applied, resolver: zodResolver(filterSchema) });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const quarterOptions = quarters.includes(applied.quarter) || !applied.quarter ? quarters : [applied.quarter, ...quarters];

  return (
    <Paper withBorder radius="md" p="sm" mb="lg">
      <form noValidate onSubmit={form.handleSubmit(onApply)} aria-label={t('filters.label')} data-testid="kept-rate-filters">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            {...form.register('kind')}
            label={t('filters.period')}
            data={PERIOD_KINDS.map((value) => ({ value, label: t(`filters.periods.${value}`) }))}
          />
          {kind === 'quarter' && (
            <NativeSelect
              {...form.register('quarter')}
              label={t('filters.quarter')}
              data={quarterOptions.map((value) => ({ value, label: value.replace('-', ' ') }))}
            />
          )}
          {kind === 'custom' && (
            <>
              <TextInput {...form.register('from')} type="date" label={t('filters.from')} error={fieldErrorText(errors.from, t)} />
              <TextInput {...form.register('to')} type="date" label={t('filters.to')} error={fieldErrorText(errors.to, t)} />
            </>
          )}
          <NativeSelect
            {...form.register('unitId')}
            label={t('filters.unit')}
            data={[{ value: '', label: t('filters.allUnits') }, ...unitOptions]}
          />
          <Button type="submit" mt={24} data-testid="kept-rate-apply">
            {t('filters.apply')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

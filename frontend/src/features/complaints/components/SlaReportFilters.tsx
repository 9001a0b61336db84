import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SlaReportGroup } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';

export const REPORT_GROUPS: readonly SlaReportGroup[] = ['unit', 'assignee', 'category', 'priority', 'month'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.string().regex(ISO_DAY, messageKey('slaReport.dateRequired'));
const filterSchema = z
  .object({ from: day, to: day, groupBy: z.enum(REPORT_GROUPS) })
  .refine((values) => values.to >= values.from, { message: messageKey('slaReport.toBeforeFrom'), path: ['to'] });
export type ReportFilterValues = z.infer<typeof filterSchema>;

/** The report's period (first and last day, inclusive) and grouping; applied on submit. */
export function SlaReportFilters({ applied, onApply }: { applied: ReportFilterValues; onApply: (values: ReportFilterValues) => void }) {
  const { t } = useTranslation('complaints');
  const form = useForm<ReportFilterValues, unknown, ReportFilterValues>({ values: applied, resolver: zodResolver(filterSchema) });
  const { errors } = form.formState;
  return (
    <Paper withBorder radius="md" p="sm" mb="lg">
      <form noValidate onSubmit={form.handleSubmit(onApply)} aria-label={t('slaReport.filters')} data-testid="sla-report-filters">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput {...form.register('from')} type="date" label={t('slaReport.from')} error={fieldErrorText(errors.from, t)} />
          <TextInput {...form.register('to')} type="date" label={t('slaReport.to')} error={fieldErrorText(errors.to, t)} />
          <NativeSelect
            {...form.register('groupBy')}
            label={t('slaReport.groupBy')}
            data={REPORT_GROUPS.map((group) => ({ value: group, label: t(`slaReport.groups.${group}`) }))}
          />
          <Button type="submit" mt={24} data-testid="sla-report-apply">
            {t('slaReport.apply')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaClockKind, SlaReportRow } from '@/lib/api/types';
import type { ReportGroupLabel } from '../hooks/useSlaReportGroups';
import { formatMinutes } from '../utils/duration';

export interface SlaReportTableProps {
  clock: SlaClockKind;
  /** The report's rows of this clock kind. */
  rows: readonly SlaReportRow[];
  /** The groups in display order, with their names. */
  groups: readonly ReportGroupLabel[];
  /** The grouping's column heading (Unit, Assignee, …). */
  groupHeading: string;
}

/**
 * One clock kind of the SLA report: per group the clocks that met and breached their target, n, the met rate with
 * its 95% interval and the median working time used. Small groups are shown too, with their n: the interval says
 * how little they tell.
 */
export function SlaReportTable({ clock, rows, groups, groupHeading }: SlaReportTableProps) {
  const { t, i18n } = useTranslation('complaints');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(i18n.language);
  const rate = (value: number) => percent.format(Math.round(value) / 100 + 0);
  const byGroup = new Map(rows.map((row) => [row.group ?? null, row]));
  const shown = groups.filter((group) => byGroup.has(group.key));
  const title = t(`slaReport.clocks.${clock}`);
  const titleId = `sla-report-${clock}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid={`sla-report-${clock}`}>
      <Title order={2} size="h3" id={titleId}>
        {title}
      </Title>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('slaReport.noClocks')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} striped>
            <VisuallyHidden component="caption">{title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{groupHeading}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('slaReport.met')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('slaReport.breached')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  n
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('slaReport.metRate')}
                </Table.Th>
                <Table.Th scope="col">{t('slaReport.interval')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('slaReport.median')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((group) => {
                const row = byGroup.get(group.key)!;
                const hasInterval = row.low != null && row.high != null;
                return (
                  <Table.Tr key={group.key ?? 'none'} data-testid="sla-report-row">
                    <Table.Th scope="row" fw="normal">
                      {group.label}
                    </Table.Th>
                    <Table.Td ta="right">{count.format(row.met)}</Table.Td>
                    <Table.Td ta="right">{count.format(row.breached)}</Table.Td>
                    <Table.Td ta="right">{count.format(row.n)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {row.metRate != null ? rate(row.metRate) : '–'}
                    </Table.Td>
                    <Table.Td>
                      {hasInterval ? (
                        <>
                          <span aria-hidden="true">
                            {rate(row.low!)} – {rate(row.high!)}
                          </span>
                          <VisuallyHidden component="span">
                            {t('slaReport.intervalSpoken', { low: rate(row.low!), high: rate(row.high!) })}
                          </VisuallyHidden>
                        </>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{row.medianMinutes != null ? formatMinutes(row.medianMinutes, t, i18n.language) : '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

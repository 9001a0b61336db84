import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type KeptRateGroupBy, type KeptRateRow, MIN_GROUP } from '../types';
import { formatCount, formatHours, formatPercent } from '../utils/format';
import { groupLabel } from './group-label';
import { IntervalText } from './IntervalText';

export interface KeptRateTableProps {
  rows: readonly KeptRateRow[];
  total: KeptRateRow;
  groupBy: KeptRateGroupBy;
  caption: string;
}

/**
 * Per group: decided promises (n), kept and broken, the kept rate with its 95% interval, the share renegotiated and
 * the median lateness of broken promises delivered after all. A group under 5 decided promises shows only its n.
 */
export function KeptRateTable({ rows, total, groupBy, caption }: KeptRateTableProps) {
  const { t, i18n } = useTranslation('promiseStats');
  const language = i18n.language;
  const count = (value: number) => formatCount(value, language);
  const percent = (value: number | null | undefined) => (value == null ? null : formatPercent(value, language));

  const cells = (row: KeptRateRow) =>
    row.suppressed ? (
      <Table.Td colSpan={6} c="dimmed" data-testid="kept-rate-suppressed">
        {t('table.notEnoughData', { min: MIN_GROUP })}
      </Table.Td>
    ) : (
      <>
        <Table.Td ta="right">{count(row.kept)}</Table.Td>
        <Table.Td ta="right">{count(row.broken)}</Table.Td>
        <Table.Td ta="right" fw={600}>
          {percent(row.rate) ?? '–'}
        </Table.Td>
        <Table.Td>
          <IntervalText low={percent(row.low)} high={percent(row.high)} />
        </Table.Td>
        <Table.Td ta="right">{percent(row.renegotiationRate) ?? '–'}</Table.Td>
        <Table.Td ta="right">{row.medianLatenessHours != null ? formatHours(row.medianLatenessHours, t) : '–'}</Table.Td>
      </>
    );

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} striped data-testid="kept-rate-table">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`groups.${groupBy}`)}</Table.Th>
            <Table.Th scope="col" ta="right">
              <abbr title={t('table.decidedHint')}>n</abbr>
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.kept')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.broken')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.rate')}
            </Table.Th>
            <Table.Th scope="col">{t('table.interval')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.renegotiated')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.lateness')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key ?? 'none'} data-testid="kept-rate-row" data-suppressed={row.suppressed || undefined}>
              <Table.Th scope="row" fw="normal">
                {groupLabel(row, groupBy, t, language)}
              </Table.Th>
              <Table.Td ta="right">{count(row.decided)}</Table.Td>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="kept-rate-total" fw={700}>
            <Table.Th scope="row">{t('table.total')}</Table.Th>
            <Table.Td ta="right">{count(total.decided)}</Table.Td>
            {cells(total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {total.cancelled > 0 && (
        <Text size="xs" c="dimmed" mt={4} data-testid="kept-rate-cancelled">
          {t('table.cancelled', { count: total.cancelled })}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

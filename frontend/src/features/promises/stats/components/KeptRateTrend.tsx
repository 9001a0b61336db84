import { Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KeptRateRow } from '../types';
import { formatCount, formatPercent } from '../utils/format';
import { groupLabel, shortMonth } from './group-label';
import { IntervalText } from './IntervalText';

const HEIGHT = 260;

interface TrendPoint {
  month: string;
  /** null for a month with too few decided promises: the line and band break there. */
  rate: number | null;
  band: [number, number] | null;
}

/**
 * The kept rate month by month with its 95% interval as a band; months under 5 decided promises break the line.
 * The chart is a picture for the eye: its numbers are in a table that screen readers always get and anyone can show.
 */
export function KeptRateTrend({ rows }: { rows: readonly KeptRateRow[] }) {
  const { t, i18n } = useTranslation('promiseStats');
  const language = i18n.language;
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const percent = (value: number | null | undefined) => (value == null ? null : formatPercent(value, language));
  const titleId = `${id}-title`;

  const points: TrendPoint[] = rows.map((row) => ({
    month: shortMonth(row.key, language),
    rate: row.suppressed ? null : (row.rate ?? null),
    band: !row.suppressed && row.low != null && row.high != null ? [row.low, row.high] : null,
  }));
  const latest = [...rows].reverse().find((row) => !row.suppressed && row.rate != null);
  const summary =
    rows.length === 0
      ? t('trend.empty')
      : t('trend.summary', {
          first: groupLabel(rows[0]!, 'MONTH', t, language),
          last: groupLabel(rows[rows.length - 1]!, 'MONTH', t, language),
          latest: latest
            ? t('trend.latest', {
                month: groupLabel(latest, 'MONTH', t, language),
                rate: percent(latest.rate),
                low: percent(latest.low) ?? '–',
                high: percent(latest.high) ?? '–',
                count: latest.decided,
              })
            : t('trend.noRate'),
        });

  const table = (
    <Table verticalSpacing={4} data-testid="kept-rate-trend-table">
      <caption>{t('trend.tableCaption')}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('groups.MONTH')}</Table.Th>
          <Table.Th scope="col">{t('table.rate')}</Table.Th>
          <Table.Th scope="col">{t('table.interval')}</Table.Th>
          <Table.Th scope="col">n</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key ?? 'none'}>
            <Table.Th scope="row" fw="normal">
              {groupLabel(row, 'MONTH', t, language)}
            </Table.Th>
            <Table.Td>{row.suppressed ? t('table.notEnoughShort') : (percent(row.rate) ?? '–')}</Table.Td>
            <Table.Td>{row.suppressed ? '–' : <IntervalText low={percent(row.low)} high={percent(row.high)} />}</Table.Td>
            <Table.Td>{formatCount(row.decided, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid="kept-rate-trend">
      <Title order={2} size="h3" id={titleId}>
        {t('trend.title')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('trend.empty')}
        </Text>
      ) : (
        <>
          <div role="img" aria-label={summary} data-testid="kept-rate-trend-chart">
            <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 640, height: HEIGHT }}>
              <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="var(--mantine-color-gray-3)" vertical={false} />
                <XAxis dataKey="month" tick={{ fontSize: 11 }} />
                <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => formatPercent(value, language)} tick={{ fontSize: 11 }} width={48} />
                <Tooltip
                  formatter={(value, name) => {
                    if (Array.isArray(value)) return [`${percent(Number(value[0]))} – ${percent(Number(value[1]))}`, t('trend.band')];
                    return [percent(Number(value)), name === 'rate' ? t('table.rate') : String(name)];
                  }}
                />
                <Area dataKey="band" name={t('trend.band')} stroke="none" fill="var(--mantine-color-indigo-2)" fillOpacity={0.6} connectNulls={false} isAnimationActive={false} />
                <Line dataKey="rate" name="rate" stroke="var(--mantine-color-indigo-7)" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <Text size="xs" c="dimmed">
            {t('trend.legend')}
          </Text>
          <div>
            <Button variant="subtle" size="xs" onClick={() => setAsTable((shown) => !shown)} aria-pressed={asTable} data-testid="kept-rate-trend-toggle">
              {t('trend.showTable')}
            </Button>
          </div>
          {/* Screen readers always get the table; the button shows it on screen too. */}
          {asTable ? <Table.ScrollContainer minWidth={420}>{table}</Table.ScrollContainer> : <VisuallyHidden>{table}</VisuallyHidden>}
        </>
      )}
    </Stack>
  );
}

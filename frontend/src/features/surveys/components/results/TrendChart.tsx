import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSeries, SeriesBucket } from '@/lib/api/types';
import { bandPath, linePath, niceTicks, segments } from '../../utils/chart';
import { formatScore, formatScoreNumber, type ScoreKind } from '../../utils/score-format';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 36, left: 48 };

export interface TrendChartProps {
  series: ScoreSeries;
  kind: ScoreKind;
  domain: [number, number];
  bucket: SeriesBucket;
  /** What the chart shows, e.g. the question text. */
  title: string;
  timeZone: string;
}

function periodFormat(bucket: SeriesBucket, language: string, timeZone: string) {
  const options: Intl.DateTimeFormatOptions =
    bucket === 'month'
      ? { month: 'short', year: 'numeric', timeZone }
      : { day: 'numeric', month: 'short', year: '2-digit', timeZone };
  return new Intl.DateTimeFormat(language, options);
}

/**
 * A score over time with its 95% interval as a band; periods with too few answers break the line. The SVG has
 * a text alternative, and the same numbers are available as a table.
 */
export function TrendChart({ series, kind, domain, bucket, title, timeZone }: TrendChartProps) {
  const { t, i18n } = useTranslation('surveys');
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const language = i18n.language;
  const format = periodFormat(bucket, language, timeZone);
  const points = [...series.points].sort((a, b) => Date.parse(a.period) - Date.parse(b.period));

  if (points.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="trend-empty">
        {t('surveys.results.trend.empty')}
      </Text>
    );
  }

  const times = points.map((p) => Date.parse(p.period));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const [min, max] = domain;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const xOf = (time: number) => PAD.left + (t1 === t0 ? plotW / 2 : ((time - t0) / (t1 - t0)) * plotW);
  const yOf = (value: number) => PAD.top + plotH - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * plotH;

  const chartPoints = points.map((p, i) => ({
    x: xOf(times[i]!),
    value: p.score.suppressed ? null : (p.score.value ?? null),
    low: p.score.low ?? null,
    high: p.score.high ?? null,
    point: p,
    label: format.format(new Date(p.period)),
  }));
  const runs = segments(chartPoints);
  const ticks = niceTicks(min, max, kind === 'mean' ? Math.min(6, max - min) : 4);
  const labelEvery = Math.max(1, Math.ceil(chartPoints.length / 6));
  const shown = chartPoints.filter((p) => p.value != null);
  const latest = shown[shown.length - 1];

  const describe = (p: (typeof chartPoints)[number]) => {
    const f = formatScore(series.type, p.point.score, language);
    if (f.suppressed && f.n == null) return t('surveys.results.trend.pointWithheld', { period: p.label });
    return f.suppressed
      ? t('surveys.results.trend.pointSuppressed', { period: p.label, count: f.n })
      : t('surveys.results.trend.point', {
          period: p.label,
          value: f.value,
          low: f.low ?? '–',
          high: f.high ?? '–',
          count: f.n,
        });
  };

  const summary = t('surveys.results.trend.summary', {
    title,
    count: points.length,
    first: chartPoints[0]!.label,
    last: chartPoints[chartPoints.length - 1]!.label,
    latest: latest ? describe(latest) : t('surveys.results.trend.noValues'),
  });

  return (
    <Stack gap="xs" data-testid={`trend-${series.questionId}`}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxHeight: 300, overflow: 'visible' }}
      >
        <title id={`${id}-title`}>{t('surveys.results.trend.chartTitle', { title })}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={yOf(tick)}
              y2={yOf(tick)}
              stroke="var(--mantine-color-gray-3)"
              strokeWidth={tick === 0 && kind === 'nps' ? 1.5 : 1}
            />
            <text
              x={PAD.left - 8}
              y={yOf(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={11}
              fill="var(--mantine-color-gray-7)"
            >
              {formatScoreNumber(tick, kind, language)}
            </text>
          </g>
        ))}
        {runs.map((run, i) => (
          <path
            key={`band-${i}`}
            d={bandPath(
              run
                .filter((p) => p.low != null && p.high != null)
                .map((p) => ({ x: p.x, yLow: yOf(p.low!), yHigh: yOf(p.high!) })),
            )}
            fill="var(--mantine-color-indigo-2)"
            opacity={0.6}
          />
        ))}
        {runs.map((run, i) => (
          <path
            key={`line-${i}`}
            d={linePath(run.map((p) => ({ x: p.x, y: yOf(p.value!) })))}
            fill="none"
            stroke="var(--mantine-color-indigo-7)"
            strokeWidth={2}
          />
        ))}
        {chartPoints.map((p, i) => (
          <g key={p.point.period}>
            {p.value != null ? (
              <circle cx={p.x} cy={yOf(p.value)} r={4} fill="var(--mantine-color-indigo-7)">
                <title>{describe(p)}</title>
              </circle>
            ) : (
              <circle
                cx={p.x}
                cy={PAD.top + plotH}
                r={4}
                fill="white"
                stroke="var(--mantine-color-gray-5)"
                strokeDasharray="2 2"
              >
                <title>{describe(p)}</title>
              </circle>
            )}
            {i % labelEvery === 0 && (
              <text
                x={p.x}
                y={HEIGHT - PAD.bottom + 18}
                textAnchor="middle"
                fontSize={11}
                fill="var(--mantine-color-gray-7)"
              >
                {p.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <Text size="xs" c="dimmed">
        {t('surveys.results.trend.legend')}
      </Text>
      <div>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setAsTable((v) => !v)}
          aria-expanded={asTable}
          aria-controls={`${id}-table`}
        >
          {asTable ? t('surveys.results.trend.hideTable') : t('surveys.results.trend.showTable')}
        </Button>
      </div>
      <div id={`${id}-table`} hidden={!asTable}>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} data-testid={`trend-table-${series.questionId}`}>
            <VisuallyHidden component="caption">{t('surveys.results.trend.chartTitle', { title })}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.results.trend.period')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.trend.value')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.trend.interval')}</Table.Th>
                <Table.Th scope="col">n</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chartPoints.map((p) => {
                const f = formatScore(series.type, p.point.score, language);
                return (
                  <Table.Tr key={p.point.period}>
                    <Table.Th scope="row" fw="normal">
                      {p.label}
                    </Table.Th>
                    <Table.Td>{f.suppressed ? t('surveys.results.notEnoughShort') : f.value}</Table.Td>
                    <Table.Td>{f.low && f.high ? `${f.low} – ${f.high}` : '–'}</Table.Td>
                    <Table.Td>{f.n ?? '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
    </Stack>
  );
}

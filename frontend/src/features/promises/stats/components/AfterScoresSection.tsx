import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '@/components/feedback';
import { useAfterScores } from '../api';
import { type AfterScoresQuery, type Difference, type KeptBrokenScores, MIN_GROUP, type Score } from '../types';
import { formatCount, formatPercent, formatSignedPoints } from '../utils/format';
import { IntervalText } from './IntervalText';

type Metric = 'nps' | 'csat';
const METRICS: readonly Metric[] = ['nps', 'csat'];

/** An NPS (−100..100) or CSAT (% satisfied) value as it is read. */
function scoreNumber(metric: Metric, value: number, language: string): string {
  return metric === 'nps' ? new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(value) + 0) : formatPercent(value, language);
}

/**
 * "After a kept vs a broken promise": for each decided promise the customer's next NPS or CSAT answer within the
 * window is attributed to it, and the scores after kept and after broken promises are compared side by side, with
 * n, 95% intervals, the difference and whether a test finds it significant at 95%.
 */
export function AfterScoresSection({ query }: { query: AfterScoresQuery }) {
  const { t } = useTranslation('promiseStats');
  const scores = useAfterScores(query);
  const titleId = 'after-scores-title';
  const windowDays = scores.data?.windowDays ?? 90;
  const empty = scores.data && METRICS.every((metric) => !scores.data[metric].kept.n && !scores.data[metric].broken.n);

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="after-scores">
      <Stack gap={2}>
        <Title order={2} size="h3" id={titleId}>
          {t('after.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('after.lead', { count: windowDays })}
        </Text>
      </Stack>
      {scores.isPending ? (
        <PageLoader label={t('after.loading')} />
      ) : scores.isError ? (
        <ErrorState error={scores.error} title={t('after.loadFailed')} onRetry={() => void scores.refetch()} retrying={scores.isFetching} />
      ) : empty ? (
        <Paper withBorder radius="md" p="xl" ta="center" data-testid="after-scores-empty">
          <Title order={3} size="h4" mb="xs">
            {t('after.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('after.emptyText', { count: windowDays })}</Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-busy={scores.isFetching}>
          {METRICS.map((metric) => (
            <MetricComparison key={metric} metric={metric} scores={scores.data[metric]} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function MetricComparison({ metric, scores }: { metric: Metric; scores: KeptBrokenScores }) {
  const { t } = useTranslation('promiseStats');
  const titleId = `after-${metric}-title`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-testid={`after-${metric}`}>
      <Stack gap="md">
        <Title order={3} size="h4" id={titleId}>
          {t(`after.metrics.${metric}`)}
        </Title>
        <SimpleGrid cols={2} spacing="md">
          <ScoreBlock metric={metric} side="kept" score={scores.kept} />
          <ScoreBlock metric={metric} side="broken" score={scores.broken} />
        </SimpleGrid>
        <DifferenceBlock metric={metric} difference={scores.difference} />
        <Text size="xs" c="dimmed">
          {scores.kept.method}
        </Text>
      </Stack>
    </Paper>
  );
}

function ScoreBlock({ metric, side, score }: { metric: Metric; side: 'kept' | 'broken'; score: Score }) {
  const { t, i18n } = useTranslation('promiseStats');
  const language = i18n.language;
  const number = (value: number | null | undefined) => (value == null ? null : scoreNumber(metric, value, language));
  const suppressed = score.suppressed || score.value == null;
  const testId = `after-${metric}-${side}`;
  return (
    <Stack gap={4} data-testid={testId} data-suppressed={suppressed || undefined}>
      <Text size="sm" fw={600}>
        {t(`after.sides.${side}`)}
      </Text>
      {suppressed ? (
        <Text fz="lg" fw={700} c="dimmed" data-testid={`${testId}-value`}>
          {t('after.notEnoughData', { min: MIN_GROUP })}
        </Text>
      ) : (
        <>
          <Text fz={30} fw={800} lh={1.1} data-testid={`${testId}-value`}>
            {number(score.value)}
          </Text>
          <Text size="sm" c="dimmed" data-testid={`${testId}-interval`}>
            <IntervalText low={number(score.low)} high={number(score.high)} />
          </Text>
        </>
      )}
      <Text size="sm" c="dimmed" data-testid={`${testId}-n`}>
        {score.n == null ? t('after.nWithheld') : t('after.n', { n: formatCount(score.n, language) })}
      </Text>
    </Stack>
  );
}

function DifferenceBlock({ metric, difference }: { metric: Metric; difference: Difference | null | undefined }) {
  const { t, i18n } = useTranslation('promiseStats');
  const language = i18n.language;
  const testId = `after-${metric}-difference`;
  if (difference?.estimate == null) {
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {t('after.noDifference')}
      </Text>
    );
  }
  const points = (value: number) => formatSignedPoints(value, language);
  const unit = t(`after.units.${metric}`);
  const p = difference.p == null ? null : new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(difference.p);
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('after.difference')}
        </Text>
        <Text size="sm" data-testid={`${testId}-value`}>
          {points(difference.estimate)} {unit}
          {difference.low != null && difference.high != null && (
            <>
              {' '}
              <Text span c="dimmed">
                (<IntervalText low={points(difference.low)} high={points(difference.high)} />)
              </Text>
            </>
          )}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={difference.significant ? 'teal' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
          {difference.significant ? t('after.significantBadge') : t('after.notSignificantBadge')}
        </Badge>
        <Text size="sm" data-testid={`${testId}-verdict`}>
          {difference.significant
            ? t('after.significant', { method: difference.method })
            : t('after.notSignificant', { method: difference.method })}
          {p && ` ${t('after.p', { p })}`}
        </Text>
      </Group>
    </Stack>
  );
}

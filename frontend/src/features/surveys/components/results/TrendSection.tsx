import { Alert, Card, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, problemMessage } from '@/components/feedback';
import type { SeriesBucket, Survey, SurveyResults } from '@/lib/api/types';
import { useScoreSeries } from '../../api/results';
import type { toApiFilter } from '../../utils/results-filter';
import { scoreDomain, scoreKind } from '../../utils/score-format';
import { TrendChart } from './TrendChart';

const BUCKETS: SeriesBucket[] = ['day', 'week', 'month'];

/** One score's trend by day, week or month (staff surveys: by month), for the chosen question. */
export function TrendSection({
  survey,
  results,
  filter,
  timeZone,
}: {
  survey: Survey;
  results: SurveyResults;
  filter: ReturnType<typeof toApiFilter>;
  timeZone: string;
}) {
  const { t } = useTranslation('surveys');
  const [chosenBucket, setBucket] = useState<SeriesBucket>('week');
  // staff answers are dated by their month only: the server reports them by month whatever is asked
  const staff = survey.audience === 'STAFF';
  const bucket: SeriesBucket = staff ? 'month' : chosenBucket;
  const [chosen, setChosen] = useState<string>('');
  const series = useScoreSeries(survey.id, filter, bucket);
  const questionId = chosen || results.scores[0]!.questionId;
  const score = results.scores.find((s) => s.questionId === questionId) ?? results.scores[0]!;
  const current = series.data?.find((s) => s.questionId === score.questionId);
  const definition = survey.draft.questions.find((q) => q.id === score.questionId);
  const kind = scoreKind(score.type, score.score.method);
  const scale =
    definition?.type === 'RATING' && definition.scale
      ? { min: definition.scale.min, max: definition.scale.max }
      : score.type === 'CES'
        ? { min: 1, max: 7 }
        : null;

  return (
    <section aria-labelledby="trend-title">
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={3} size="h4" id="trend-title">
              {t('surveys.results.trend.title')}
            </Title>
            <Group gap="sm" align="flex-end">
              {results.scores.length > 1 && (
                <NativeSelect
                  label={t('surveys.results.trend.question')}
                  value={score.questionId}
                  onChange={(e) => setChosen(e.currentTarget.value)}
                  data={results.scores.map((s) => ({ value: s.questionId, label: s.text || s.questionId }))}
                  maw={320}
                  size="xs"
                />
              )}
              {staff ? (
                <Text size="xs" c="dimmed" data-testid="trend-staff-months">
                  {t('surveys.results.trend.staffMonths')}
                </Text>
              ) : (
                <SegmentedControl
                  size="xs"
                  aria-label={t('surveys.results.trend.bucket')}
                  value={bucket}
                  onChange={(value) => setBucket(value as SeriesBucket)}
                  data={BUCKETS.map((b) => ({ value: b, label: t(`surveys.results.trend.buckets.${b}`) }))}
                />
              )}
            </Group>
          </Group>
          {series.isPending ? (
            <PageLoader label={t('surveys.results.trend.loading')} />
          ) : series.isError ? (
            <Alert color="red" variant="light" role="alert" title={t('surveys.results.trend.loadFailed')}>
              {problemMessage(series.error, t)}
            </Alert>
          ) : current ? (
            <TrendChart
              series={current}
              kind={kind}
              domain={scoreDomain(kind, scale)}
              bucket={bucket}
              title={score.text || score.questionId}
              timeZone={timeZone}
            />
          ) : (
            <Text c="dimmed" size="sm">
              {t('surveys.results.trend.empty')}
            </Text>
          )}
        </Stack>
      </Card>
    </section>
  );
}


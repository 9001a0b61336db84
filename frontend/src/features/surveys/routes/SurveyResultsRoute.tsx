import {
  EmptyState,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { useUnits } from '@/hooks/useUnits';
import { flattenUnits, unitLabels, unitOptions as toUnitOptions } from '@/lib/unit-tree';
import type { Survey, SurveyResults } from '@/lib/api/types';
import { browserTimeZone } from '@/lib/timezones';
import { useSurveyResults } from '../api/results';
import { CommentsList } from '../components/results/CommentsList';
import { DistributionBars } from '../components/results/DistributionBars';
import { GroupBreakdown } from '../components/results/GroupBreakdown';
import { ResultsFilters } from '../components/results/ResultsFilters';
import { ScoreCard } from '../components/results/ScoreCard';
import { ExportButton } from '../components/results/ExportButton';
import { TrendSection } from '../components/results/TrendSection';
import { localized } from '../utils/questions';
import { type FilterValues, filterFromSearch, filterToSearch, isFiltered, toApiFilter } from '../utils/results-filter';
import { useSurveyPage } from './SurveyLayout';

/** `/surveys/:id/results`: scores with intervals, trend, distributions, comments, staff groups, CSV export. */
export function SurveyResultsRoute() {
  const { t, i18n } = useTranslation('surveys');
  const { survey } = useSurveyPage();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = useMemo(() => filterFromSearch(searchParams), [searchParams]);
  const [timeZone] = useState(browserTimeZone);
  const filter = useMemo(() => toApiFilter(values, timeZone), [values, timeZone]);
  const results = useSurveyResults(survey.id, filter);
  // Unit names come from the units API, which every member may read.
  const units = useUnits({ enabled: survey.audience === 'STAFF' });
  const names = useMemo(() => unitLabels(units.data ?? []), [units.data]);

  const unitLabel = (key: string) =>
    key === '' ? t('surveys.results.noUnit') : (names.get(key) ?? t('surveys.results.unitId', { id: key.slice(0, 8) }));
  // Pick from the unit tree; until it has loaded, from the units that appear in the results.
  const unitOptions = units.data
    ? toUnitOptions(flattenUnits(units.data))
    : [
        ...new Set([...(results.data?.byUnit ?? []).map((g) => g.key).filter(Boolean), values.unitId].filter(Boolean)),
      ].map((key) => ({ value: key, label: unitLabel(key) }));

  const apply = (next: FilterValues) => setSearchParams(filterToSearch(next), { replace: true });

  return (
    <Stack gap="lg">
      <title>{t('surveys.results.pageTitle', { name: survey.name })}</title>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('surveys.results.title')}
        </Title>
        <ExportButton survey={survey} values={values} timeZone={timeZone} />
      </Group>
      <ResultsFilters
        key={searchParams.toString()}
        audience={survey.audience}
        applied={values}
        onApply={apply}
        unitOptions={unitOptions}
      />
      {results.isPending ? (
        <PageLoader label={t('surveys.results.loading')} />
      ) : results.isError ? (
        <ErrorState
          error={results.error}
          title={t('surveys.results.loadFailed')}
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : results.data.responses === 0 ? (
        <EmptyState
          py="xl"
          data-testid="results-empty"
          title={isFiltered(values) ? t('surveys.results.noMatchTitle') : t('surveys.results.emptyTitle')}
          description={isFiltered(values) ? t('surveys.results.noMatchText') : t('surveys.results.emptyText')}
        />
      ) : (
        <div aria-busy={results.isFetching} style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }}>
          <ResultsBody
            survey={survey}
            results={localizeTexts(results.data, survey, i18n.language)}
            filter={filter}
            timeZone={timeZone}
            unitLabel={unitLabel}
          />
        </div>
      )}
    </Stack>
  );
}

/** The backend names questions in English; the draft has their texts in the UI language too. */
function localizeTexts(results: SurveyResults, survey: Survey, language: string): SurveyResults {
  const texts = new Map(survey.draft.questions.map((q) => [q.id, localized(q.text, language)]));
  const text = (id: string, fallback: string) => texts.get(id) || fallback;
  return {
    ...results,
    scores: results.scores.map((s) => ({ ...s, text: text(s.questionId, s.text) })),
    distributions: results.distributions.map((d) => ({ ...d, text: text(d.questionId, d.text) })),
  };
}

function ResultsBody({
  survey,
  results,
  filter,
  timeZone,
  unitLabel,
}: {
  survey: Survey;
  results: SurveyResults;
  filter: ReturnType<typeof toApiFilter>;
  timeZone: string;
  unitLabel: (key: string) => string;
}) {
  const { t, i18n } = useTranslation('surveys');
  const staff = survey.audience === 'STAFF';
  const optionLabels = useMemo(() => {
    const map = new Map<string, string>();
    for (const q of survey.draft.questions)
      for (const o of q.options ?? []) map.set(`${q.id}:${o.id}`, localized(o.text, i18n.language));
    return map;
  }, [survey.draft.questions, i18n.language]);
  const headlineType = results.scores[0]?.type;
  const textQuestions = results.distributions
    .filter((d) => d.type === 'TEXT')
    .map((d) => ({ id: d.questionId, text: d.text }));
  const rate = results.responseRate;

  return (
    <Stack gap="xl">
      <Group gap="lg">
        {results.responses == null ? (
          <Text data-testid="results-responses" c="dimmed">
            {t('surveys.results.responsesWithheld')}
          </Text>
        ) : (
          <Text data-testid="results-responses">
            <Text span fw={700} fz="xl">
              {new Intl.NumberFormat(i18n.language).format(results.responses)}
            </Text>{' '}
            {t('surveys.results.responses', { count: results.responses })}
          </Text>
        )}
        {rate.invited > 0 && (
          <Paper withBorder radius="md" p="xs" miw={240} data-testid="response-rate">
            <Text size="sm">
              {t('surveys.results.responseRate', {
                answered: rate.answered,
                invited: rate.invited,
                rate: new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
                  (rate.rate ?? 0) / 100,
                ),
              })}
            </Text>
            <Progress value={rate.rate ?? 0} mt={6} aria-hidden="true" />
          </Paper>
        )}
      </Group>

      {results.scores.length > 0 && (
        <section aria-labelledby="scores-title">
          <Title order={3} size="h4" id="scores-title" mb="sm">
            {t('surveys.results.scoresTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {results.scores.map((score) => (
              <ScoreCard key={score.questionId} score={score} />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('surveys.results.scoresHint')}
          </Text>
        </section>
      )}

      {results.scores.length > 0 && (
        <TrendSection survey={survey} results={results} filter={filter} timeZone={timeZone} />
      )}

      {staff && headlineType && (results.byLevel.length > 0 || results.byUnit.length > 0) && (
        <section aria-labelledby="groups-title">
          <Title order={3} size="h4" id="groups-title" mb="sm">
            {t('surveys.results.groupsTitle', { question: results.scores[0]?.text ?? '' })}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <GroupBreakdown
              title={t('surveys.results.byLevel')}
              groups={results.byLevel}
              type={headlineType}
              label={(key) =>
                key ? t(`levels.${key as 'EXECUTIVE'}`, { defaultValue: key }) : t('surveys.results.noLevel')
              }
              testId="by-level"
            />
            <GroupBreakdown
              title={t('surveys.results.byUnit')}
              groups={results.byUnit}
              type={headlineType}
              label={unitLabel}
              testId="by-unit"
            />
          </SimpleGrid>
        </section>
      )}

      <section aria-labelledby="distributions-title">
        <Title order={3} size="h4" id="distributions-title" mb="sm">
          {t('surveys.results.distributionsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {results.distributions
            .filter((d) => d.type !== 'TEXT')
            .map((distribution) => (
              <DistributionBars
                key={distribution.questionId}
                distribution={distribution}
                optionLabels={
                  new Map(
                    Object.keys(distribution.counts ?? {}).map((key) => [
                      key,
                      optionLabels.get(`${distribution.questionId}:${key}`) ?? key,
                    ]),
                  )
                }
              />
            ))}
        </SimpleGrid>
      </section>

      {textQuestions.length > 0 && (
        <section aria-labelledby="comments-title">
          <Title order={3} size="h4" id="comments-title" mb="sm">
            {t('surveys.results.comments.title')}
          </Title>
          <CommentsList surveyId={survey.id} filter={filter} questions={textQuestions} staff={staff} />
        </section>
      )}
    </Stack>
  );
}

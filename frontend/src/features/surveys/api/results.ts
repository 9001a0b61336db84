import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';
import type { CommentPage, ResultsFilter, ScoreSeries, SeriesBucket, SurveyResults } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';
import { SURVEYS_QUERY_KEY } from './surveys';

const base = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}`;
const resultsKey = (surveyId: string) => [...SURVEYS_QUERY_KEY, 'results', surveyId] as const;
export const COMMENTS_PAGE_SIZE = 20;

/** The filter as query parameters (the backend binds them flat: from, to, language, level, unitId, ...). */
function filterQuery(filter: ResultsFilter) {
  return { ...filter };
}

export function useSurveyResults(surveyId: string, filter: ResultsFilter) {
  return useQuery<SurveyResults, ProblemError>({
    queryKey: [...resultsKey(surveyId), 'summary', filter],
    queryFn: ({ signal }) =>
      api.get<SurveyResults>(`${base(surveyId)}/results`, { query: filterQuery(filter), signal }),
    placeholderData: keepPreviousData,
  });
}

/** Scores per day, week or month; `tz` (in the filter) decides where periods start. */
export function useScoreSeries(surveyId: string, filter: ResultsFilter, bucket: SeriesBucket) {
  return useQuery<ScoreSeries[], ProblemError>({
    queryKey: [...resultsKey(surveyId), 'series', filter, bucket],
    queryFn: ({ signal }) =>
      api.get<ScoreSeries[]>(`${base(surveyId)}/results/series`, { query: { ...filterQuery(filter), bucket }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useComments(
  surveyId: string,
  filter: ResultsFilter,
  params: { questionId: string; contains: string; page: number },
) {
  return useQuery<CommentPage, ProblemError>({
    queryKey: [...resultsKey(surveyId), 'comments', filter, params],
    queryFn: ({ signal }) =>
      api.get<CommentPage>(`${base(surveyId)}/comments`, {
        query: {
          ...filterQuery(filter),
          questionId: params.questionId,
          contains: params.contains,
          page: params.page,
          size: COMMENTS_PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the raw answers as CSV. */
export async function downloadExport(surveyId: string, filter: ResultsFilter): Promise<void> {
  saveDownload(await apiDownload(`${base(surveyId)}/export.csv`, { query: filterQuery(filter) }), `survey-${surveyId}.csv`);
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  NewSurveyRequest,
  Survey,
  SurveyAudience,
  SurveyChangeRequest,
  SurveyPage,
  SurveyStatus,
  SurveyTemplate,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const SURVEYS_QUERY_KEY = ['surveys'] as const;
export const SURVEYS_PAGE_SIZE = 20;

const surveyPath = (id: string) => `/api/surveys/${encodeURIComponent(id)}`;

export interface SurveyListParams {
  status?: SurveyStatus | '';
  audience?: SurveyAudience | '';
  q?: string;
  page: number;
  size?: number;
}

/** GET /api/surveys?status=&audience=&q=&page=&size= (without a status the backend leaves out archived surveys). */
export function fetchSurveys(params: SurveyListParams, signal?: AbortSignal): Promise<SurveyPage> {
  return api.get<SurveyPage>('/api/surveys', {
    query: {
      status: params.status,
      audience: params.audience,
      q: params.q,
      page: params.page,
      size: params.size ?? SURVEYS_PAGE_SIZE,
    },
    signal,
  });
}

export function useSurveys(params: SurveyListParams) {
  return useQuery<SurveyPage, ProblemError>({
    queryKey: [...SURVEYS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => fetchSurveys(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function surveyQueryKey(id: string) {
  return [...SURVEYS_QUERY_KEY, 'detail', id] as const;
}

export function useSurvey(id: string) {
  return useQuery<Survey, ProblemError>({
    queryKey: surveyQueryKey(id),
    queryFn: ({ signal }) => api.get<Survey>(surveyPath(id), { signal }),
  });
}

export function useSurveyTemplates(enabled = true) {
  return useQuery<SurveyTemplate[], ProblemError>({
    queryKey: [...SURVEYS_QUERY_KEY, 'templates'],
    queryFn: ({ signal }) => api.get<SurveyTemplate[]>('/api/surveys/templates', { signal }),
    staleTime: Infinity, // the templates ship with the backend
    enabled,
  });
}

/** Keeps the detail in the cache in line with what the server answered, and refreshes the lists. */
function useSurveySaved() {
  const queryClient = useQueryClient();
  return (survey: Survey) => {
    queryClient.setQueryData(surveyQueryKey(survey.id), survey);
    void queryClient.invalidateQueries({ queryKey: [...SURVEYS_QUERY_KEY, 'list'] });
  };
}

export function useCreateSurvey() {
  const saved = useSurveySaved();
  return useMutation<Survey, ProblemError, NewSurveyRequest>({
    mutationFn: (request) => api.post<Survey>('/api/surveys', request),
    onSuccess: saved,
  });
}

export function useUpdateSurvey(id: string) {
  const saved = useSurveySaved();
  return useMutation<Survey, ProblemError, SurveyChangeRequest>({
    mutationFn: (request) => api.put<Survey>(surveyPath(id), request),
    onSuccess: saved,
  });
}

export type LifecycleAction = 'publish' | 'close' | 'archive';

/** POST /api/surveys/{id}/publish | close | archive */
export function useSurveyLifecycle(id: string) {
  const saved = useSurveySaved();
  return useMutation<Survey, ProblemError, LifecycleAction>({
    mutationFn: (action) => api.post<Survey>(`${surveyPath(id)}/${action}`),
    onSuccess: saved,
  });
}

/** DELETE /api/surveys/{id}: drafts only (409 once published). */
export function useDeleteSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation<void, ProblemError, void>({
    mutationFn: () => api.delete(surveyPath(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: surveyQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...SURVEYS_QUERY_KEY, 'list'] });
    },
  });
}

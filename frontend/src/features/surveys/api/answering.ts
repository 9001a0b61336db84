import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Survey, SubmissionRequest, Submitted, SurveyForm } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

/** Where a questionnaire comes from and goes to: a public/invitation token (anonymous) or a staff survey. */
export type AnswerTarget = { kind: 'public'; token: string } | { kind: 'staff'; surveyId: string };

function formPath(target: AnswerTarget): string {
  return target.kind === 'public'
    ? `/api/public/surveys/${encodeURIComponent(target.token)}`
    : `/api/staff-surveys/${encodeURIComponent(target.surveyId)}`;
}

/**
 * GET the questionnaire in `lang` (undefined: the invitation's language, else English).
 * Public forms are fetched without the access token or tenant header.
 */
export function useSurveyForm(target: AnswerTarget, lang: 'en' | 'de' | undefined) {
  return useQuery<SurveyForm, ProblemError>({
    queryKey: ['survey-form', target, lang ?? ''],
    queryFn: ({ signal }) =>
      api.get<SurveyForm>(formPath(target), { query: { lang }, signal, anonymous: target.kind === 'public' }),
    staleTime: Infinity,
    // While another language loads, the questionnaire (and the answers given so far) stays on screen.
    placeholderData: keepPreviousData,
    // 404 and 410 won't change by asking again; a network failure may.
    retry: (count, error) => error.status === 0 && count < 2,
  });
}

export function submitAnswers(target: AnswerTarget, request: SubmissionRequest): Promise<Submitted> {
  return api.post<Submitted>(`${formPath(target)}/responses`, request, { anonymous: target.kind === 'public' });
}

export function useSubmitAnswers(target: AnswerTarget) {
  return useMutation<Submitted, ProblemError, SubmissionRequest>({
    mutationFn: (request) => submitAnswers(target, request),
  });
}

export const STAFF_SURVEYS_QUERY_KEY = ['staff-surveys'] as const;

/** GET /api/staff-surveys: published staff surveys the member has not answered yet. */
export function useOpenStaffSurveys() {
  return useQuery<Survey[], ProblemError>({
    queryKey: STAFF_SURVEYS_QUERY_KEY,
    queryFn: ({ signal }) => api.get<Survey[]>('/api/staff-surveys', { signal }),
  });
}

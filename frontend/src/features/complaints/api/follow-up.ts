import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FollowUpSettings, FollowUpSettingsRequest, SurveyPage } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';
import { COMPLAINTS_QUERY_KEY } from './complaints';

const SETTINGS_KEY = [...COMPLAINTS_QUERY_KEY, 'settings'] as const;

/** GET /api/complaints/settings (ADMIN, MANAGER): the follow-up survey after a complaint's resolution. */
export function useFollowUpSettings() {
  return useQuery<FollowUpSettings, ProblemError>({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<FollowUpSettings>('/api/complaints/settings', { signal }),
  });
}

export function useSaveFollowUpSettings() {
  const queryClient = useQueryClient();
  return useMutation<FollowUpSettings, ProblemError, FollowUpSettingsRequest>({
    mutationFn: (request) => api.put<FollowUpSettings>('/api/complaints/settings', request),
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS_KEY, settings),
  });
}

/**
 * The surveys a follow-up may send: the tenant's published customer surveys (GET /api/surveys, at most 100, the
 * API's page limit). The backend accepts no other.
 */
export function useFollowUpSurveys() {
  return useQuery<SurveyPage, ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'follow-up-surveys'],
    queryFn: ({ signal }) =>
      api.get<SurveyPage>('/api/surveys', { query: { status: 'PUBLISHED', audience: 'CUSTOMER', size: 100 }, signal }),
    staleTime: 60_000,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProblemError } from '@/lib/problem-details';
import type { AfterScores, AfterScoresQuery, KeptRateQuery, KeptRateReport, PromiseSettings } from './types';

const STATS_KEY = ['promises', 'stats'] as const;
const SETTINGS_KEY = ['promises', 'settings'] as const;

/** The query parameters; the client leaves out unset ones, so the backend applies its defaults (the last 12 whole months, all units). */
const params = (query: AfterScoresQuery & { groupBy?: string }) => ({ groupBy: query.groupBy, from: query.from, to: query.to, unitId: query.unitId });

/**
 * GET /api/promises/stats/kept-rate: kept and broken promises per owner, unit, source or month over the promises the
 * caller may see (STAFF: their own; MANAGER: their units').
 */
export function useKeptRate(query: KeptRateQuery) {
  return useQuery<KeptRateReport, ProblemError>({
    queryKey: [...STATS_KEY, 'kept-rate', query],
    queryFn: ({ signal }) => api.get<KeptRateReport>('/api/promises/stats/kept-rate', { query: params(query), signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/promises/stats/after-scores: NPS and CSAT of customers after kept vs after broken promises. */
export function useAfterScores(query: AfterScoresQuery) {
  return useQuery<AfterScores, ProblemError>({
    queryKey: [...STATS_KEY, 'after-scores', query],
    queryFn: ({ signal }) => api.get<AfterScores>('/api/promises/stats/after-scores', { query: params(query), signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/promises/settings (every role): grace period and reminders. */
export function usePromiseSettings() {
  return useQuery<PromiseSettings, ProblemError>({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<PromiseSettings>('/api/promises/settings', { signal }),
  });
}

/** PUT /api/promises/settings (ADMIN). */
export function useSavePromiseSettings() {
  const queryClient = useQueryClient();
  return useMutation<PromiseSettings, ProblemError, PromiseSettings>({
    mutationFn: (settings) => api.put<PromiseSettings>('/api/promises/settings', settings),
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS_KEY, settings),
  });
}

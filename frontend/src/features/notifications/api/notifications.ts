import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NoticesPage } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;
/** New notices (an SLA warning) should reach an open app within a minute. */
export const NOTIFICATIONS_REFRESH_MS = 60_000;
export const NOTIFICATIONS_SHOWN = 10;

/** GET /api/notifications: the member's newest notices in the app's language, and how many are unread. */
export function useNotifications(language: string, enabled: boolean) {
  const lang = language === 'de' ? 'de' : 'en';
  return useQuery<NoticesPage, ProblemError>({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, lang],
    queryFn: ({ signal }) =>
      api.get<NoticesPage>('/api/notifications', { query: { lang, size: NOTIFICATIONS_SHOWN }, signal }),
    enabled,
    refetchInterval: NOTIFICATIONS_REFRESH_MS,
    retry: false,
  });
}

export function useMarkNoticeRead() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ProblemError, string>({
    mutationFn: (id) => api.post(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}

export function useMarkAllNoticesRead() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ProblemError, void>({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SettingsRequest, TenantSettings } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const SETTINGS_QUERY_KEY = ['settings'] as const;

export function fetchSettings(signal?: AbortSignal): Promise<TenantSettings> {
  return api.get<TenantSettings>('/api/settings', { signal });
}

export function updateSettings(request: SettingsRequest): Promise<TenantSettings> {
  return api.put<TenantSettings>('/api/settings', request);
}

export function useSettings() {
  return useQuery<TenantSettings, ProblemError>({
    queryKey: SETTINGS_QUERY_KEY,
    queryFn: ({ signal }) => fetchSettings(signal),
  });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation<TenantSettings, ProblemError, SettingsRequest>({
    mutationFn: updateSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(SETTINGS_QUERY_KEY, saved);
      // The organization's name and language also show in /api/me.
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

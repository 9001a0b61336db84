import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RuntimeConfig } from '@/lib/api/types';

/** GET /api/config (public): the OIDC issuer and client id. */
export function fetchRuntimeConfig(signal?: AbortSignal): Promise<RuntimeConfig> {
  return api.get<RuntimeConfig>('/api/config', { anonymous: true, signal });
}

export const runtimeConfigQuery = queryOptions({
  queryKey: ['runtime-config'],
  queryFn: ({ signal }) => fetchRuntimeConfig(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

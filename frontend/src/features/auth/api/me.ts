import { useQuery } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { api } from '@/lib/api-client';
import type { Me } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';
import { useSelectedTenantId } from '@/lib/tenant-selection';

export const ME_QUERY_KEY = 'me';

/** GET /api/me: the signed-in person, their memberships and their roles in the selected tenant. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/me', { signal });
}

/** The signed-in person (only fetched while signed in); keyed by the selected tenant. */
export function useMe() {
  const auth = useAuth();
  const tenantId = useSelectedTenantId();
  return useQuery<Me, ProblemError>({
    queryKey: [ME_QUERY_KEY, tenantId],
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: auth.isAuthenticated,
    staleTime: 60_000,
  });
}

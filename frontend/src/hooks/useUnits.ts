import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Unit } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

// The unit tree is read by several features (members, survey results, the units admin), so it is shared; the
// units feature owns the changes and invalidates this query.
export const UNITS_QUERY_KEY = ['units'] as const;

/** GET /api/units: the unit tree of the selected tenant. */
export function fetchUnits(signal?: AbortSignal): Promise<Unit[]> {
  return api.get<Unit[]>('/api/units', { signal });
}

export function useUnits(options: { enabled?: boolean } = {}) {
  return useQuery<Unit[], ProblemError>({
    queryKey: UNITS_QUERY_KEY,
    queryFn: ({ signal }) => fetchUnits(signal),
    enabled: options.enabled ?? true,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProblemError } from '@/lib/problem-details';
import type { PublicPromise } from './types';

/** GET /api/public/promises/{token}: the customer's view of a promise, no login, no tenant; 404 for an unknown link. */
export function usePublicPromise(token: string) {
  return useQuery<PublicPromise, ProblemError>({
    queryKey: ['promise-status', token],
    queryFn: ({ signal }) => api.get<PublicPromise>(`/api/public/promises/${encodeURIComponent(token)}`, { signal, anonymous: true }),
    retry: (count, error) => error.status === 0 && count < 2,
  });
}

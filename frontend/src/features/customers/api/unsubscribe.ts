import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Subscription } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

const path = (token: string) => `/api/public/unsubscribe/${encodeURIComponent(token)}`;
const key = (token: string) => ['unsubscribe', token] as const;

/** GET (no login): whose link this is and whether they already opted out; 404 for an unknown token. */
export function useUnsubscription(token: string) {
  return useQuery<Subscription, ProblemError>({
    queryKey: key(token),
    queryFn: ({ signal }) => api.get<Subscription>(path(token), { signal, anonymous: true }),
    retry: false,
  });
}

/** POST (no login, idempotent): no more mails to this customer. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation<Subscription, ProblemError, void>({
    mutationFn: () => api.post<Subscription>(path(token), undefined, { anonymous: true }),
    onSuccess: (saved) => queryClient.setQueryData(key(token), saved),
  });
}

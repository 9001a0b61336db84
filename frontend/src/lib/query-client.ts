import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from '@/lib/problem-details';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) won't get better by retrying.
        retry: (failureCount, error) =>
          !(isProblemError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}

/** Query keys whose data does not belong to a user or tenant (kept across sign-out and tenant switches). */
const GLOBAL_QUERY_ROOTS = new Set<unknown>(['runtime-config']);

const isUserQuery = (query: { queryKey: readonly unknown[] }) => !GLOBAL_QUERY_ROOTS.has(query.queryKey[0]);

/** After a tenant switch: every user/tenant answer is outdated; active queries load again. */
export function resetUserQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({ predicate: isUserQuery });
}

/** After signing out: forget everything the user saw. */
export function removeUserQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: isUserQuery });
}

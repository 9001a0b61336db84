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

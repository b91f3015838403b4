import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Glue answers 4xx deliberately (not found, forbidden): retrying those only delays the message.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof Error && 'status' in error && Number(error.status) < 500),
      },
    },
  });
}

import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import type { MockControls } from '../lib/mock-mode/mock-controls';
import { bindCacheToSession } from '../features/auth/public';
import { sessionStore } from '../lib/glue/client';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { ToastProvider } from '../ui/toast';
import { MockContext } from '../lib/mock-mode/mock-context';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

interface AppProps {
  mock: MockControls | null;
  /** Tests pass a client with retries off. */
  queryClient?: QueryClient;
}

export function App({ mock, queryClient: givenClient }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [router] = useState(() => createRouter(queryClient));
  useEffect(() => bindCacheToSession(sessionStore, queryClient), [queryClient]);
  return (
    <MockContext value={mock}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MockContext>
  );
}

// Renders the whole app at a path, as a user would meet it, with a fresh QueryClient
// configured as the app's, whose retries are off.
import { render } from '@testing-library/react';
import type { MockControls } from '../lib/mock-mode/mock-controls';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';

export function renderApp(path: string, mock: MockControls | null = null) {
  window.history.replaceState(null, '', path);
  // The app's own defaults (staleTime included: the route loaders rely on it), with
  // retries off so a failure shows at once.
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    queries: { ...defaults.queries, retry: false },
    mutations: { ...defaults.mutations, retry: false },
  });
  return { queryClient, ...render(<App mock={mock} queryClient={queryClient} />) };
}

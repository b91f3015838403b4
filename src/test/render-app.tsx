// Renders the whole app at a path, as a user would meet it, with a fresh QueryClient
// whose retries are off.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { MockControls } from '../lib/mock-mode/mock-controls';
import { App } from '../app/app';

export function renderApp(path: string, mock: MockControls | null = null) {
  window.history.replaceState(null, '', path);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { queryClient, ...render(<App mock={mock} queryClient={queryClient} />) };
}

import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import type { MockControls } from '../../mocks/browser';
import { MockContext } from './mock-context';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

export function App({ mock }: { mock: MockControls | null }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <MockContext value={mock}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MockContext>
  );
}

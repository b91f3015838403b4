// What the build makes of the route table: the early script's routes, in the table's order.
import { describe, expect, it } from 'vitest';
import { preloadRoutes } from './vite-routes';

const TEXTS = 'src/lib/i18n/messages-en-pages.ts';

describe('the route table, as the build reads it', () => {
  it('preloads each company-user page with its sections and texts (one entry for the same files) unless it opts out, and the list’s request', () => {
    expect(preloadRoutes()).toEqual([
      {
        pattern: '^/(carts/?)?$',
        modules: ['src/features/carts/list/cart-list-page.tsx', TEXTS],
        request: {
          path: '/carts',
          query: { include: ['items', 'shared-carts', 'cart-permission-groups'] },
        },
      },
      {
        pattern: '^/carts/[^/]+/?$',
        modules: [
          'src/features/carts/detail/cart-detail.tsx',
          'src/features/sharing/share-panel.tsx',
          TEXTS,
        ],
      },
      {
        pattern: '^/permission-groups/?$|^/permission-groups/[^/]+/?$',
        modules: ['src/features/permission-groups/permission-groups-page.tsx', TEXTS],
      },
    ]);
  });
});

// The app's pages, one entry each: read by the router (src/app/router.tsx: paths, guards,
// what each page loads) and by the build (vite.config.ts: what index.html preloads for an
// address, the chunk groups, the Glue request started before the app runs). Adding a page
// is one entry here and its component in router.tsx's PAGES, which the types demand.
// Plain data: the build reads it in Node, where the features' public.ts cannot load.
import { LIST_REQUEST } from '../features/carts/requests.ts';

/** Who may open the page: anyone, a signed-in customer, or one acting as a company user. */
export type Guard = 'anyone' | 'customer' | 'company-user';

export interface PageRoute {
  /** react-router's path below the root (`:name` is one segment). */
  path: string;
  guard: Guard;
  /** The page's module, from the project's root: what the build preloads for the address. */
  module: string;
  /** More modules the page loads with it (a section, the page texts). */
  with?: readonly string[];
  /** The Glue request its loader starts, which the build starts even earlier. */
  firstRequest?: { path: string; query: { include: readonly string[] } };
  /** The page in a chunk of its own (build/vite-page-chunk.ts): `shared` takes what it
   * has in common with the pages named in `apartFrom`. */
  chunk?: { name: string; apartFrom: readonly string[]; shared: string };
  /** Also served at the root (`/` redirects here). */
  home?: boolean;
  /** false: no early preload when the page is the first one opened. Every entry of the
   * early script is on /login's bill; pages reached by a click from another page gain
   * nothing from it (docs/decisions/login-budget.md). */
  preload?: false;
}

/** The texts every page beyond the login ones loads (src/lib/i18n). */
export const PAGE_TEXTS = 'src/lib/i18n/messages-en-pages.ts';

const pages = (module: string, ...more: string[]) => ({
  module,
  with: [...more, PAGE_TEXTS],
});

export const ROUTES = {
  login: { path: 'login', guard: 'anyone', module: 'src/features/auth/login-page.tsx' },
  chooseCompany: {
    path: 'choose-company',
    guard: 'customer',
    module: 'src/features/auth/choose-company-page.tsx',
  },
  noCompany: {
    path: 'no-company',
    guard: 'customer',
    module: 'src/features/auth/no-company-page.tsx',
  },
  carts: {
    path: 'carts',
    guard: 'company-user',
    home: true,
    ...pages('src/features/carts/list/cart-list-page.tsx'),
    firstRequest: LIST_REQUEST,
    chunk: { name: 'cart-list-page', apartFrom: ['login'], shared: 'pages-shared' },
  },
  cart: {
    path: 'carts/:cartId',
    guard: 'company-user',
    // Not its first request: measured, the cart page then blocked longer and showed no
    // sooner (docs/decisions/early-list-request.md).
    ...pages('src/features/carts/detail/cart-detail.tsx', 'src/features/sharing/share-panel.tsx'),
    chunk: { name: 'cart-detail-page', apartFrom: ['login', 'carts'], shared: 'detail-shared' },
  },
  order: {
    path: 'carts/:cartId/order',
    guard: 'company-user',
    preload: false,
    ...pages('src/features/orders/order-page.tsx'),
  },
  orders: {
    path: 'orders',
    guard: 'company-user',
    preload: false,
    ...pages('src/features/orders/orders-page.tsx'),
  },
  orderDetail: {
    path: 'orders/:reference',
    guard: 'company-user',
    preload: false,
    ...pages('src/features/orders/order-detail-page.tsx'),
  },
  permissionGroups: {
    path: 'permission-groups',
    guard: 'company-user',
    ...pages('src/features/permission-groups/permission-groups-page.tsx'),
  },
  permissionGroup: {
    path: 'permission-groups/:groupId',
    guard: 'company-user',
    ...pages('src/features/permission-groups/permission-groups-page.tsx'),
  },
  notFound: { path: '*', guard: 'anyone', module: 'src/app/not-found-page.tsx' },
} as const satisfies Record<string, PageRoute>;

export type RouteName = keyof typeof ROUTES;

/** The table's entries, typed as entries (the table itself keeps its literal types). */
export const routeEntries = (): [RouteName, PageRoute][] =>
  Object.entries(ROUTES) as [RouteName, PageRoute][];

/** The pathname pattern of a route, as the build's early script matches it. */
export function routePattern(route: Pick<PageRoute, 'path' | 'home'>): string {
  const path = route.path.replace(/:[^/]+/g, '[^/]+');
  return route.home ? `^/(${path}/?)?$` : `^/${path}/?$`;
}

// The router: the route table's pages (src/app/routes.ts) behind their guards, each page
// code-split — the first visit loads the shell and its own page only. The pages beyond
// the login ones bring their texts along.
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import {
  Navigate,
  type LoaderFunctionArgs,
  type RouteObject,
  createBrowserRouter,
} from 'react-router-dom';
import { authPages, RequireCompanyUser, RequireCustomer } from '../features/auth/public';
import { cartPages, cartQueries } from '../features/carts/public';
import { orderPages } from '../features/orders/public';
import { permissionGroupPages, permissionGroupQueries } from '../features/permission-groups/public';
import { sessionStore } from '../lib/glue/client';
import { loadPageMessages } from '../lib/i18n/i18n';
import { whenIdle } from '../lib/when-idle';
import { AppShell } from './app-shell';
import { loadCartPage } from './cart-page';
import { RouteError } from './route-error';
import { type Guard, type RouteName, routeEntries } from './routes';

/** A page module together with the page texts. */
async function withPageTexts<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadPageMessages()]);
  return module;
}

/**
 * Data loads with the code: a route's loader starts its Glue request at once, so the
 * page's chunk and its data arrive in parallel, not one after the other. The loader does
 * not wait for it — the page shows its own loading and error states (with Retry) — and
 * starts nothing without a company user (the guard sends those to log in).
 */
function startWhenSignedIn(load: () => Promise<unknown>): null {
  if (sessionStore.getSnapshot().session?.companyUserId) load().catch(() => undefined);
  return null;
}

/** What the router needs of each page in the route table (src/app/routes.ts). */
interface PageCode {
  Component: () => Promise<ComponentType>;
  /** Starts the page's Glue request with its code (returns nothing to wait for). */
  loader?: (queryClient: QueryClient, args: LoaderFunctionArgs) => null;
  shouldRevalidate?: RouteObject['shouldRevalidate'];
}

/** Each page of the table, as its feature's door hands it out. */
const PAGES: Record<RouteName, PageCode> = {
  login: { Component: async () => (await authPages.login()).LoginPage },
  chooseCompany: { Component: async () => (await authPages.chooseCompany()).ChooseCompanyPage },
  noCompany: { Component: async () => (await authPages.noCompany()).NoCompanyPage },
  carts: {
    Component: async () => (await withPageTexts(cartPages.list)).CartListPage,
    // Once the list is there, the code of the page most people open next comes while the
    // browser is idle: a click on a cart then waits for Glue only, not for code too
    // (docs/decisions/warm-cart-page.md).
    loader: (queryClient) =>
      startWhenSignedIn(async () => {
        await queryClient.query(cartQueries.list());
        whenIdle(() => {
          PAGES.cart.Component().catch(() => undefined);
        });
      }),
    // The list's filter lives in the address: a new ?view= needs no new data.
    shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
  },
  cart: {
    Component: () => withPageTexts(loadCartPage),
    loader: (queryClient, { params }) =>
      startWhenSignedIn(() => queryClient.query(cartQueries.detail(params.cartId ?? ''))),
  },
  order: {
    Component: async () => (await withPageTexts(orderPages.order)).OrderPage,
    // The order form's two requests start with its code (the queries come with it: the
    // orders door hands out loaders only).
    loader: (queryClient, { params }) =>
      startWhenSignedIn(async () => {
        const cartId = params.cartId ?? '';
        const { startOrderForm } = await orderPages.queries();
        await Promise.all([
          // The cart page has just read the cart: no second request for it.
          queryClient.query({ ...cartQueries.detail(cartId), staleTime: 10_000 }),
          startOrderForm(queryClient, cartId),
        ]);
      }),
  },
  orders: { Component: async () => (await withPageTexts(orderPages.list)).OrdersPage },
  orderDetail: {
    Component: async () => (await withPageTexts(orderPages.detail)).OrderDetailPage,
  },
  permissionGroups: {
    Component: async () => (await withPageTexts(permissionGroupPages.list)).PermissionGroupsPage,
    loader: (queryClient) =>
      startWhenSignedIn(() => queryClient.query(permissionGroupQueries.list())),
  },
  permissionGroup: {
    Component: async () => (await withPageTexts(permissionGroupPages.list)).PermissionGroupPage,
  },
  notFound: { Component: async () => (await import('./not-found-page')).NotFoundPage },
};

/** The routes of the table behind one guard, in the table's order. */
function routesFor(guard: Guard, queryClient: QueryClient): RouteObject[] {
  return routeEntries().flatMap(([name, route]): RouteObject[] => {
    if (route.guard !== guard) return [];
    const { Component, loader, shouldRevalidate } = PAGES[name];
    const page: RouteObject = {
      path: route.path,
      lazy: async () => ({ Component: await Component() }),
      ...(loader && { loader: (args: LoaderFunctionArgs) => loader(queryClient, args) }),
      ...(shouldRevalidate && { shouldRevalidate }),
    };
    return route.home
      ? [{ index: true, element: <Navigate to={`/${route.path}`} replace /> }, page]
      : [page];
  });
}

export function createRouter(queryClient: QueryClient) {
  const open = routesFor('anyone', queryClient);
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      // While the first page's code loads: nothing yet (the shell follows in moments).
      HydrateFallback: () => null,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            ...open.filter((route) => route.path !== '*'),
            { element: <RequireCustomer />, children: routesFor('customer', queryClient) },
            { element: <RequireCompanyUser />, children: routesFor('company-user', queryClient) },
            // The catch-all last, after every route it could shadow.
            ...open.filter((route) => route.path === '*'),
          ],
        },
      ],
    },
  ]);
}

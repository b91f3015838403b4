// Routes are code-split: the first visit loads the shell and its own page only. The
// cart, permission and sharing pages bring their texts along.

/** A page module together with the page texts. */
async function withPageTexts<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadPageMessages()]);
  return module;
}
import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type LoaderFunctionArgs, createBrowserRouter } from 'react-router-dom';
import { authPages, RequireCompanyUser, RequireCustomer } from '../features/auth/public';
import { cartPages, cartQueries } from '../features/carts/public';
import { orderPages } from '../features/orders/public';
import { permissionGroupPages, permissionGroupQueries } from '../features/permission-groups/public';
import { sessionStore } from '../lib/glue';
import { loadPageMessages } from '../lib/i18n/i18n';
import { AppShell } from './app-shell';
import { loadCartPage } from './cart-page';
import { RouteError } from './route-error';

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

export function createRouter(queryClient: QueryClient) {
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
            {
              path: 'login',
              lazy: async () => ({
                Component: (await authPages.login()).LoginPage,
              }),
            },
            {
              element: <RequireCustomer />,
              children: [
                {
                  path: 'choose-company',
                  lazy: async () => ({
                    Component: (await authPages.chooseCompany()).ChooseCompanyPage,
                  }),
                },
                {
                  path: 'no-company',
                  lazy: async () => ({
                    Component: (await authPages.noCompany()).NoCompanyPage,
                  }),
                },
              ],
            },
            {
              element: <RequireCompanyUser />,
              children: [
                { index: true, element: <Navigate to="/carts" replace /> },
                {
                  path: 'carts',
                  loader: () => startWhenSignedIn(() => queryClient.query(cartQueries.list())),
                  // The list's filter lives in the address: a new ?view= needs no new data.
                  shouldRevalidate: ({ currentUrl, nextUrl }) =>
                    currentUrl.pathname !== nextUrl.pathname,
                  lazy: async () => ({
                    Component: (await withPageTexts(cartPages.list)).CartListPage,
                  }),
                },
                {
                  path: 'carts/:cartId',
                  loader: ({ params }: LoaderFunctionArgs) =>
                    startWhenSignedIn(() =>
                      queryClient.query(cartQueries.detail(params.cartId ?? '')),
                    ),
                  lazy: async () => ({
                    Component: await withPageTexts(loadCartPage),
                  }),
                },
                {
                  // The order form's two requests start with its code (the queries come
                  // with it: the orders door hands out loaders only).
                  path: 'carts/:cartId/order',
                  loader: ({ params }: LoaderFunctionArgs) =>
                    startWhenSignedIn(async () => {
                      const cartId = params.cartId ?? '';
                      const { startOrderForm } = await orderPages.queries();
                      await Promise.all([
                        // The cart page has just read the cart: no second request for it.
                        queryClient.query({ ...cartQueries.detail(cartId), staleTime: 10_000 }),
                        startOrderForm(queryClient, cartId),
                      ]);
                    }),
                  lazy: async () => ({
                    Component: (await withPageTexts(orderPages.order)).OrderPage,
                  }),
                },
                {
                  path: 'orders',
                  lazy: async () => ({
                    Component: (await withPageTexts(orderPages.list)).OrdersPage,
                  }),
                },
                {
                  path: 'orders/:reference',
                  lazy: async () => ({
                    Component: (await withPageTexts(orderPages.detail)).OrderDetailPage,
                  }),
                },
                {
                  path: 'permission-groups',
                  loader: () =>
                    startWhenSignedIn(() => queryClient.query(permissionGroupQueries.list())),
                  lazy: async () => ({
                    Component: (await withPageTexts(permissionGroupPages.list))
                      .PermissionGroupsPage,
                  }),
                },
                {
                  path: 'permission-groups/:groupId',
                  lazy: async () => ({
                    Component: (await withPageTexts(permissionGroupPages.list)).PermissionGroupPage,
                  }),
                },
              ],
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ]);
}

// Routes are code-split: the first visit loads the shell and its own page only. The
// cart, permission and sharing pages bring their texts along.

/** A page module together with the page texts. */
async function withPageTexts<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadPageMessages()]);
  return module;
}
import { Navigate, createBrowserRouter } from 'react-router-dom';
import { loadPageMessages } from '../lib/i18n/i18n';
import { RequireCompanyUser, RequireCustomer } from '../features/auth/require-session';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

export function createRouter() {
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
                Component: (await import('../features/auth/login-page')).LoginPage,
              }),
            },
            {
              element: <RequireCustomer />,
              children: [
                {
                  path: 'choose-company',
                  lazy: async () => ({
                    Component: (await import('../features/auth/choose-company-page'))
                      .ChooseCompanyPage,
                  }),
                },
                {
                  path: 'no-company',
                  lazy: async () => ({
                    Component: (await import('../features/auth/no-company-page')).NoCompanyPage,
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
                  lazy: async () => ({
                    Component: (
                      await withPageTexts(() => import('../features/carts/cart-list-page'))
                    ).CartListPage,
                  }),
                },
                {
                  path: 'carts/:cartId',
                  lazy: async () => ({
                    Component: (await withPageTexts(() => import('./cart-page'))).CartPage,
                  }),
                },
                {
                  path: 'permission-groups',
                  lazy: async () => ({
                    Component: (
                      await withPageTexts(
                        () => import('../features/permission-groups/permission-groups-page'),
                      )
                    ).PermissionGroupsPage,
                  }),
                },
                {
                  path: 'permission-groups/:groupId',
                  lazy: async () => ({
                    Component: (
                      await withPageTexts(
                        () => import('../features/permission-groups/permission-groups-page'),
                      )
                    ).PermissionGroupPage,
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

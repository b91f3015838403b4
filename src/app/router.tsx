// Routes are code-split: the first visit loads the shell and its own page only.
import { Navigate, createBrowserRouter } from 'react-router-dom';
import { RequireCompanyUser, RequireCustomer } from '../features/auth/require-session';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
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
                    Component: (await import('../features/carts/cart-list-page')).CartListPage,
                  }),
                },
                {
                  path: 'carts/:cartId',
                  lazy: async () => ({ Component: (await import('./cart-page')).CartPage }),
                },
                {
                  path: 'permission-groups',
                  lazy: async () => ({
                    Component: (
                      await import('../features/permission-groups/permission-groups-page')
                    ).PermissionGroupsPage,
                  }),
                },
                {
                  path: 'permission-groups/:groupId',
                  lazy: async () => ({
                    Component: (
                      await import('../features/permission-groups/permission-groups-page')
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

import { Navigate, createBrowserRouter } from 'react-router-dom';
import { ChooseCompanyPage } from '../features/auth/choose-company-page';
import { LoginPage } from '../features/auth/login-page';
import { NoCompanyPage } from '../features/auth/no-company-page';
import { RequireCompanyUser, RequireCustomer } from '../features/auth/require-session';
import { CartListPage } from '../features/carts/cart-list-page';
import {
  PermissionGroupPage,
  PermissionGroupsPage,
} from '../features/permission-groups/permission-groups-page';
import { AppShell } from './app-shell';
import { CartPage } from './cart-page';
import { NotFoundPage } from './not-found-page';
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
            { path: 'login', element: <LoginPage /> },
            {
              element: <RequireCustomer />,
              children: [
                { path: 'choose-company', element: <ChooseCompanyPage /> },
                { path: 'no-company', element: <NoCompanyPage /> },
              ],
            },
            {
              element: <RequireCompanyUser />,
              children: [
                { index: true, element: <Navigate to="/carts" replace /> },
                { path: 'carts', element: <CartListPage /> },
                { path: 'carts/:cartId', element: <CartPage /> },
                { path: 'permission-groups', element: <PermissionGroupsPage /> },
                { path: 'permission-groups/:groupId', element: <PermissionGroupPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

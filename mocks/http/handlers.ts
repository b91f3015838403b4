// Every Glue endpoint of docs/glue-api.md, over one backend at one base URL. The same list
// serves the browser worker, Vitest's setupServer and the Node HTTP mock server.
import { http } from 'msw';
import type { MockBackend } from '../backend';
import { frameworkFail } from '../rules/glue-failure';
import { authHandlers } from './auth-handlers';
import { cartHandlers } from './cart-handlers';
import { catalogHandlers } from './catalog-handlers';
import { permissionGroupHandlers } from './permission-group-handlers';
import { checkoutHandlers } from './checkout-handlers';
import { companyUserHandlers } from './company-user-handlers';
import { glueRoutes } from './glue-handler';
import { failureResponse } from './glue-response';
import { itemHandlers } from './item-handlers';
import { shareHandlers } from './share-handlers';

/**
 * Every endpoint of one Glue at `baseUrl`, and Glue's 404 "Not Found" for any other path
 * under it. Requests elsewhere (the page's own scripts, styles, navigations) match
 * nothing here and go to the network.
 */
export function createHandlers(backend: MockBackend, baseUrl: string) {
  const routes = glueRoutes(backend, baseUrl);
  return [
    ...authHandlers(routes),
    ...permissionGroupHandlers(routes),
    ...catalogHandlers(routes),
    ...companyUserHandlers(routes),
    ...shareHandlers(routes),
    ...checkoutHandlers(routes),
    ...itemHandlers(routes),
    ...cartHandlers(routes),
    http.all(routes.path('/*'), ({ request }) =>
      failureResponse(request, frameworkFail('notFound')),
    ),
  ];
}

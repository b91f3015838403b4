// Every Glue endpoint of glue-api.md, over one backend. The same list serves the
// browser worker, Vitest's setupServer and the Node HTTP mock server.
import { http } from 'msw';
import type { MockBackend } from '../backend';
import { JSON_API_MEDIA_TYPE } from '../../src/lib/json-api/document';
import { frameworkFail } from '../rules/glue-failure';
import { authHandlers } from './auth-handlers';
import { cartHandlers } from './cart-handlers';
import { catalogHandlers } from './catalog-handlers';
import { companyUserHandlers } from './company-user-handlers';
import { glueRoutes } from './glue-handler';
import { failureResponse } from './glue-response';
import { itemHandlers } from './item-handlers';
import { shareHandlers } from './share-handlers';

export interface HandlerOptions {
  /**
   * Whether a request that matches no endpoint is Glue's to answer with 404 "Not Found".
   * In the browser only requests that ask for JSON:API are (the page's own scripts,
   * styles and navigations must pass through); on the Node server every request is.
   */
  isGlueRequest?: (request: Request) => boolean;
}

export const asksForJsonApi = (request: Request) =>
  (request.headers.get('Accept') ?? '').includes(JSON_API_MEDIA_TYPE) ||
  (request.headers.get('Content-Type') ?? '').includes(JSON_API_MEDIA_TYPE);

export function createHandlers(backend: MockBackend, options: HandlerOptions = {}) {
  const isGlueRequest = options.isGlueRequest ?? (() => true);
  const routes = glueRoutes(backend, isGlueRequest);
  return [
    ...authHandlers(routes),
    ...catalogHandlers(routes),
    ...companyUserHandlers(routes),
    ...shareHandlers(routes),
    ...itemHandlers(routes),
    ...cartHandlers(routes),
    http.all('*', ({ request }) =>
      isGlueRequest(request) ? failureResponse(request, frameworkFail('notFound')) : undefined,
    ),
  ];
}

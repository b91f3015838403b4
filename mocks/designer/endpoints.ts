// The endpoints a designer can make fail, by a short key usable in a URL
// (`?fail=share-create:2703`).
export interface EndpointMatcher {
  label: string;
  method: string;
  path: RegExp;
}

export const ENDPOINTS = {
  'carts-list': { label: 'GET /carts', method: 'GET', path: /\/carts\/?$/ },
  'cart-detail': { label: 'GET /carts/{id}', method: 'GET', path: /\/carts\/[^/]+$/ },
  'cart-create': { label: 'POST /carts', method: 'POST', path: /\/carts\/?$/ },
  'cart-update': { label: 'PATCH /carts/{id}', method: 'PATCH', path: /\/carts\/[^/]+$/ },
  'cart-delete': { label: 'DELETE /carts/{id}', method: 'DELETE', path: /\/carts\/[^/]+$/ },
  'item-add': { label: 'POST /carts/{id}/items', method: 'POST', path: /\/carts\/[^/]*\/items$/ },
  'item-update': {
    label: 'PATCH /carts/{id}/items/{sku}',
    method: 'PATCH',
    path: /\/items\/[^/]+$/,
  },
  'item-remove': {
    label: 'DELETE /carts/{id}/items/{sku}',
    method: 'DELETE',
    path: /\/items\/[^/]+$/,
  },
  'share-create': {
    label: 'POST /carts/{id}/shared-carts',
    method: 'POST',
    path: /\/shared-carts$/,
  },
  'share-update': {
    label: 'PATCH /shared-carts/{id}',
    method: 'PATCH',
    path: /\/shared-carts\/[^/]+$/,
  },
  'share-delete': {
    label: 'DELETE /shared-carts/{id}',
    method: 'DELETE',
    path: /\/shared-carts\/[^/]+$/,
  },
  'company-users': { label: 'GET /company-users', method: 'GET', path: /\/company-users$/ },
  'permission-groups': {
    label: 'GET /cart-permission-groups',
    method: 'GET',
    path: /\/cart-permission-groups$/,
  },
  'product-search': {
    label: 'GET /catalog-search-suggestions',
    method: 'GET',
    path: /\/catalog-search-suggestions$/,
  },
  login: { label: 'POST /access-tokens', method: 'POST', path: /\/access-tokens$/ },
  'company-login': {
    label: 'POST /company-user-access-tokens',
    method: 'POST',
    path: /\/company-user-access-tokens$/,
  },
  refresh: { label: 'POST /refresh-tokens', method: 'POST', path: /\/refresh-tokens$/ },
  'checkout-data': { label: 'POST /checkout-data', method: 'POST', path: /\/checkout-data$/ },
  checkout: { label: 'POST /checkout', method: 'POST', path: /\/checkout$/ },
  orders: { label: 'GET /orders', method: 'GET', path: /\/orders$/ },
  'voucher-add': {
    label: 'POST /carts/{id}/vouchers',
    method: 'POST',
    path: /\/carts\/[^/]+\/vouchers$/,
  },
  'voucher-remove': {
    label: 'DELETE /carts/{id}/vouchers/{code}',
    method: 'DELETE',
    path: /\/vouchers\/[^/]+$/,
  },
} as const satisfies Record<string, EndpointMatcher>;

export type EndpointKey = keyof typeof ENDPOINTS;

export const isEndpointKey = (value: string): value is EndpointKey => value in ENDPOINTS;

export function matches(key: EndpointKey, request: Request): boolean {
  const endpoint = ENDPOINTS[key];
  return request.method === endpoint.method && endpoint.path.test(new URL(request.url).pathname);
}

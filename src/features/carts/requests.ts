// The carts feature's second door, for the route table (src/app/routes.ts) and the build
// that reads it: what the cart pages ask Glue for, one request each, includes instead of
// waterfalls. Plain data, free of the client: the build starts the list's request before
// the app runs on a first load (json-api/first-request.ts), and public.ts cannot be
// loaded outside a browser.

/** The list: every cart with what its row shows (items, shares, access level). */
export const LIST_REQUEST = {
  path: '/carts',
  query: { include: ['items', 'shared-carts', 'cart-permission-groups'] },
};

/** A cart: its items with their products, its shares with the colleagues and levels. */
export const DETAIL_INCLUDE = [
  'items',
  'concrete-products',
  'shared-carts',
  'company-users',
  'customers',
  'cart-permission-groups',
];

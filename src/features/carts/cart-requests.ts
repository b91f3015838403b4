// What the cart pages ask Glue for: one request each, includes instead of waterfalls.
// A module of its own, free of the client, because the build starts the list's request
// before the app runs on a first load (vite.config.ts, json-api/first-request.ts).

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

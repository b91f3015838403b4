// The only door into ordering. Everything is a loader: the router opens this door, and
// whatever it hands out statically would land in the first chunk every visit loads
// (docs/decisions/doors-hand-out-loaders.md) — the query factory included.
export const orderPages = {
  order: () => import('./order-page'),
  list: () => import('./orders-page'),
  detail: () => import('./order-detail-page'),
  /** "Order this cart" on the cart page (it starts the form's request on the way). */
  link: () => import('./order-link'),
  queries: () => import('./order-queries'),
};

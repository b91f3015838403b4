// The only door into carts. Other features and the app use the domain types, the query
// factory (the sharing panel edits the cached cart) and the header's New count; the
// pages are loaders, so each route's code stays in its own chunk.
export type { Cart, CartShare, PermissionName } from './cart-model';
export { cartQueries } from './cart-queries';
export { useNewSharesCount } from './seen/new-shares';

export const cartPages = {
  list: () => import('./list/cart-list-page'),
  detail: () => import('./detail/cart-detail-page'),
};

// The only door into carts. Other features and the app use the domain types, the query
// factory (the sharing panel edits the cached cart) and the header's New count; the
// pages and the count are loaders, so each one's code stays in its own chunk.
export type { Cart, CartShare, PermissionName } from './cart-model';
export { cartQueries } from './cart-queries';

export const cartPages = {
  list: () => import('./list/cart-list-page'),
  detail: () => import('./detail/cart-detail'),
};

/** The header's count of carts new to the user (needs a signed-in company user). */
export const loadNewSharesCount = () => import('./seen/new-shares-count');

// What other features may use of carts: the domain types and the query factory (the
// sharing panel edits the cached cart). Everything else is this feature's own.
export type { Cart, CartShare, PermissionName } from './cart-model';
export { cartQueries } from './cart-queries';
export { useNewSharesCount } from './new-shares';

// Who may do what to a cart (docs/glue-api.md §5). The server decides from the caller's
// token alone: the owner is a customer, recipients are company users.
import { FULL_ACCESS } from '../db/demo-seed';
import type { MockDatabase } from '../db/database';
import type { CartRecord, ShareRecord } from '../db/records';
import type { Caller } from './auth';
import { type GlueFailure, fail, isFailure } from './glue-failure';

export type CartRole = 'owner' | 'full-access' | 'read-only';

export interface CartView {
  cart: CartRecord;
  role: CartRole;
  /** The caller's own share when the cart is shared with them. */
  share: ShareRecord | null;
}

export const isOwner = (caller: Caller, cart: CartRecord) =>
  cart.ownerReference === caller.customer.reference;

export function sharesOfCart(db: MockDatabase, cartId: string): ShareRecord[] {
  return [...db.shares.values()].filter((share) => share.cartId === cartId);
}

/** The caller's view of a cart, or null when they may not even know it exists. */
export function viewOf(db: MockDatabase, caller: Caller, cart: CartRecord): CartView | null {
  if (isOwner(caller, cart)) return { cart, role: 'owner', share: null };
  const companyUserId = caller.companyUser?.id;
  if (!companyUserId) return null;
  for (const share of db.shares.values()) {
    if (share.cartId === cart.id && share.companyUserId === companyUserId) {
      const role = share.permissionGroupId === FULL_ACCESS ? 'full-access' : 'read-only';
      return { cart, role, share };
    }
  }
  return null;
}

/** Read access, else 404 `101`: existence is never revealed. */
export function readableCart(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
): CartView | GlueFailure {
  const cart = db.carts.get(cartId);
  const view = cart ? viewOf(db, caller, cart) : null;
  return view ?? fail('101');
}

export const canWrite = (view: CartView) => view.role !== 'read-only';

/** Write access: `101` if unreadable, `115` if read-only. */
export function writableCart(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
): CartView | GlueFailure {
  const view = readableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  return canWrite(view) ? view : fail('115');
}

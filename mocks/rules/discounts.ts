// Vouchers on a cart (docs/glue-api.md §11g; docs/demo-data.md, "Ordering"). Only the
// owner may add or remove one: the voucher endpoints build the customer from the token
// without a company user, so every share recipient — full access too — gets 404 `101`.
import type { MockDatabase } from '../db/database';
import { VOUCHERS } from '../db/ordering-seed';
import type { CartRecord } from '../db/records';
import type { Caller } from './auth';
import { type CartView, readableCart } from './cart-access';
import { type GlueFailure, fail, isFailure } from './glue-failure';

export interface Discount {
  displayName: string;
  amount: number;
  code: string | null;
}

/** The cart's discounts, each at most what is left of the subtotal (never below 0). */
export function cartDiscounts(cart: CartRecord, subtotal: number): Discount[] {
  let left = subtotal;
  return (cart.vouchers ?? []).flatMap((code) => {
    const voucher = VOUCHERS.find((v) => v.code === code);
    if (!voucher?.discount) return [];
    const amount = Math.min(left, voucher.discount(subtotal));
    left -= amount;
    return [{ displayName: voucher.displayName, amount, code }];
  });
}

function ownCart(db: MockDatabase, caller: Caller, cartId: string): CartView | GlueFailure {
  const view = readableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  return view.role === 'owner' ? view : fail('101');
}

/** Applies a code: unknown, expired or already applied → 422 `3302` (§11k.10). */
export function addVoucher(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  code: string,
): CartView | GlueFailure {
  const view = ownCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const voucher = VOUCHERS.find((v) => v.code === code);
  const applied = view.cart.vouchers ?? [];
  if (!voucher?.discount || applied.includes(code)) return fail('3302');
  view.cart.vouchers = [...applied, code];
  return view;
}

/** Removes a code; one that is not in the cart → 422 `3301`. */
export function removeVoucher(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  code: string,
): null | GlueFailure {
  const view = ownCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const applied = view.cart.vouchers ?? [];
  if (!applied.includes(code)) return fail('3301');
  view.cart.vouchers = applied.filter((c) => c !== code);
  return null;
}

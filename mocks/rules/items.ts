// Item rules. Checks run in the order of docs/glue-api.md §5: can read the cart (101),
// the item exists (103), can write (115); then the item's own rules (§8). Items are
// addressed by their group key, which equals the SKU for the plain products here.
import type { ItemAddInput, ItemUpdateInput } from '../../src/contract/cart-schemas';
import type { MockDatabase } from '../db/database';
import type { Caller } from './auth';
import { type CartView, canWrite, readableCart, writableCart } from './cart-access';
import { type GlueFailure, combine, fail, isFailure, productNotFound } from './glue-failure';

export function addItem(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  input: ItemAddInput,
): CartView | GlueFailure {
  const view = writableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  if (!db.products.has(input.sku)) return combine(productNotFound(input.sku), fail('113'));
  // The products here are sold in whole pieces.
  if (!Number.isInteger(input.quantity)) return fail('113');
  const existing = view.cart.items.find((item) => item.sku === input.sku);
  if (existing) existing.quantity += input.quantity;
  else view.cart.items.push({ sku: input.sku, quantity: input.quantity });
  return view;
}

function itemOfWritableCart(db: MockDatabase, caller: Caller, cartId: string, itemId: string) {
  const view = readableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const index = view.cart.items.findIndex((item) => item.sku === itemId);
  if (index < 0) return fail('103');
  if (!canWrite(view)) return fail('115');
  return { view, index };
}

/** A new quantity; `0` removes the item, the current quantity is refused (114). */
export function updateItem(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  itemId: string,
  input: ItemUpdateInput,
): CartView | GlueFailure {
  const found = itemOfWritableCart(db, caller, cartId, itemId);
  if (isFailure(found)) return found;
  const { view, index } = found;
  const item = view.cart.items[index];
  const { quantity } = input;
  if (!item || !Number.isInteger(quantity) || quantity < 0 || quantity === item.quantity) {
    return fail('114');
  }
  if (quantity === 0) view.cart.items.splice(index, 1);
  else item.quantity = quantity;
  return view;
}

export function removeItem(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  itemId: string,
): null | GlueFailure {
  const found = itemOfWritableCart(db, caller, cartId, itemId);
  if (isFailure(found)) return found;
  found.view.cart.items.splice(found.index, 1);
  return null;
}

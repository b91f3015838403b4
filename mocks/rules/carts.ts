// Cart rules (glue-api.md §4, §5, §8): list, read, create, rename, delete.
import type { CartCreateInput, CartUpdateInput } from '../../src/features/carts/cart-schemas';
import type { MockDatabase } from '../db/database';
import type { CartRecord } from '../db/records';
import { randomUuid } from '../db/uuid';
import type { Caller } from './auth';
import { type CartView, readableCart, sharesOfCart, viewOf, writableCart } from './cart-access';
import { type GlueFailure, fail, isFailure, validationFail } from './glue-failure';

/** The caller's own carts and every cart shared with their company user. */
export function listCarts(db: MockDatabase, caller: Caller): CartView[] {
  const views: CartView[] = [];
  for (const cart of db.carts.values()) {
    const view = viewOf(db, caller, cart);
    if (view) views.push(view);
  }
  return views;
}

export const getCart = readableCart;

const ownCarts = (db: MockDatabase, ownerReference: string) =>
  [...db.carts.values()].filter((cart) => cart.ownerReference === ownerReference);

function duplicateName(db: MockDatabase, ownerReference: string, name: string, exceptId?: string) {
  return ownCarts(db, ownerReference).some((cart) => cart.name === name && cart.id !== exceptId)
    ? validationFail([{ field: 'name', message: 'A cart with this name already exists.' }])
    : null;
}

export function createCart(
  db: MockDatabase,
  caller: Caller,
  input: CartCreateInput,
): CartView | GlueFailure {
  const duplicate = duplicateName(db, caller.customer.reference, input.name);
  if (duplicate) return duplicate;
  const cart: CartRecord = {
    id: randomUuid(),
    ownerReference: caller.customer.reference,
    name: input.name,
    priceMode: input.priceMode ?? 'GROSS_MODE',
    currency: input.currency ?? 'EUR',
    store: input.store ?? 'DE',
    // A customer's first cart becomes their default one.
    isDefault: ownCarts(db, caller.customer.reference).length === 0,
    items: [],
    createdAt: db.nextCreatedAt++,
  };
  db.carts.set(cart.id, cart);
  return { cart, role: 'owner', share: null };
}

export function updateCart(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  input: CartUpdateInput,
): CartView | GlueFailure {
  const view = writableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const { cart } = view;
  // Names are unique among the owner's carts, whoever renames (a full-access colleague too).
  if (input.name !== undefined) {
    const duplicate = duplicateName(db, cart.ownerReference, input.name, cart.id);
    if (duplicate) return duplicate;
    cart.name = input.name;
  }
  if (input.priceMode) cart.priceMode = input.priceMode;
  return view;
}

export function deleteCart(db: MockDatabase, caller: Caller, cartId: string): null | GlueFailure {
  const view = writableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const { cart } = view;
  const ownerCarts = ownCarts(db, cart.ownerReference);
  if (view.role === 'owner' && ownerCarts.length <= 1) return fail('105');
  db.carts.delete(cart.id);
  for (const share of sharesOfCart(db, cart.id)) db.shares.delete(share.id);
  if (cart.isDefault) {
    const next = ownerCarts
      .filter((c) => c.id !== cart.id)
      .sort((a, b) => a.createdAt - b.createdAt)[0];
    if (next) next.isDefault = true;
  }
  return null;
}

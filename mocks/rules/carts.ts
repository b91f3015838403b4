// Cart rules (docs/glue-api.md §4, §5, §8): list, read, create, update, delete. The
// attribute rules (901) ran before, in the http layer, with the shared schemas.
import type { CartCreateInput, CartUpdateInput } from '../../src/contract/cart-schemas';
import type { MockDatabase } from '../db/database';
import type { CartRecord, PriceMode } from '../db/records';
import { randomUuid } from '../db/uuid';
import type { Caller } from './auth';
import { type CartView, sharesOfCart, viewOf, writableCart, readableCart } from './cart-access';
import { uniqueCartName } from './cart-names';
import type { FixedGlueErrorCode } from '../../src/contract/glue-errors';
import { type GlueFailure, fail, failAll, isFailure } from './glue-failure';

const PRICE_MODES: readonly string[] = ['GROSS_MODE', 'NET_MODE'] satisfies PriceMode[];
const STORE = 'DE';
const CURRENCY = 'EUR';

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

/** 117 for a currency other than EUR, 119 for an unknown price mode; empty means "not given". */
function valueCodes(input: { priceMode?: string; currency?: string }): FixedGlueErrorCode[] {
  const codes: FixedGlueErrorCode[] = [];
  if (input.currency && input.currency !== CURRENCY) codes.push('117');
  if (input.priceMode && !PRICE_MODES.includes(input.priceMode)) codes.push('119');
  return codes;
}

/** The new cart becomes the owner's default; the previous default loses it. */
function makeDefault(db: MockDatabase, cart: CartRecord) {
  for (const other of ownCarts(db, cart.ownerReference)) other.isDefault = other.id === cart.id;
}

export function createCart(
  db: MockDatabase,
  caller: Caller,
  input: CartCreateInput,
): CartView | GlueFailure {
  if (input.store !== STORE) return fail('112');
  const codes = valueCodes(input);
  if (codes.length > 0) return failAll([...codes, '107']);
  const owner = caller.customer.reference;
  const cart: CartRecord = {
    id: randomUuid(),
    ownerReference: owner,
    name: uniqueCartName(input.name, ownCarts(db, owner)),
    priceMode: input.priceMode as PriceMode,
    currency: CURRENCY,
    store: STORE,
    isDefault: true,
    items: [],
    createdAt: db.nextCreatedAt++,
  };
  db.carts.set(cart.id, cart);
  makeDefault(db, cart);
  return { cart, role: 'owner', share: null };
}

/** Rename and price mode; `If-Match` was checked before (§6b). The store never changes. */
export function updateCart(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  input: CartUpdateInput,
): CartView | GlueFailure {
  const view = writableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const codes = valueCodes(input);
  if (codes.length > 0) return failAll(codes);
  const { cart } = view;
  const priceMode = input.priceMode ? (input.priceMode as PriceMode) : cart.priceMode;
  if (priceMode !== cart.priceMode && cart.items.length > 0) return fail('111');
  // Names are unique among the owner's carts, whoever renames (a full-access colleague too).
  if (input.name !== undefined) {
    cart.name = uniqueCartName(input.name, ownCarts(db, cart.ownerReference), cart.id);
  }
  cart.priceMode = priceMode;
  return view;
}

export function deleteCart(db: MockDatabase, caller: Caller, cartId: string): null | GlueFailure {
  const view = writableCart(db, caller, cartId);
  if (isFailure(view)) return view;
  const { cart } = view;
  const ownerCarts = ownCarts(db, cart.ownerReference);
  // Glue counts the *caller's* own carts other than this one (rev 3): an owner may not
  // delete their last cart, and neither may a full-access colleague who owns none.
  const callersOtherCarts = ownCarts(db, caller.customer.reference).filter((c) => c.id !== cart.id);
  if (callersOtherCarts.length === 0) return fail('105');
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

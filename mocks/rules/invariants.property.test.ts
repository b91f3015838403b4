// Property-based: random sequences of operations by random personas, straight on the
// rules, must keep the invariants of the sharing model and of the revised carts
// (entity tags, server-made unique names, one default cart, 114). 1,000 sequences per
// run; the seed is random unless FC_SEED is set, and fast-check prints it on failure.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type MockDatabase, createDatabase } from '../db/database';
import { DEMO_EMAILS, NORTHWIND, PRODUCTS, SUMMIT, companyUserId } from '../db/demo-seed';
import type { Caller } from './auth';
import { viewOf } from './cart-access';
import { createCart, deleteCart, getCart, listCarts, updateCart } from './carts';
import { checkIfMatch, entityTag } from './entity-tags';
import { type GlueFailure, isFailure } from './glue-failure';
import { addItem, removeItem, updateItem } from './items';
import { shareCart, unshare, updateShare } from './sharing';
import { cartTotals } from './totals';

const PERSONAS: [keyof typeof DEMO_EMAILS, string][] = [
  ['anna', NORTHWIND],
  ['ben', NORTHWIND],
  ['chloe', NORTHWIND],
  ['eva', NORTHWIND],
  ['eva', SUMMIT],
  ['frank', SUMMIT],
  ['gina', SUMMIT],
];
const RECIPIENTS = [
  ...PERSONAS.map(([p, c]) => companyUserId(DEMO_EMAILS[p], c)),
  companyUserId(DEMO_EMAILS.david, NORTHWIND),
];
const SKUS = [...PRODUCTS.slice(0, 4).map((p) => p.sku), 'NOPE-1'];
const PRICE = new Map(PRODUCTS.map((p) => [p.sku, p.unitPrice]));

function callerOf(db: MockDatabase, persona: number): Caller {
  const [key, company] = PERSONAS[persona % PERSONAS.length] ?? PERSONAS[0]!;
  const customer = db.customersByEmail.get(DEMO_EMAILS[key]);
  const companyUser = db.companyUsers.get(companyUserId(DEMO_EMAILS[key], company)) ?? null;
  if (!customer) throw new Error('persona missing');
  return { customer, companyUser };
}

const op = fc.record({
  kind: fc.constantFrom(
    'create',
    'rename',
    'delete',
    'add',
    'change',
    'same',
    'remove',
    'share',
    'reshare',
    'unshare',
    'read',
    'list',
  ),
  persona: fc.nat(PERSONAS.length - 1),
  target: fc.nat(40),
  recipient: fc.nat(RECIPIENTS.length - 1),
  sku: fc.nat(SKUS.length - 1),
  // Half the item operations take an item the cart holds: a random SKU is rarely in the
  // cart, and in one run of 1,000 sequences no removal succeeded at all.
  heldItem: fc.boolean(),
  quantity: fc.integer({ min: 0, max: 50 }),
  staleTag: fc.boolean(),
  group: fc.constantFrom(1, 2, 9),
  name: fc.constantFrom('Alpha', 'Beta', 'Empty draft', 'Q4 office restock', 'Alpha 1'),
});
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Who may read a cart, decided independently of the rules under test. */
function mayRead(db: MockDatabase, caller: Caller, cartId: string): boolean {
  const cart = db.carts.get(cartId);
  if (!cart) return false;
  if (cart.ownerReference === caller.customer.reference) return true;
  return [...db.shares.values()].some(
    (s) => s.cartId === cartId && s.companyUserId === caller.companyUser?.id,
  );
}

function run(db: MockDatabase, o: Op, shareOrigins: Map<string, string>) {
  const caller = callerOf(db, o.persona);
  const cartIds = [...db.carts.keys(), '00000000-0000-4000-8000-000000000000'];
  const cartId = cartIds[o.target % cartIds.length] ?? '';
  const shareIds = [...db.shares.keys(), '00000000-0000-4000-8000-000000000001'];
  const shareId = shareIds[o.target % shareIds.length] ?? '';
  const before = db.carts.get(cartId);
  const held = before?.items ?? [];
  const sku =
    o.heldItem && held.length > 0
      ? (held[o.sku % held.length]?.sku ?? 'NOPE-1')
      : (SKUS[o.sku] ?? 'NOPE-1');
  const beforeJson = JSON.stringify(before ?? null);
  const view = before ? viewOf(db, caller, before) : null;
  const shareBefore = db.shares.get(shareId);
  const ownerOfShareCart = shareBefore
    ? db.carts.get(shareBefore.cartId)?.ownerReference
    : undefined;

  let result: unknown;
  switch (o.kind) {
    case 'create':
      result = createCart(db, caller, { name: o.name, ...BASICS });
      if (!isFailure(result)) {
        const created = (result as { cart: { id: string; name: string; isDefault: boolean } }).cart;
        // A new cart is the owner's default, and its name is the one asked for or " N" after it.
        expect(created.isDefault).toBe(true);
        expect(created.name === o.name || created.name.startsWith(`${o.name} `)).toBe(true);
      }
      break;
    case 'rename': {
      // Half the time with a tag from before the last change: If-Match must refuse it.
      const tag = before ? (o.staleTag ? '"stale"' : entityTag(before)) : '"none"';
      const precondition: GlueFailure | null = checkIfMatch(db, cartId, tag);
      expect(precondition === null).toBe(Boolean(before) && !o.staleTag);
      result = precondition ?? updateCart(db, caller, cartId, { name: o.name });
      break;
    }
    case 'same': {
      // Setting an item to the quantity it has is refused with 114 and changes nothing.
      const item = before?.items.find((i) => i.sku === sku);
      result = updateItem(db, caller, cartId, sku, { quantity: item?.quantity ?? 1 });
      if (item && view && view.role !== 'read-only') {
        expect((result as GlueFailure).errors[0]?.code).toBe('114');
      }
      expect(isFailure(result)).toBe(true);
      expect(JSON.stringify(db.carts.get(cartId) ?? null)).toBe(beforeJson);
      break;
    }
    case 'delete':
      result = deleteCart(db, caller, cartId);
      break;
    case 'add':
      result = addItem(db, caller, cartId, { sku, quantity: Math.max(1, o.quantity) });
      break;
    case 'change':
      result = updateItem(db, caller, cartId, sku, { quantity: o.quantity });
      // Quantity 0 removes the item.
      if (!isFailure(result) && o.quantity === 0) {
        expect(db.carts.get(cartId)?.items.some((i) => i.sku === sku)).toBe(false);
      }
      break;
    case 'remove':
      result = removeItem(db, caller, cartId, sku);
      break;
    case 'share': {
      const recipient = RECIPIENTS[o.recipient] ?? '';
      result = shareCart(db, caller, cartId, {
        idCompanyUser: recipient,
        idCartPermissionGroup: o.group,
      });
      if (!isFailure(result)) {
        // Only the owner creates shares.
        expect(before?.ownerReference).toBe(caller.customer.reference);
        const created = result as { id: string; cartId: string; companyUserId: string };
        shareOrigins.set(created.id, `${created.cartId}/${created.companyUserId}`);
      }
      break;
    }
    case 'reshare':
      result = updateShare(db, caller, shareId, { idCartPermissionGroup: o.group });
      if (!isFailure(result)) {
        expect(ownerOfShareCart).toBe(caller.customer.reference);
        expect((result as { id: string }).id).toBe(shareId);
      }
      break;
    case 'unshare':
      result = unshare(db, caller, shareId);
      if (!isFailure(result)) expect(ownerOfShareCart).toBe(caller.customer.reference);
      break;
    case 'read':
      result = getCart(db, caller, cartId);
      expect(!isFailure(result)).toBe(mayRead(db, caller, cartId));
      break;
    case 'list':
      result = listCarts(db, caller);
      for (const v of result as { cart: { id: string } }[])
        expect(mayRead(db, caller, v.cart.id)).toBe(true);
      expect((result as unknown[]).length).toBe(
        cartIds.filter((id) => mayRead(db, caller, id)).length,
      );
      break;
  }

  // A read-only recipient never changes a cart.
  if (
    view?.role === 'read-only' &&
    ['rename', 'delete', 'add', 'change', 'same', 'remove'].includes(o.kind)
  ) {
    expect(isFailure(result)).toBe(true);
    expect(JSON.stringify(db.carts.get(cartId) ?? null)).toBe(beforeJson);
  }
  // Nobody changes a cart they cannot read.
  if (before && !view) expect(JSON.stringify(db.carts.get(cartId) ?? null)).toBe(beforeJson);
  return !isFailure(result);
}

const BASICS = { priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' };

/** Entity tags change exactly when a cart changes (docs/glue-api.md §6a). */
function checkTags(db: MockDatabase, previous: Map<string, { json: string; tag: string }>) {
  for (const cart of db.carts.values()) {
    const json = JSON.stringify(cart);
    const tag = entityTag(cart);
    const before = previous.get(cart.id);
    if (before) expect(tag === before.tag).toBe(json === before.json);
    previous.set(cart.id, { json, tag });
  }
}

function checkGlobalInvariants(db: MockDatabase, shareOrigins: Map<string, string>) {
  const names = new Set<string>();
  const defaults = new Map<string, number>();
  for (const cart of db.carts.values()) {
    // Names are unique among an owner's carts (the server makes them so).
    const key = `${cart.ownerReference}/${cart.name}`;
    expect(names.has(key)).toBe(false);
    names.add(key);
    defaults.set(
      cart.ownerReference,
      (defaults.get(cart.ownerReference) ?? 0) + Number(cart.isDefault),
    );
  }
  // Every owner of carts has exactly one default cart.
  expect([...defaults.values()].every((count) => count === 1)).toBe(true);
  const pairs = new Set<string>();
  for (const share of db.shares.values()) {
    // Deleting a cart removes its shares.
    expect(db.carts.has(share.cartId)).toBe(true);
    // At most one share per cart and company user.
    const pair = `${share.cartId}/${share.companyUserId}`;
    expect(pairs.has(pair)).toBe(false);
    pairs.add(pair);
    // Share ids never change: an id always names the same cart and person.
    const origin = shareOrigins.get(share.id);
    if (origin) expect(origin).toBe(pair);
    else shareOrigins.set(share.id, pair);
    // Nobody shares with the owner.
    const cart = db.carts.get(share.cartId);
    expect(db.companyUsers.get(share.companyUserId)?.customerReference).not.toBe(
      cart?.ownerReference,
    );
  }
  for (const cart of db.carts.values()) {
    // Items are whole, positive, known and listed once; totals always equal the items.
    expect(cart.items.every((i) => Number.isInteger(i.quantity) && i.quantity >= 1)).toBe(true);
    expect(cart.items.every((i) => PRICE.has(i.sku))).toBe(true);
    expect(new Set(cart.items.map((i) => i.sku)).size).toBe(cart.items.length);
    const subtotal = cart.items.reduce((sum, i) => sum + i.quantity * (PRICE.get(i.sku) ?? 0), 0);
    expect(cartTotals(db, cart)).toEqual({
      expenseTotal: 0,
      discountTotal: 0,
      subtotal,
      taxTotal: Math.round((subtotal * 19) / 119),
      grandTotal: subtotal,
      priceToPay: subtotal,
    });
  }
}

it('keeps the sharing invariants over 1,000 random operation sequences', () => {
  const succeeded = new Map<string, number>();
  const refused = new Map<string, number>();
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
      const db = createDatabase();
      const shareOrigins = new Map<string, string>();
      const tags = new Map<string, { json: string; tag: string }>();
      checkGlobalInvariants(db, shareOrigins);
      checkTags(db, tags);
      for (const o of ops) {
        if (run(db, o, shareOrigins)) succeeded.set(o.kind, (succeeded.get(o.kind) ?? 0) + 1);
        else refused.set(o.kind, (refused.get(o.kind) ?? 0) + 1);
        checkGlobalInvariants(db, shareOrigins);
        checkTags(db, tags);
      }
    }),
    { numRuns: 1000, ...(seed === undefined ? {} : { seed }) },
  );
  // The sequences must really exercise every operation, not only its refusals.
  expect([...succeeded.keys()].sort()).toEqual([
    'add',
    'change',
    'create',
    'delete',
    'list',
    'read',
    'remove',
    'rename',
    'reshare',
    'share',
    'unshare',
  ]);
  // …and the 114 path: setting a quantity to what it is.
  expect(refused.get('same') ?? 0).toBeGreaterThan(0);
});

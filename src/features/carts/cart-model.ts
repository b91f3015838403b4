// Domain types of the carts feature and the normalisers that make them from Glue
// documents. Components use these, never wire resources.
import { z } from 'zod/mini';
import type { ResourceObject } from '../../lib/json-api/document';
import { type ResourceReader, attributesOf } from '../../lib/json-api/resource-reader';

export type PermissionName = 'READ_ONLY' | 'FULL_ACCESS';
/** The caller's relation to a cart: they own it, or it is shared with them at a level. */
export type CartAccess = 'owner' | PermissionName;

export interface CartTotals {
  subtotal: number;
  taxTotal: number;
  grandTotal: number;
}

export interface CartSummary {
  id: string;
  name: string;
  isDefault: boolean;
  currency: string;
  access: CartAccess;
  itemCount: number;
  /** How many colleagues the cart is shared with (known for every readable cart). */
  shareCount: number;
  totals: CartTotals;
}

export interface CartItem {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
  sumPrice: number;
}

export interface CartShare {
  id: string;
  companyUserId: string;
  permission: PermissionName | null;
  person: { name: string; email: string } | null;
}

export interface Cart extends CartSummary {
  items: CartItem[];
  shares: CartShare[];
}

// Real Glue sends null totals for carts it has not calculated yet: read them as 0.
const money = z.pipe(
  z.nullable(z.number()),
  z.transform((value) => value ?? 0),
);
const NO_TOTALS = { subtotal: 0, taxTotal: 0, grandTotal: 0 };
const cartSchema = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  currency: z.string(),
  totals: z.pipe(
    z.optional(z.object({ subtotal: money, taxTotal: money, grandTotal: money })),
    z.transform((totals) => totals ?? NO_TOTALS),
  ),
});
const groupSchema = z.object({ name: z.enum(['READ_ONLY', 'FULL_ACCESS']) });
const itemSchema = z.object({
  sku: z.string(),
  quantity: z.number(),
  calculations: z.object({ unitPrice: money, sumPrice: money }),
});
const productSchema = z.object({ name: z.string() });
const shareSchema = z.object({ idCompanyUser: z.string(), idCartPermissionGroup: z.number() });
const customerSchema = z.object({ firstName: z.string(), lastName: z.string(), email: z.string() });

/** Glue marks a cart shared with the caller by the caller's own permission group. */
function accessOf(reader: ResourceReader, cart: ResourceObject): CartAccess {
  const group = reader.related(cart, 'cart-permission-groups')[0];
  return group ? attributesOf(group, groupSchema).name : 'owner';
}

export function toCartSummary(reader: ResourceReader, cart: ResourceObject): CartSummary {
  const attributes = attributesOf(cart, cartSchema);
  return {
    id: cart.id ?? '',
    name: attributes.name,
    isDefault: attributes.isDefault,
    currency: attributes.currency,
    totals: attributes.totals,
    access: accessOf(reader, cart),
    itemCount: cart.relationships?.items?.data.length ?? 0,
    shareCount: cart.relationships?.['shared-carts']?.data.length ?? 0,
  };
}

function toItem(reader: ResourceReader, item: ResourceObject): CartItem {
  const attributes = attributesOf(item, itemSchema);
  const product = reader.related(item, 'concrete-products')[0];
  return {
    sku: attributes.sku,
    name: product ? attributesOf(product, productSchema).name : attributes.sku,
    quantity: attributes.quantity,
    unitPrice: attributes.calculations.unitPrice,
    sumPrice: attributes.calculations.sumPrice,
  };
}

const PERMISSION_BY_ID: Record<number, PermissionName> = { 1: 'READ_ONLY', 2: 'FULL_ACCESS' };

function toShare(reader: ResourceReader, share: ResourceObject): CartShare {
  const attributes = attributesOf(share, shareSchema);
  const group = reader.related(share, 'cart-permission-groups')[0];
  const companyUser = reader.related(share, 'company-users')[0];
  const customer = companyUser ? reader.related(companyUser, 'customers')[0] : undefined;
  const person = customer ? attributesOf(customer, customerSchema) : null;
  return {
    id: share.id ?? '',
    companyUserId: attributes.idCompanyUser,
    permission: group
      ? attributesOf(group, groupSchema).name
      : (PERMISSION_BY_ID[attributes.idCartPermissionGroup] ?? null),
    person: person ? { name: `${person.firstName} ${person.lastName}`, email: person.email } : null,
  };
}

export function toCart(reader: ResourceReader, cart: ResourceObject): Cart {
  return {
    ...toCartSummary(reader, cart),
    items: reader.related(cart, 'items').map((item) => toItem(reader, item)),
    shares: reader.related(cart, 'shared-carts').map((share) => toShare(reader, share)),
  };
}

/**
 * Glue's `isDefault` is the owner's default cart; it only means "your default" on
 * your own carts (Ben's default cart is just a shared cart to Anna).
 */
export const isMyDefault = (cart: { isDefault: boolean; access: CartAccess }) =>
  cart.isDefault && cart.access === 'owner';

/** Your default cart first, then by name as people read it. */
export function sortCarts<T extends { isDefault: boolean; access: CartAccess; name: string }>(
  carts: T[],
): T[] {
  return [...carts].sort(
    (a, b) =>
      Number(isMyDefault(b)) - Number(isMyDefault(a)) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }),
  );
}

export const canEdit = (access: CartAccess) => access !== 'READ_ONLY';

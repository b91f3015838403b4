// Domain types of the carts feature and the normalisers that make them from Glue
// documents. Components use these, never wire resources.
import { z } from 'zod/mini';
import type { ResourceObject } from '../../lib/json-api/document';
import { oncePer } from '../../lib/i18n/once-per';
import { type ResourceReader, attributesOf } from '../../lib/json-api/resource-reader';
import {
  type PermissionName,
  permissionNameSchema,
  personOf,
} from '../../lib/json-api/shared-resources';

export type { PermissionName };
/** The caller's relation to a cart: they own it, or it is shared with them at a level. */
export type CartAccess = 'owner' | PermissionName;

export interface CartTotals {
  subtotal: number;
  /** What vouchers take off (docs/glue-api.md §11g); 0 without any. */
  discountTotal: number;
  taxTotal: number;
  grandTotal: number;
}

export interface CartSummary {
  id: string;
  name: string;
  isDefault: boolean;
  /** What a new cart needs from an existing one (docs/glue-api.md §9): Glue has no defaults. */
  priceMode: string;
  currency: string;
  store: string;
  access: CartAccess;
  itemCount: number;
  /** How many colleagues the cart is shared with (known for every readable cart). */
  shareCount: number;
  /** Null until Glue has calculated the cart (the answer to `POST /carts`). */
  totals: CartTotals | null;
}

export interface CartItem {
  /** The item's resource id (its group key): item paths use this, never the SKU. */
  id: string;
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

/** A discount on the cart: a voucher (with its code) or a cart rule (code null). */
export interface CartDiscount {
  displayName: string;
  amount: number;
  code: string | null;
}

/** An order threshold the cart does not meet (§11f): only the hard ones block an order. */
export interface CartThreshold {
  kind: 'hard-minimum' | 'soft-minimum' | 'hard-maximum' | 'other';
  threshold: number;
  /** How far the subtotal is from it, in cents. */
  delta: number;
  /** Glue's own words (the shop's glossary). */
  message: string;
}

export interface Cart extends CartSummary {
  items: CartItem[];
  shares: CartShare[];
  discounts: CartDiscount[];
  thresholds: CartThreshold[];
  /** The cart's entity tag: a rename sends it as If-Match. Null if the server sent none. */
  etag: string | null;
}

// Glue sends null totals for a cart it has not calculated yet (the POST answer).
const money = z.nullable(z.number());
const cartSchema = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  priceMode: z.string(),
  currency: z.string(),
  store: z.string(),
  totals: z.optional(
    z.object({
      subtotal: money,
      discountTotal: z.optional(money),
      taxTotal: money,
      grandTotal: money,
    }),
  ),
});
const detailSchema = z.object({
  discounts: z.optional(
    z.array(
      z.object({ displayName: z.string(), amount: z.number(), code: z.nullable(z.string()) }),
    ),
  ),
  thresholds: z.optional(
    z.array(
      z.object({
        type: z.string(),
        threshold: z.number(),
        deltaWithSubtotal: z.number(),
        message: z.string(),
      }),
    ),
  ),
});
const THRESHOLD_KINDS: Record<string, CartThreshold['kind']> = {
  'hard-minimum-threshold': 'hard-minimum',
  'soft-minimum-threshold': 'soft-minimum',
  'hard-maximum-threshold': 'hard-maximum',
};
const groupSchema = z.object({ name: permissionNameSchema });
const itemSchema = z.object({
  sku: z.string(),
  quantity: z.number(),
  calculations: z.object({ unitPrice: money, sumPrice: money }),
});
const productSchema = z.object({ name: z.string() });
const shareSchema = z.object({ idCompanyUser: z.string(), idCartPermissionGroup: z.number() });

type RawTotals = z.infer<typeof cartSchema>['totals'];

/** All three or nothing: a half-calculated cart shows no total rather than a wrong one. */
function totalsOf(raw: RawTotals): CartTotals | null {
  if (!raw) return null;
  const { subtotal, taxTotal, grandTotal } = raw;
  return subtotal === null || taxTotal === null || grandTotal === null
    ? null
    : { subtotal, discountTotal: raw.discountTotal ?? 0, taxTotal, grandTotal };
}

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
    priceMode: attributes.priceMode,
    currency: attributes.currency,
    store: attributes.store,
    totals: totalsOf(attributes.totals),
    access: accessOf(reader, cart),
    itemCount: cart.relationships?.items?.data.length ?? 0,
    shareCount: cart.relationships?.['shared-carts']?.data.length ?? 0,
  };
}

function toItem(reader: ResourceReader, item: ResourceObject): CartItem {
  const attributes = attributesOf(item, itemSchema);
  const product = reader.related(item, 'concrete-products')[0];
  return {
    id: item.id ?? attributes.sku,
    sku: attributes.sku,
    name: product ? attributesOf(product, productSchema).name : attributes.sku,
    quantity: attributes.quantity,
    unitPrice: attributes.calculations.unitPrice ?? 0,
    sumPrice: attributes.calculations.sumPrice ?? 0,
  };
}

const PERMISSION_BY_ID: Record<number, PermissionName> = { 1: 'READ_ONLY', 2: 'FULL_ACCESS' };

function toShare(reader: ResourceReader, share: ResourceObject): CartShare {
  const attributes = attributesOf(share, shareSchema);
  const group = reader.related(share, 'cart-permission-groups')[0];
  const companyUser = reader.related(share, 'company-users')[0];
  const customer = companyUser ? reader.related(companyUser, 'customers')[0] : undefined;

  return {
    id: share.id ?? '',
    companyUserId: attributes.idCompanyUser,
    permission: group
      ? attributesOf(group, groupSchema).name
      : (PERMISSION_BY_ID[attributes.idCartPermissionGroup] ?? null),
    person: customer ? personOf(customer) : null,
  };
}

export function toCart(
  reader: ResourceReader,
  cart: ResourceObject,
  etag: string | null = null,
): Cart {
  const detail = attributesOf(cart, detailSchema);
  return {
    ...toCartSummary(reader, cart),
    discounts: detail.discounts ?? [],
    thresholds: (detail.thresholds ?? []).map((t) => ({
      kind: THRESHOLD_KINDS[t.type] ?? 'other',
      threshold: t.threshold,
      delta: t.deltaWithSubtotal,
      message: t.message,
    })),
    etag,
    items: reader.related(cart, 'items').map((item) => toItem(reader, item)),
    shares: reader.related(cart, 'shared-carts').map((share) => toShare(reader, share)),
  };
}

/**
 * "Your default" is one of your own carts. Glue answers a shared cart's `isDefault` as the
 * recipient's own flag, false (docs/glue-api.md §4, rev 3); older Glues sent the owner's, so
 * the access check stays: Ben's default cart is just a shared cart to Anna either way.
 */
export const isMyDefault = (cart: { isDefault: boolean; access: CartAccess }) =>
  cart.isDefault && cart.access === 'owner';

/**
 * Compares names as people read them ("Cart 2" before "Cart 10", case aside). One
 * collator per locale: localeCompare with options builds one on every call, which was a
 * third of rendering a list of 504 carts.
 */
export const nameCollator = oncePer(
  (locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
);

/** Your default cart first, then by name as people read it. */
export function sortCarts<T extends { isDefault: boolean; access: CartAccess; name: string }>(
  carts: T[],
  locale: string,
): T[] {
  const collator = nameCollator(locale);
  return [...carts].sort(
    (a, b) => Number(isMyDefault(b)) - Number(isMyDefault(a)) || collator.compare(a.name, b.name),
  );
}

export const canEdit = (access: CartAccess) => access !== 'READ_ONLY';

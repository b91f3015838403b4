// Domain types of ordering and the normalisers that make them from Glue's documents
// (docs/glue-api.md §11a, §11e). Components use these, never wire resources.
import { z } from 'zod/mini';
import type { ResourceObject } from '../../lib/json-api/document';
import { type ResourceReader, attributesOf } from '../../lib/json-api/resource-reader';
import type { MyCompanyUser } from '../auth/public';

export interface ShipmentMethod {
  id: string;
  name: string;
  carrierName: string;
  price: number;
  currency: string;
}

export interface BusinessUnitAddress {
  id: string;
  address1: string;
  address2: string;
  address3: string;
  zipCode: string;
  city: string;
  iso2Code: string;
}

export interface CheckoutData {
  methods: ShipmentMethod[];
  /** The addresses of the user's business unit: where an order can go. */
  addresses: BusinessUnitAddress[];
}

/** The person ordering, as the order's customer and its addresses' names. */
// Derived from the company users the header already has (auth's `myCompanyUsers`): no
// request of its own.
export interface Buyer {
  salutation: string;
  firstName: string;
  lastName: string;
  email: string;
  company: string;
}

export interface OrderTotals {
  subtotal: number;
  discountTotal: number;
  expenseTotal: number;
  taxTotal: number;
  grandTotal: number;
}

export interface OrderAddress {
  name: string;
  company: string;
  lines: string[];
}

export interface Order {
  reference: string;
  /** As Glue writes it: `2026-12-07 10:21:14.307061` (UTC). */
  createdAt: string;
  currency: string;
  totals: OrderTotals;
  /** The detail (an order's page, the checkout answer); absent in a list. */
  detail: OrderDetail | null;
}

export interface OrderDetail {
  items: { name: string; sku: string; quantity: number; unitPrice: number; sumPrice: number }[];
  shippingAddress: OrderAddress | null;
  billingAddress: OrderAddress | null;
  shipment: { name: string; carrierName: string; price: number } | null;
  payment: { provider: string; method: string } | null;
  discounts: { displayName: string; amount: number }[];
}

/** The signed-in company user's person and company, from the user's company users. */
export function buyerOf(mine: readonly MyCompanyUser[], companyUserId: string | null): Buyer {
  const me = mine.find((companyUser) => companyUser.id === companyUserId) ?? mine[0];
  return {
    salutation: me?.person?.salutation ?? '',
    firstName: me?.person?.firstName ?? '',
    lastName: me?.person?.lastName ?? '',
    email: me?.person?.email ?? '',
    company: me?.companyName ?? '',
  };
}

const methodSchema = z.object({
  name: z.string(),
  carrierName: z.string(),
  price: z.number(),
  currencyIsoCode: z.string(),
});
const unitAddressSchema = z.object({
  address1: z.string(),
  address2: z.string(),
  address3: z.optional(z.nullable(z.string())),
  zipCode: z.string(),
  city: z.string(),
  iso2Code: z.string(),
});

export function toCheckoutData(reader: ResourceReader, data: ResourceObject): CheckoutData {
  const shipments = reader.related(data, 'shipments');
  const methods = shipments.flatMap((shipment) => reader.related(shipment, 'shipment-methods'));
  const seen = new Set<string>();
  return {
    methods: methods
      .filter((method) => !seen.has(method.id ?? '') && seen.add(method.id ?? ''))
      .map((method) => {
        const attributes = attributesOf(method, methodSchema);
        return {
          id: method.id ?? '',
          name: attributes.name,
          carrierName: attributes.carrierName,
          price: attributes.price,
          currency: attributes.currencyIsoCode,
        };
      }),
    addresses: reader.related(data, 'company-business-unit-addresses').map((address) => {
      const attributes = attributesOf(address, unitAddressSchema);
      return { id: address.id ?? '', ...attributes, address3: attributes.address3 ?? '' };
    }),
  };
}

const text = z.optional(z.nullable(z.string()));
const addressSchema = z.object({
  firstName: text,
  lastName: text,
  company: text,
  address1: text,
  address2: text,
  address3: text,
  zipCode: text,
  city: text,
  country: text,
});
const totalsSchema = z.object({
  subtotal: z.number(),
  discountTotal: z.optional(z.number()),
  expenseTotal: z.optional(z.number()),
  taxTotal: z.number(),
  grandTotal: z.number(),
});
const orderSchema = z.object({
  createdAt: z.string(),
  currencyIsoCode: z.string(),
  totals: totalsSchema,
  items: z.optional(
    z.array(
      z.object({
        name: z.string(),
        sku: z.string(),
        quantity: z.number(),
        unitPrice: z.number(),
        sumPrice: z.number(),
      }),
    ),
  ),
  billingAddress: z.optional(z.nullable(addressSchema)),
  shippingAddress: z.optional(z.nullable(addressSchema)),
  shipments: z.optional(
    z.array(
      z.object({
        shipmentMethodName: z.string(),
        carrierName: z.string(),
        defaultGrossPrice: z.optional(z.number()),
        defaultNetPrice: z.optional(z.number()),
      }),
    ),
  ),
  expenses: z.optional(z.array(z.object({ sumPrice: z.number() }))),
  payments: z.optional(
    z.array(z.object({ paymentProvider: z.string(), paymentMethod: z.string() })),
  ),
  calculatedDiscounts: z.optional(
    z.record(z.string(), z.object({ displayName: z.string(), sumAmount: z.number() })),
  ),
});

function toAddress(raw: z.infer<typeof addressSchema> | null | undefined): OrderAddress | null {
  if (!raw) return null;
  const street = [raw.address1, raw.address2].filter(Boolean).join(' ');
  const town = [raw.zipCode, raw.city].filter(Boolean).join(' ');
  return {
    name: [raw.firstName, raw.lastName].filter(Boolean).join(' '),
    company: raw.company ?? '',
    lines: [street, raw.address3 ?? '', town, raw.country ?? ''].filter((line) => line !== ''),
  };
}

export function toOrder(resource: ResourceObject): Order {
  const a = attributesOf(resource, orderSchema);
  const shipment = a.shipments?.[0];
  const payment = a.payments?.[0];
  return {
    reference: resource.id ?? '',
    createdAt: a.createdAt,
    currency: a.currencyIsoCode,
    totals: {
      subtotal: a.totals.subtotal,
      discountTotal: a.totals.discountTotal ?? 0,
      expenseTotal: a.totals.expenseTotal ?? 0,
      taxTotal: a.totals.taxTotal,
      grandTotal: a.totals.grandTotal,
    },
    detail: a.items
      ? {
          items: a.items,
          shippingAddress: toAddress(a.shippingAddress),
          billingAddress: toAddress(a.billingAddress),
          shipment: shipment
            ? {
                name: shipment.shipmentMethodName,
                carrierName: shipment.carrierName,
                price: a.expenses?.[0]?.sumPrice ?? shipment.defaultGrossPrice ?? 0,
              }
            : null,
          payment: payment
            ? { provider: payment.paymentProvider, method: payment.paymentMethod }
            : null,
          discounts: Object.values(a.calculatedDiscounts ?? {}).map((d) => ({
            displayName: d.displayName,
            amount: d.sumAmount,
          })),
        }
      : null,
  };
}

/** "2026-12-07 10:21:14.307061" (UTC) as a Date. */
export const orderDate = (createdAt: string) =>
  new Date(`${createdAt.replace(' ', 'T').slice(0, 23)}Z`);

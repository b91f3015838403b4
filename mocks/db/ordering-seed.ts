// What ordering needs (docs/demo-data.md, "Ordering"; docs/glue-api.md §11): roles and
// the right to order, business-unit addresses, shipment methods, payment, thresholds,
// voucher codes and the orders already placed. Reference data: the API never changes it.
import { DEMO_EMAILS, NORTHWIND, SUMMIT, companyId, customerReference } from './demo-seed';
import type { BusinessUnitAddressRecord, OrderAddress, OrderRecord } from './records';
import { stableUuid } from './uuid';

/** A company role and what it may order (§11d): null is no limit, 0 is nothing at all. */
export interface Role {
  name: 'Buyer' | 'Buyer With Limit' | 'Admin';
  limit: number | null;
}

const BUYER: Role = { name: 'Buyer', limit: null };
export const ROLES_BY_EMAIL: Record<string, Role> = {
  [DEMO_EMAILS.anna]: BUYER,
  [DEMO_EMAILS.ben]: { name: 'Buyer With Limit', limit: 30_000 },
  [DEMO_EMAILS.chloe]: BUYER,
  [DEMO_EMAILS.eva]: BUYER,
  [DEMO_EMAILS.frank]: BUYER,
  [DEMO_EMAILS.gina]: { name: 'Admin', limit: 0 },
};
/** The large scenario's extra colleagues are buyers. */
export const roleOf = (email: string): Role => ROLES_BY_EMAIL[email] ?? BUYER;

export const businessUnitAddressId = (company: string, unit: string, index: number) =>
  stableUuid(`business-unit-address:${company}:${unit}:${String(index)}`);

const address = (
  company: string,
  businessUnit: string,
  index: number,
  [address1, address2, zipCode, city]: [string, string, string, string],
): BusinessUnitAddressRecord => ({
  id: businessUnitAddressId(company, businessUnit, index),
  companyId: companyId(company),
  businessUnit,
  address1,
  address2,
  address3: '',
  zipCode,
  city,
  iso2Code: 'DE',
  phone: '',
  comment: '',
});

export const BUSINESS_UNIT_ADDRESSES: BusinessUnitAddressRecord[] = [
  address(NORTHWIND, 'Procurement', 0, ['Hafenstraße', '12', '20457', 'Hamburg']),
  address(NORTHWIND, 'Procurement', 1, ['Lagerweg', '5', '21079', 'Hamburg']),
  address(NORTHWIND, 'Workshop', 0, ['Werkstattweg', '3', '22525', 'Hamburg']),
  address(SUMMIT, 'Head Office', 0, ['Königsallee', '20', '40212', 'Düsseldorf']),
];

export interface ShipmentMethod {
  id: string;
  name: string;
  carrierName: string;
  /** Gross and net cents in DE/EUR. */
  grossPrice: number;
  netPrice: number;
}

export const SHIPMENT_METHODS: ShipmentMethod[] = [
  { id: '1', name: 'Standard', carrierName: 'DHL', grossPrice: 490, netPrice: 390 },
  { id: '2', name: 'Express', carrierName: 'DHL', grossPrice: 590, netPrice: 490 },
  { id: '3', name: 'Standard', carrierName: 'Hermes', grossPrice: 500, netPrice: 450 },
  { id: '4', name: 'Same Day', carrierName: 'Hermes', grossPrice: 1000, netPrice: 800 },
  { id: '5', name: 'Next Day', carrierName: 'Hermes', grossPrice: 1500, netPrice: 1200 },
];

/** The one payment method of B2B (§11k.3). */
export const PAYMENT = {
  id: '1',
  methodName: 'Invoice',
  providerName: 'DummyPayment',
  providerKey: 'dummyPayment',
} as const;

/** B2B DE/EUR thresholds on the subtotal (§11f). */
export const THRESHOLDS = { hardMinimum: 4000, softMinimum: 100_000, hardMaximum: 1_000_000 };

export interface Voucher {
  code: string;
  displayName: string;
  /** The discount on a subtotal; null when the code cannot apply (expired). */
  discount: ((subtotal: number) => number) | null;
}

export const VOUCHERS: Voucher[] = [
  { code: 'NW-WELCOME5', displayName: '5 € welcome discount', discount: () => 500 },
  {
    code: 'NW-TEN',
    displayName: '10 % on office supplies',
    discount: (subtotal) => Math.round(subtotal / 10),
  },
  { code: 'NW-EXPIRED', displayName: '(expired)', discount: null },
];

/** Order references count up from the demo data's last (§11k.9). */
export const FIRST_NEW_ORDER_NUMBER = 1002;
export const orderReference = (number: number) => `DE--${String(number)}`;

const ANNA_REFERENCE = customerReference(0);
const hafenstrasse = (): OrderAddress => ({
  salutation: 'Ms',
  firstName: 'Anna',
  lastName: 'Keller',
  address1: 'Hafenstraße',
  address2: '12',
  address3: '',
  zipCode: '20457',
  city: 'Hamburg',
  iso2Code: 'DE',
  company: NORTHWIND,
  phone: '',
});

/** Anna's order of November (docs/demo-data.md): the Orders page is never empty. */
export function pastOrders(): OrderRecord[] {
  return [
    {
      reference: orderReference(1001),
      customerReference: ANNA_REFERENCE,
      createdAt: Date.UTC(2026, 10, 2, 9, 15),
      currency: 'EUR',
      priceMode: 'GROSS_MODE',
      items: [{ sku: 'NW-3001', name: 'Copy paper A4, 500 sheets', quantity: 20, unitPrice: 549 }],
      discounts: [],
      shipments: [
        { methodId: '1', name: 'Standard', carrierName: 'DHL', price: 490, items: ['NW-3001'] },
      ],
      billingAddress: hafenstrasse(),
      shippingAddress: hafenstrasse(),
      payment: { provider: 'DummyPayment', method: 'invoice' },
    },
  ];
}

/** The large scenario: 120 more of Anna's orders over two years, for paging (seeded). */
export function largePastOrders(
  products: { sku: string; name: string; unitPrice: number }[],
  random: () => number,
): OrderRecord[] {
  const end = Date.UTC(2026, 10, 1);
  const twoYears = 2 * 365 * 24 * 3600 * 1000;
  const dates = Array.from({ length: 120 }, () => end - Math.floor(random() * twoYears)).sort(
    (a, b) => a - b,
  );
  return dates.map((createdAt, index) => {
    const count = 1 + Math.floor(random() * 10);
    const items = Array.from({ length: count }, (_, i) => {
      const product = products[(index * 7 + i * 3) % products.length] ?? products[0];
      return {
        sku: product?.sku ?? 'NW-3001',
        name: product?.name ?? 'Copy paper A4, 500 sheets',
        quantity: 1 + Math.floor(random() * 20),
        unitPrice: product?.unitPrice ?? 549,
      };
    });
    // One line per SKU, as a cart has.
    const bySku = new Map(items.map((item) => [item.sku, item]));
    return {
      reference: orderReference(FIRST_NEW_ORDER_NUMBER + index),
      customerReference: ANNA_REFERENCE,
      createdAt,
      currency: 'EUR',
      priceMode: 'GROSS_MODE',
      items: [...bySku.values()],
      discounts: [],
      shipments: [
        {
          methodId: '1',
          name: 'Standard',
          carrierName: 'DHL',
          price: 490,
          items: [...bySku.keys()],
        },
      ],
      billingAddress: hafenstrasse(),
      shippingAddress: hafenstrasse(),
      payment: { provider: 'DummyPayment', method: 'invoice' },
    };
  });
}

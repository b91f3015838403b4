// The demo data set of the contract (docs/demo-data.md), copied here so the
// project never reads ../shared at run time. Tests and the README name these
// people by email: keep them exactly.
import type {
  OrderRecord,
  CartRecord,
  CompanyRecord,
  CompanyUserRecord,
  CustomerRecord,
  AbstractProductRecord,
  PermissionGroupRecord,
  ProductRecord,
  ShareRecord,
} from './records';
import { stableUuid } from './uuid';

export const DEMO_PASSWORD = 'change123';

export interface SeedData {
  companies: CompanyRecord[];
  customers: CustomerRecord[];
  companyUsers: CompanyUserRecord[];
  permissionGroups: PermissionGroupRecord[];
  products: ProductRecord[];
  abstractProducts: AbstractProductRecord[];
  carts: CartRecord[];
  shares: ShareRecord[];
  orders: OrderRecord[];
}

export const companyId = (name: string) => stableUuid(`company:${name}`);
export const companyUserId = (email: string, company: string) =>
  stableUuid(`company-user:${email}:${company}`);
export const cartId = (ownerEmail: string, cartName: string) =>
  stableUuid(`cart:${ownerEmail}:${cartName}`);
export const shareId = (cartUuid: string, recipientCompanyUserId: string) =>
  stableUuid(`share:${cartUuid}:${recipientCompanyUserId}`);

export const NORTHWIND = 'Northwind Supplies GmbH';
export const SUMMIT = 'Summit Tools AG';

export const PERMISSION_GROUPS: PermissionGroupRecord[] = [
  { id: '1', name: 'READ_ONLY', isDefault: true },
  { id: '2', name: 'FULL_ACCESS', isDefault: false },
];
export const READ_ONLY = '1';
export const FULL_ACCESS = '2';

const ABSTRACT_OF: Record<string, string> = { 'NW-1001': 'A-NW-1001', 'NW-1004': 'A-NW-1001' };

export const PRODUCTS: ProductRecord[] = [
  ['NW-1001', 'Safety gloves, size L (pair)', 895],
  ['NW-1002', 'Safety goggles, anti-fog', 1450],
  ['NW-1003', 'Ear defenders', 2390],
  ['NW-2001', 'Cordless drill 18 V', 12900],
  ['NW-2002', 'Drill bit set, 19 pcs', 2450],
  ['NW-2003', 'Torque wrench 1/2"', 8990],
  ['NW-3001', 'Copy paper A4, 500 sheets', 549],
  ['NW-3002', 'Ballpoint pens, blue, 50 pcs', 1290],
  ['NW-3003', 'Stapler, 40 sheets', 1790],
  ['NW-4001', 'Pallet of cable ties, 1000 pcs', 3490],
  ['NW-4002', 'Label printer tape 12 mm', 1590],
  ['NW-4003', 'Hand truck, 200 kg', 15900],
  ['NW-1004', 'Safety gloves, size M (pair)', 895],
].map(([sku, name, unitPrice]) => ({
  sku: String(sku),
  name: String(name),
  description: `${String(name)}. Demo catalog item.`,
  unitPrice: Number(unitPrice),
  abstractSku: ABSTRACT_OF[String(sku)] ?? `A-${String(sku)}`,
}));

/**
 * Abstract products (rev 3): the two safety gloves are variants of one; every other
 * product is the only variant of its own `A-<sku>`, with the same name.
 */
export const ABSTRACT_PRODUCTS: AbstractProductRecord[] = PRODUCTS.filter(
  (p) => p.sku !== 'NW-1004',
).map((p) =>
  p.sku === 'NW-1001'
    ? {
        sku: 'A-NW-1001',
        name: 'Safety gloves (pair)',
        description: 'Safety gloves in sizes M and L.',
      }
    : { sku: p.abstractSku, name: p.name, description: p.description },
);

interface Person {
  key: string;
  email: string;
  salutation: 'Mr' | 'Ms';
  firstName: string;
  lastName: string;
  /** [company, business unit, active, default, may see company users] */
  memberships: [string, string, boolean, boolean, boolean][];
}

const PEOPLE: Person[] = [
  {
    key: 'anna',
    email: 'anna.keller@northwind.example',
    salutation: 'Ms',
    firstName: 'Anna',
    lastName: 'Keller',
    memberships: [[NORTHWIND, 'Procurement', true, true, true]],
  },
  {
    key: 'ben',
    email: 'ben.ortiz@northwind.example',
    salutation: 'Mr',
    firstName: 'Ben',
    lastName: 'Ortiz',
    memberships: [[NORTHWIND, 'Workshop', true, true, true]],
  },
  {
    key: 'chloe',
    email: 'chloe.nguyen@northwind.example',
    salutation: 'Ms',
    firstName: 'Chloe',
    lastName: 'Nguyen',
    memberships: [[NORTHWIND, 'Workshop', true, true, false]],
  },
  {
    key: 'david',
    email: 'david.brandt@northwind.example',
    salutation: 'Mr',
    firstName: 'David',
    lastName: 'Brandt',
    memberships: [[NORTHWIND, 'Procurement', false, true, true]],
  },
  {
    key: 'eva',
    email: 'eva.fischer@northwind.example',
    salutation: 'Ms',
    firstName: 'Eva',
    lastName: 'Fischer',
    memberships: [
      [NORTHWIND, 'Procurement', true, true, true],
      [SUMMIT, 'Head Office', true, false, true],
    ],
  },
  {
    key: 'frank',
    email: 'frank.meyer@summit.example',
    salutation: 'Mr',
    firstName: 'Frank',
    lastName: 'Meyer',
    memberships: [[SUMMIT, 'Head Office', true, true, true]],
  },
  {
    key: 'gina',
    email: 'gina.rossi@summit.example',
    salutation: 'Ms',
    firstName: 'Gina',
    lastName: 'Rossi',
    memberships: [[SUMMIT, 'Head Office', true, true, true]],
  },
  {
    key: 'hugo',
    email: 'hugo.lang@example.com',
    salutation: 'Mr',
    firstName: 'Hugo',
    lastName: 'Lang',
    memberships: [],
  },
];

export const DEMO_EMAILS = Object.fromEntries(PEOPLE.map((p) => [p.key, p.email])) as Record<
  'anna' | 'ben' | 'chloe' | 'david' | 'eva' | 'frank' | 'gina' | 'hugo',
  string
>;

/** [name, owner key, default, items, shares as [recipient key, group]] */
type CartSeed = [string, string, boolean, [string, number][], [string, string][]];

const CARTS: CartSeed[] = [
  [
    'Q4 office restock',
    'anna',
    true,
    [
      ['NW-3001', 10],
      ['NW-3002', 2],
      ['NW-3003', 1],
    ],
    [['ben', FULL_ACCESS]],
  ],
  [
    'Workshop tools',
    'anna',
    false,
    [
      ['NW-2001', 2],
      ['NW-2002', 2],
    ],
    [
      ['ben', READ_ONLY],
      ['chloe', READ_ONLY],
    ],
  ],
  ['Empty draft', 'anna', false, [], []],
  [
    'Safety gear',
    'ben',
    true,
    [
      ['NW-1001', 20],
      ['NW-1002', 10],
    ],
    [['anna', READ_ONLY]],
  ],
  ["Chloe's cart", 'chloe', true, [['NW-4002', 3]], []],
  ["Eva's cart", 'eva', true, [['NW-1003', 1]], []],
  ['Summit restock', 'frank', true, [['NW-4001', 5]], [['gina', FULL_ACCESS]]],
  ["Gina's cart", 'gina', true, [], []],
];

/** Each person's customer reference: DE--1 … DE--8 in table order. */
export const customerReference = (index: number) => `DE--${index + 1}`;

export function buildDemoSeed(): SeedData {
  const companies = [NORTHWIND, SUMMIT].map((name) => ({
    id: companyId(name),
    name,
    isActive: true,
  }));
  const customers: CustomerRecord[] = PEOPLE.map((p, index) => ({
    reference: customerReference(index),
    salutation: p.salutation,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    password: DEMO_PASSWORD,
  }));
  const companyUsers: CompanyUserRecord[] = PEOPLE.flatMap((p, index) =>
    p.memberships.map(([company, businessUnit, isActive, isDefault, canSeeCompanyUsers]) => ({
      id: companyUserId(p.email, company),
      customerReference: customerReference(index),
      companyId: companyId(company),
      businessUnit,
      isActive,
      isDefault,
      canSeeCompanyUsers,
    })),
  );
  const person = (key: string) => {
    const index = PEOPLE.findIndex((p) => p.key === key);
    const found = PEOPLE[index];
    if (!found) throw new Error(`Unknown demo person ${key}`);
    return { ...found, index };
  };
  // A recipient's company user is the one in the owner's company (Eva shares as Northwind).
  const recipientId = (key: string) => {
    const p = person(key);
    const first = p.memberships[0];
    if (!first) throw new Error(`${key} has no company user`);
    return companyUserId(p.email, first[0]);
  };
  const carts: CartRecord[] = [];
  const shares: ShareRecord[] = [];
  CARTS.forEach(([name, ownerKey, isDefault, items, cartShares], order) => {
    const owner = person(ownerKey);
    const id = cartId(owner.email, name);
    carts.push({
      id,
      ownerReference: customerReference(owner.index),
      name,
      priceMode: 'GROSS_MODE',
      currency: 'EUR',
      store: 'DE',
      isDefault,
      items: items.map(([sku, quantity]) => ({ sku, quantity })),
      createdAt: order,
    });
    for (const [recipientKey, permissionGroupId] of cartShares) {
      const recipient = recipientId(recipientKey);
      shares.push({
        id: shareId(id, recipient),
        cartId: id,
        companyUserId: recipient,
        permissionGroupId,
      });
    }
  });
  return {
    companies,
    customers,
    companyUsers,
    permissionGroups: PERMISSION_GROUPS.map((g) => ({ ...g })),
    products: PRODUCTS.map((p) => ({ ...p })),
    abstractProducts: ABSTRACT_PRODUCTS.map((p) => ({ ...p })),
    carts,
    shares,
    // The orders already placed come from ordering-seed.ts (database.ts adds them).
    orders: [],
  };
}

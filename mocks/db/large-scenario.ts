// The "large" scenario of docs/demo-data.md: a big Northwind for designers and
// performance work. Deterministic (seeded random), built in memory in a few
// tens of milliseconds so switching to it never feels slow.
import { largePastOrders } from './ordering-seed';
import type { CartRecord, CompanyUserRecord, CustomerRecord, ProductRecord } from './records';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  FULL_ACCESS,
  NORTHWIND,
  READ_ONLY,
  type SeedData,
  cartId,
  companyId,
  companyUserId,
  shareId,
} from './demo-seed';

export const LARGE_SCENARIO_SIZES = {
  colleagues: 10_000,
  annasExtraCarts: 300,
  cartsSharedWithAnna: 200,
  extraProducts: 120,
} as const;

/** mulberry32: tiny, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Lena',
  'Jonas',
  'Mia',
  'Lukas',
  'Sophie',
  'Felix',
  'Emma',
  'Paul',
  'Hannah',
  'Leon',
  'Marie',
  'Elias',
  'Laura',
  'Noah',
  'Lea',
  'Finn',
  'Julia',
  'Tim',
  'Sarah',
  'Jan',
  'Clara',
  'Max',
  'Nina',
  'Tom',
  'Amelie',
  'David',
  'Johanna',
  'Moritz',
  'Katharina',
  'Simon',
  'Ida',
  'Erik',
  'Greta',
  'Oskar',
  'Frieda',
  'Anton',
  'Mathilda',
  'Karl',
  'Olivia',
  'Jakob',
  'Aylin',
  'Mehmet',
  'Sofia',
  'Luca',
  'Zoe',
  'Ali',
  'Chiara',
  'Mateo',
  'Yara',
  'Piotr',
];
const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Schmid',
  'Schulze',
  'Maier',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Mayer',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Yilmaz',
  'Kowalski',
  'Rossi',
  'García',
  'Novak',
  'Jansen',
  'Berg',
  'Vogel',
  'Frank',
  'Roth',
];
const UNITS = ['Procurement', 'Workshop', 'Logistics', 'Facilities', 'Sales', 'Finance'];
const CART_TOPICS = [
  'Office supplies',
  'Workshop refill',
  'Safety audit',
  'Site setup',
  'Warehouse',
  'Maintenance',
  'Project kit',
  'Event prep',
  'Fleet care',
  'Onboarding',
];
const PRODUCT_KINDS = [
  'Work gloves',
  'Cable drum',
  'Socket set',
  'Folder',
  'Headlamp',
  'Tape measure',
  'Storage box',
  'Screw assortment',
  'First aid kit',
  'Marker set',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** Adds the large scenario to a demo seed (in place) and returns it. */
export function addLargeScenario(seed: SeedData, randomSeed = 20261121): SeedData {
  const random = seededRandom(randomSeed);
  const northwind = companyId(NORTHWIND);
  const anna = seed.customers.find((c) => c.email === DEMO_EMAILS.anna);
  if (!anna) throw new Error('The large scenario needs the demo data');
  const annaCompanyUser = companyUserId(DEMO_EMAILS.anna, NORTHWIND);

  const extraProducts: ProductRecord[] = Array.from(
    { length: LARGE_SCENARIO_SIZES.extraProducts },
    (_, i) => {
      const name = `${pick(random, PRODUCT_KINDS)} no. ${i + 1}`;
      const sku = `LG-${String(i + 1).padStart(4, '0')}`;
      return {
        sku,
        name,
        description: `${name}. Large scenario catalog item.`,
        unitPrice: 100 + Math.floor(random() * 20_000),
        abstractSku: `A-${sku}`,
      };
    },
  );
  seed.products.push(...extraProducts);
  seed.abstractProducts.push(
    ...extraProducts.map((p) => ({ sku: p.abstractSku, name: p.name, description: p.description })),
  );

  const colleagues: CompanyUserRecord[] = [];
  const firstReference = seed.customers.length + 1;
  for (let i = 0; i < LARGE_SCENARIO_SIZES.colleagues; i++) {
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    const email = `${ascii(firstName)}.${ascii(lastName)}.${i + 1}@northwind.example`;
    const customer: CustomerRecord = {
      reference: `DE--${firstReference + i}`,
      salutation: random() < 0.5 ? 'Ms' : 'Mr',
      firstName,
      lastName,
      email,
      password: DEMO_PASSWORD,
    };
    seed.customers.push(customer);
    const companyUser: CompanyUserRecord = {
      id: companyUserId(email, NORTHWIND),
      customerReference: customer.reference,
      companyId: northwind,
      businessUnit: pick(random, UNITS),
      isActive: random() >= 0.03,
      isDefault: true,
      canSeeCompanyUsers: true,
    };
    seed.companyUsers.push(companyUser);
    colleagues.push(companyUser);
  }

  let createdAt = seed.carts.length;
  const randomItems = () => {
    const count = 1 + Math.floor(random() * 30);
    const skus = new Set<string>();
    while (skus.size < count) skus.add(pick(random, extraProducts).sku);
    return [...skus].map((sku) => ({ sku, quantity: 1 + Math.floor(random() * 20) }));
  };
  const cart = (ownerEmail: string, ownerReference: string, name: string): CartRecord => ({
    id: cartId(ownerEmail, name),
    ownerReference,
    name,
    priceMode: 'GROSS_MODE',
    currency: 'EUR',
    store: 'DE',
    isDefault: false,
    items: randomItems(),
    createdAt: createdAt++,
  });

  for (let i = 0; i < LARGE_SCENARIO_SIZES.annasExtraCarts; i++) {
    const name = `${pick(random, CART_TOPICS)} ${String(i + 1).padStart(3, '0')}`;
    seed.carts.push(cart(anna.email, anna.reference, name));
  }

  const activeColleagues = colleagues.filter((c) => c.isActive);
  for (let i = 0; i < LARGE_SCENARIO_SIZES.cartsSharedWithAnna; i++) {
    const owner = activeColleagues[(i * 37) % activeColleagues.length];
    const ownerCustomer = seed.customers.find((c) => c.reference === owner?.customerReference);
    if (!owner || !ownerCustomer) continue;
    const name = `${pick(random, CART_TOPICS)} for ${ownerCustomer.firstName} ${String(i + 1).padStart(3, '0')}`;
    const shared = cart(ownerCustomer.email, ownerCustomer.reference, name);
    seed.carts.push(shared);
    seed.shares.push({
      id: shareId(shared.id, annaCompanyUser),
      cartId: shared.id,
      companyUserId: annaCompanyUser,
      permissionGroupId: random() < 0.5 ? READ_ONLY : FULL_ACCESS,
    });
  }
  // Last, so the people and carts above stay what they were before orders existed.
  seed.orders.push(...largePastOrders(extraProducts, random));
  seed.orders.sort((a, b) => a.createdAt - b.createdAt);
  return seed;
}

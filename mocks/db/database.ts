// The mock database: plain Maps built from a seed. Users, companies, products and
// permission groups never change through the API; carts, shares and tokens do, and
// only those are snapshotted for persistence (see persistence.ts).
import { buildDemoSeed, type SeedData } from './demo-seed';
import { addLargeScenario } from './large-scenario';
import { pastOrders } from './ordering-seed';
import type {
  OrderRecord,
  AbstractProductRecord,
  CartRecord,
  CompanyRecord,
  CompanyUserRecord,
  CustomerRecord,
  PermissionGroupRecord,
  ProductRecord,
  ShareRecord,
  TokenRecord,
} from './records';

export type ScenarioName = 'demo' | 'large';
export const SCENARIOS: readonly ScenarioName[] = ['demo', 'large'];

export interface DatabaseOptions {
  scenario?: ScenarioName;
  /** Access token lifetime in seconds (Glue's default is 8 hours). */
  tokenTtlSeconds?: number;
  /** Refresh token lifetime in seconds (Glue's default is 30 days). */
  refreshTokenTtlSeconds?: number;
  /** Milliseconds since the epoch; injectable so tests can expire tokens. */
  clock?: () => number;
}

/** The part of the database that the API changes: what persistence saves. */
export interface MutableState {
  carts: CartRecord[];
  shares: ShareRecord[];
  accessTokens: TokenRecord[];
  refreshTokens: TokenRecord[];
  /** Absent in states saved before orders existed: the seed's orders then. */
  orders?: OrderRecord[];
}

export interface MockDatabase {
  readonly scenario: ScenarioName;
  readonly tokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly now: () => number;
  readonly companies: Map<string, CompanyRecord>;
  /** By customer reference. */
  readonly customers: Map<string, CustomerRecord>;
  readonly customersByEmail: Map<string, CustomerRecord>;
  readonly companyUsers: Map<string, CompanyUserRecord>;
  /** Company users in seed order, per company id: the order `/company-users` pages through. */
  readonly companyUsersByCompany: Map<string, CompanyUserRecord[]>;
  readonly permissionGroups: Map<string, PermissionGroupRecord>;
  /** Concrete products by SKU. */
  readonly products: Map<string, ProductRecord>;
  /** Abstract products by abstract SKU, in seed order. */
  readonly abstractProducts: Map<string, AbstractProductRecord>;
  /** Each abstract product's concrete products (its variants), by abstract SKU. */
  readonly variants: Map<string, ProductRecord[]>;
  readonly carts: Map<string, CartRecord>;
  readonly shares: Map<string, ShareRecord>;
  readonly accessTokens: Map<string, TokenRecord>;
  readonly refreshTokens: Map<string, TokenRecord>;
  /** Orders by reference, in the order they were placed (docs/glue-api.md §11e). */
  readonly orders: Map<string, OrderRecord>;
  /** A counter for creation order of new carts. */
  nextCreatedAt: number;
}

const byKey = <T>(records: T[], key: (record: T) => string) =>
  new Map(records.map((record) => [key(record), record]));

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(records: T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const list = groups.get(key(record)) ?? [];
    list.push(record);
    groups.set(key(record), list);
  }
  return groups;
}

export function buildSeed(scenario: ScenarioName): SeedData {
  const seed = { ...buildDemoSeed(), orders: pastOrders() };
  return scenario === 'large' ? addLargeScenario(seed) : seed;
}

export function createDatabase(options: DatabaseOptions = {}): MockDatabase {
  const scenario = options.scenario ?? 'demo';
  const seed = buildSeed(scenario);
  const companyUsersByCompany = new Map<string, CompanyUserRecord[]>();
  for (const companyUser of seed.companyUsers) {
    const list = companyUsersByCompany.get(companyUser.companyId) ?? [];
    list.push(companyUser);
    companyUsersByCompany.set(companyUser.companyId, list);
  }
  return {
    scenario,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 28_800,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 2_592_000,
    now: options.clock ?? (() => Date.now()),
    companies: byKey(seed.companies, (c) => c.id),
    customers: byKey(seed.customers, (c) => c.reference),
    customersByEmail: byKey(seed.customers, (c) => c.email.toLowerCase()),
    companyUsers: byKey(seed.companyUsers, (c) => c.id),
    companyUsersByCompany,
    permissionGroups: byKey(seed.permissionGroups, (g) => g.id),
    products: byKey(seed.products, (p) => p.sku),
    abstractProducts: byKey(seed.abstractProducts, (p) => p.sku),
    variants: groupBy(seed.products, (p) => p.abstractSku),
    carts: byKey(seed.carts, (c) => c.id),
    shares: byKey(seed.shares, (s) => s.id),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    orders: byKey(seed.orders, (o) => o.reference),
    nextCreatedAt: seed.carts.length,
  };
}

export function snapshot(db: MockDatabase): MutableState {
  return {
    carts: [...db.carts.values()],
    shares: [...db.shares.values()],
    accessTokens: [...db.accessTokens.values()],
    refreshTokens: [...db.refreshTokens.values()],
    orders: [...db.orders.values()],
  };
}

/** Replaces the mutable part of `db` with a saved state. */
export function restore(db: MockDatabase, state: MutableState): void {
  const refill = <T>(map: Map<string, T>, records: T[], key: (record: T) => string) => {
    map.clear();
    for (const record of records) map.set(key(record), record);
  };
  refill(db.carts, state.carts, (c) => c.id);
  refill(db.shares, state.shares, (s) => s.id);
  refill(db.accessTokens, state.accessTokens, (t) => t.token);
  refill(db.refreshTokens, state.refreshTokens, (t) => t.token);
  if (state.orders) refill(db.orders, state.orders, (o) => o.reference);
  db.nextCreatedAt = Math.max(0, ...state.carts.map((c) => c.createdAt + 1));
}

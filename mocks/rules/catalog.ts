// The product catalog, read-only: concrete and abstract products, their prices, and the
// product search by name of docs/glue-api.md §4a.
import type { MockDatabase } from '../db/database';
import type { AbstractProductRecord, ProductRecord } from '../db/records';
import { type GlueFailure, fail } from './glue-failure';

export const getProduct = (db: MockDatabase, sku: string): ProductRecord | GlueFailure =>
  db.products.get(sku) ?? fail('302');

export const getAbstractProduct = (
  db: MockDatabase,
  sku: string,
): AbstractProductRecord | GlueFailure => db.abstractProducts.get(sku) ?? fail('301');

export const variantsOf = (db: MockDatabase, abstractSku: string): ProductRecord[] =>
  db.variants.get(abstractSku) ?? [];

/** The abstract product's price: its cheapest variant's (docs/demo-data.md). */
export const abstractPrice = (db: MockDatabase, abstractSku: string): number =>
  Math.min(...variantsOf(db, abstractSku).map((p) => p.unitPrice));

/** At most this many entries in `completion` and in `abstractProducts` (§4a). */
export const SUGGESTION_LIMIT = 10;

export interface Suggestions {
  completion: string[];
  products: AbstractProductRecord[];
}

/**
 * Case-insensitive substring match on the abstract product's name and on every SKU of
 * it (abstract or concrete), ordered by name, at most 10. `completion` holds the
 * matching name in lower case, or — when only a SKU matched — that SKU (the abstract
 * one when it matches, else the first matching variant's: the spec names no order).
 */
export function searchSuggestions(db: MockDatabase, q: string): Suggestions {
  const needle = q.trim().toLowerCase();
  if (needle === '') return { completion: [], products: [] };
  const matches: { product: AbstractProductRecord; completion: string }[] = [];
  for (const product of db.abstractProducts.values()) {
    const completion = completionFor(db, product, needle);
    if (completion !== null) matches.push({ product, completion });
  }
  matches.sort((a, b) => a.product.name.localeCompare(b.product.name, 'en'));
  const first = matches.slice(0, SUGGESTION_LIMIT);
  return { completion: first.map((m) => m.completion), products: first.map((m) => m.product) };
}

function completionFor(
  db: MockDatabase,
  product: AbstractProductRecord,
  needle: string,
): string | null {
  if (product.name.toLowerCase().includes(needle)) return product.name.toLowerCase();
  const skus = [product.sku, ...variantsOf(db, product.sku).map((p) => p.sku)];
  return skus.find((sku) => sku.toLowerCase().includes(needle)) ?? null;
}

/** `/en/<name as a slug>`: lower case, every run of other characters one dash. */
export const productUrl = (name: string): string =>
  `/en/${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const CURRENCIES: ReadonlySet<string> = new Set(['EUR']);
const PRICE_MODES: ReadonlySet<string> = new Set(['GROSS_MODE', 'NET_MODE']);

/**
 * `currency` and `priceMode` query parameters, when given and not empty, must be known on
 * every route (§4a: Glue's currency and price-mode request validators, which run after
 * the token): 400 `313`, then 400 `314`. The demo store knows EUR only.
 */
export function checkPriceParameters(url: URL): GlueFailure | null {
  const currency = url.searchParams.get('currency');
  if (currency && !CURRENCIES.has(currency)) return fail('313');
  const priceMode = url.searchParams.get('priceMode');
  if (priceMode && !PRICE_MODES.has(priceMode)) return fail('314');
  return null;
}

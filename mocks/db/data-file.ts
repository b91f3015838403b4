// A designer can hand an exact state of the mock data to a colleague or attach it to a
// bug report: export writes the changeable part of the database (carts and shares; no
// tokens, so nobody's session travels along) to a JSON file, import reads one back.
// A file is checked with zod for its shape and against the scenario's seed for what it
// refers to (owners, products, company users, permission groups); a wrong file changes
// nothing and gets a message saying what is wrong with it.
import { z } from 'zod/mini';
import {
  type MockDatabase,
  SCENARIOS,
  type ScenarioName,
  createDatabase,
  restore,
  snapshot,
} from './database';
import type { CartRecord, ShareRecord } from './records';

export const DATA_FILE_FORMAT = 'shared-carts.mock-data';
const VERSION = 1;

const id = z.string().check(z.minLength(1));

const cartSchema = z.object({
  id,
  ownerReference: id,
  name: z.string().check(z.maxLength(30)),
  priceMode: z.enum(['GROSS_MODE', 'NET_MODE']),
  currency: z.literal('EUR'),
  store: z.literal('DE'),
  isDefault: z.boolean(),
  items: z.array(z.object({ sku: id, quantity: z.int().check(z.positive()) })),
  createdAt: z.int().check(z.nonnegative()),
  etag: z.optional(z.string()),
}) satisfies z.ZodMiniType<CartRecord>;

const shareSchema = z.object({
  id,
  cartId: id,
  companyUserId: id,
  permissionGroupId: id,
}) satisfies z.ZodMiniType<ShareRecord>;

export const dataFileSchema = z.object({
  format: z.literal(DATA_FILE_FORMAT),
  version: z.literal(VERSION),
  scenario: z.enum(SCENARIOS as [ScenarioName, ...ScenarioName[]]),
  exportedAt: z.string(),
  carts: z.array(cartSchema),
  shares: z.array(shareSchema),
});

export type DataFile = z.infer<typeof dataFileSchema>;

export function exportData(db: MockDatabase, exportedAt: Date): DataFile {
  const { carts, shares } = snapshot(db);
  return {
    format: DATA_FILE_FORMAT,
    version: VERSION,
    scenario: db.scenario,
    exportedAt: exportedAt.toISOString(),
    carts,
    shares,
  };
}

/** The file name a download gets: scenario and moment, so several files sort by time. */
export const dataFileName = (file: DataFile) =>
  `shared-carts-${file.scenario}-${file.exportedAt.replace(/[:.]/g, '-')}.json`;

/** What in the file does not fit the scenario's seed; empty if all of it does. */
function referenceProblems(file: DataFile, db: MockDatabase): string[] {
  const problems: string[] = [];
  const cartIds = new Set<string>();
  const defaults = new Set<string>();
  for (const cart of file.carts) {
    if (cartIds.has(cart.id)) problems.push(`cart ${cart.id} appears twice`);
    cartIds.add(cart.id);
    if (!db.customers.has(cart.ownerReference)) {
      problems.push(
        `cart "${cart.name}" belongs to ${cart.ownerReference}, who is not in the ${db.scenario} scenario`,
      );
    }
    if (cart.isDefault) {
      if (defaults.has(cart.ownerReference)) {
        problems.push(`${cart.ownerReference} has more than one default cart`);
      }
      defaults.add(cart.ownerReference);
    }
    for (const item of cart.items) {
      if (!db.products.has(item.sku))
        problems.push(`cart "${cart.name}" holds ${item.sku}, which is no product`);
    }
  }
  const shareIds = new Set<string>();
  for (const share of file.shares) {
    if (shareIds.has(share.id)) problems.push(`share ${share.id} appears twice`);
    shareIds.add(share.id);
    if (!cartIds.has(share.cartId))
      problems.push(`share ${share.id} is of cart ${share.cartId}, which the file does not have`);
    if (!db.companyUsers.has(share.companyUserId))
      problems.push(
        `share ${share.id} is with company user ${share.companyUserId}, who is not in the ${db.scenario} scenario`,
      );
    if (!db.permissionGroups.has(share.permissionGroupId))
      problems.push(
        `share ${share.id} has permission group ${share.permissionGroupId}, which does not exist`,
      );
  }
  return problems;
}

export type ImportResult = { ok: true; db: MockDatabase } | { ok: false; problem: string };

const MAX_LISTED = 3;

/**
 * Reads a data file into a new database of its scenario, or says why it cannot.
 * Nothing outside the returned database changes.
 */
export function importData(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The file is not JSON.' };
  }
  const parsed = dataFileSchema.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== DATA_FILE_FORMAT) {
      return { ok: false, problem: 'The file is not a mock data export of shared-carts.' };
    }
    return {
      ok: false,
      problem: `The file does not have the expected shape:\n${z.prettifyError(parsed.error)}`,
    };
  }
  const db = createDatabase({ scenario: parsed.data.scenario });
  const problems = referenceProblems(parsed.data, db);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).join('; ');
    const more =
      problems.length > MAX_LISTED ? ` (and ${String(problems.length - MAX_LISTED)} more)` : '';
    return {
      ok: false,
      problem: `The file does not fit the ${db.scenario} scenario: ${listed}${more}.`,
    };
  }
  restore(db, {
    carts: parsed.data.carts,
    shares: parsed.data.shares,
    accessTokens: [],
    refreshTokens: [],
  });
  return { ok: true, db };
}

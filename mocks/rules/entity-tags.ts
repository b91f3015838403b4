// Entity tags on carts (docs/glue-api.md §6a). Spryker's EntityTagsRestApi hashes the
// resource's attributes; here the tag is a hash of everything that makes up the cart's
// attributes (the totals follow from the items), so the same cart gives the same tag.
// Glue *stores* the tag when it answers a cart (rev 3), and If-Match is checked against
// what is stored: an item DELETE answers no cart, so it leaves the old tag in place.
import type { MockDatabase } from '../db/database';
import type { CartRecord } from '../db/records';
import { type GlueFailure, fail } from './glue-failure';

/** A 53-bit string hash (cyrb53): plenty for telling one state of a cart from another. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The tag the cart's current attributes give, quoted as it travels in `ETag`. */
export function entityTag(cart: CartRecord): string {
  const { id, name, priceMode, currency, store, isDefault, items, vouchers = [] } = cart;
  // Vouchers change the discounts and totals; a cart without any hashes as it always did.
  const parts = [id, name, priceMode, currency, store, isDefault, items];
  return `"${hash53(JSON.stringify(vouchers.length > 0 ? [...parts, vouchers] : parts))}"`;
}

/**
 * The tag to answer with a cart, stored on the way: a POST or PATCH (items included)
 * writes the tag of the cart as it is now; a GET keeps the stored one and stores one only
 * when there is none yet (docs/glue-api.md §6a, rev 3).
 */
export function answerEntityTag(cart: CartRecord, answering: 'read' | 'write'): string {
  if (answering === 'write' || cart.etag === undefined) cart.etag = entityTag(cart);
  return cart.etag;
}

const unquote = (value: string) =>
  value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');

/**
 * `If-Match` of `PATCH /carts/{id}`: 428 `005` when missing; 412 `006` unless it is the
 * stored tag of that cart (the tag of its attributes when none is stored yet) — also
 * when the cart does not exist (Glue looks the tag up before it looks at the cart or the
 * caller's rights). Quotes are optional.
 */
export function checkIfMatch(
  db: MockDatabase,
  cartId: string,
  header: string | null,
): GlueFailure | null {
  if (header === null || header.trim() === '') return fail('005');
  const cart = db.carts.get(cartId);
  if (!cart || unquote(header) !== unquote(cart.etag ?? entityTag(cart))) return fail('006');
  return null;
}

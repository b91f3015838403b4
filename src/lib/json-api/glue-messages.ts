// Glue codes in people's words: the one table every feature reads (through
// errorMessage). Typed by GlueErrorCode, so a code added to the contract must be decided
// here. A code can mean something else depending on what the person was doing — 101 is
// "no longer shared with you" to someone editing a cart, but "no longer exists" to its
// owner sharing it — so each entry says, per situation, which text to show. A code
// without a text for the situation falls back to the general text for its HTTP status.
import type { GlueErrorCode } from '../../contract/glue-errors';
import type { MessageKey } from '../i18n/i18n';

/** What the person was doing when Glue refused. */
export type GlueSituation =
  'cart' | 'addItem' | 'rename' | 'sharing' | 'login' | 'order' | 'voucher';

/** A more specific situation also reads the texts of the general one. */
export const FALLS_BACK_TO: Partial<Record<GlueSituation, GlueSituation>> = {
  addItem: 'cart',
  rename: 'cart',
};

/** A new cart's price mode, currency or store refused: the shop's setup, not the user. */
const CREATE = { cart: 'cartError.create' } as const;

export const GLUE_MESSAGES: Record<GlueErrorCode, Partial<Record<GlueSituation, MessageKey>>> = {
  '001': { sharing: 'error.401' },
  '002': { sharing: 'error.401' },
  '003': { login: 'login.wrong' },
  '004': {},
  '005': { cart: 'rename.tagMissing' },
  // A colleague changed the cart since it was loaded ({name}: the name the user typed).
  '006': { rename: 'rename.conflict' },
  '101': { cart: 'cartError.101', sharing: 'shareError.101' },
  // A product that is gone (adding it, or copying a cart that holds it).
  '102': { cart: 'add.noSuchProduct' },
  '103': { cart: 'cartError.103' },
  '104': {},
  '105': { cart: 'cartError.105' },
  '107': CREATE,
  '111': { cart: 'cartError.111' },
  '112': CREATE,
  // 113 alone: the product exists but cannot be added (said at the SKU field).
  '113': { cart: 'cartError.113', addItem: 'add.unknownSku' },
  '114': { cart: 'cartError.114' },
  '115': { cart: 'cartError.115' },
  '117': CREATE,
  '119': CREATE,
  // Product search sends neither currency nor price mode; a Glue that refuses them is
  // answered by the general 400 and 404 texts.
  '301': {},
  '302': {},
  '313': {},
  '314': {},
  '901': { sharing: 'shareError.901' },
  '1403': {},
  '1404': { sharing: 'shareError.1404' },
  '1405': {},
  '2501': { sharing: 'shareError.2501' },
  '2701': { sharing: 'shareError.2701' },
  '2702': { sharing: 'shareError.2702' },
  '2703': { sharing: 'shareError.2703' },
  '2705': { sharing: 'shareError.2705' },
  // Ordering (docs/glue-api.md §11). 1101 and 1102 carry Glue's own words, translated by
  // the shop: the order page shows those details themselves.
  '801': { order: 'orderError.801' },
  '802': {},
  '1101': {},
  '1102': {},
  '1103': { order: 'orderError.1103' },
  '1104': { order: 'orderError.1104' },
  '1105': {},
  '1106': { order: 'orderError.1106' },
  '1107': {},
  '1108': {},
  '3301': { voucher: 'voucherError.3301' },
  '3302': { voucher: 'voucherError.3302' },
  '3303': {},
  '4301': {},
  '4302': {},
  '4303': {},
  '4304': {},
};

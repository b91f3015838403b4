// Cart errors in people's words, by Glue code; anything else falls back to the
// general message for its status.
import type { MessageKey, Translate } from '../../lib/i18n/i18n';
import { errorMessage } from '../../lib/json-api/error-message';
import { GlueError } from '../../lib/json-api/glue-error';

const BY_CODE: Partial<Record<string, MessageKey>> = {
  '005': 'rename.tagMissing',
  '101': 'cartError.101',
  // A product that is gone (adding it, or copying a cart that holds it).
  '102': 'add.noSuchProduct',
  '103': 'cartError.103',
  '105': 'cartError.105',
  // A new cart's price mode, currency or store were refused: the shop's setup, not the user.
  '107': 'cartError.create',
  '111': 'cartError.111',
  '112': 'cartError.create',
  '113': 'cartError.113',
  '114': 'cartError.114',
  '115': 'cartError.115',
  '117': 'cartError.create',
  '119': 'cartError.create',
};

export function cartErrorMessage(error: unknown, t: Translate): string {
  const key = error instanceof GlueError && error.code ? BY_CODE[error.code] : undefined;
  return key ? t(key) : errorMessage(error, t);
}

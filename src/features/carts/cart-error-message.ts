// Cart errors in people's words, by Glue code; anything else falls back to the
// general message for its status.
import { errorMessage } from '../../lib/json-api/error-message';
import { GlueError } from '../../lib/json-api/glue-error';

const BY_CODE: Record<string, string> = {
  '101': 'This cart no longer exists or is no longer shared with you.',
  '103': 'This item is no longer in the cart. The cart has been refreshed.',
  '105':
    'This is your only cart and you always keep at least one. Create another cart first, then delete this one.',
  '113': 'This product could not be added. Check the SKU.',
  '114': 'The quantity could not be changed.',
  '115':
    'You can no longer change this cart: it is read-only for you now. The cart has been refreshed.',
};

export function cartErrorMessage(error: unknown): string {
  if (error instanceof GlueError && error.code && BY_CODE[error.code])
    return BY_CODE[error.code] ?? '';
  return errorMessage(error);
}

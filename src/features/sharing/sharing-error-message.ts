// Every error code of the sharing endpoints in people's words.
import { errorMessage } from '../../lib/json-api/error-message';
import { GlueError } from '../../lib/json-api/glue-error';

const BY_CODE: Record<string, string> = {
  '001': 'Your session has ended. Please log in again.',
  '002': 'Your session has ended. Please log in again.',
  '101': 'This cart no longer exists.',
  '901': 'Choose a colleague and a permission, then try again.',
  '1404': 'This colleague’s account is not active, so the cart can’t be shared with them.',
  '2501': 'This permission level no longer exists. Reload the page and choose again.',
  '2701': 'Only the owner of this cart can change who it is shared with.',
  '2702': 'This cart is already shared with this colleague.',
  '2703': 'You can only share with people in your company.',
  '2705': 'This share no longer exists. The list has been refreshed.',
};

export function sharingErrorMessage(error: unknown): string {
  if (error instanceof GlueError) {
    const known = error.errors.map((e) => (e.code ? BY_CODE[e.code] : undefined)).find(Boolean);
    if (known) return known;
  }
  return errorMessage(error);
}

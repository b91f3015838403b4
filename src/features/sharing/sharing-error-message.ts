// Every error code of the sharing endpoints in people's words.
import type { MessageKey, Translate } from '../../lib/i18n/i18n';
import { errorMessage } from '../../lib/json-api/error-message';
import { GlueError } from '../../lib/json-api/glue-error';

const BY_CODE: Partial<Record<string, MessageKey>> = {
  '001': 'shareError.001',
  '002': 'shareError.002',
  '101': 'shareError.101',
  '901': 'shareError.901',
  '1404': 'shareError.1404',
  '2501': 'shareError.2501',
  '2701': 'shareError.2701',
  '2702': 'shareError.2702',
  '2703': 'shareError.2703',
  '2705': 'shareError.2705',
};

export function sharingErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof GlueError) {
    const key = error.errors.map((e) => (e.code ? BY_CODE[e.code] : undefined)).find(Boolean);
    if (key) return t(key);
  }
  return errorMessage(error, t);
}

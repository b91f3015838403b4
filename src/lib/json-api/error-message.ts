// What people read when a request fails: never raw JSON, never a token.
import type { MessageKey, Translate } from '../i18n/i18n';
import { GlueError, MalformedResponseError, NetworkError } from './glue-error';

const BY_STATUS: Partial<Record<number, MessageKey>> = {
  401: 'error.401',
  403: 'error.403',
  404: 'error.404',
  422: 'error.422',
  // Glue down or too slow behind its proxy: the shop is not reachable, try again.
  502: 'error.unavailable',
  503: 'error.unavailable',
  504: 'error.unavailable',
};

export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof MalformedResponseError) return t('error.malformed');
  if (error instanceof GlueError) return t(BY_STATUS[error.status] ?? 'error.other');
  return t('error.unknown');
}

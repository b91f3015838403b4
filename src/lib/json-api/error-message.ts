// What people read when a request fails: never raw JSON, never a token. Glue's codes
// come first (one table, glue-messages.ts), then the HTTP status.
import type { GlueErrorCode } from '../../contract/glue-errors';
import type { MessageKey, Params, Translate } from '../i18n/i18n';
import { GlueError, MalformedResponseError, NetworkError, TimeoutError } from './glue-error';
import { FALLS_BACK_TO, GLUE_MESSAGES, type GlueSituation } from './glue-messages';

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

/**
 * A code the message table knows. Asked of the table, not of the contract's catalog, so
 * the catalog's details (the mock's business) stay out of the app's first download.
 */
const isKnownCode = (code: string): code is GlueErrorCode => Object.hasOwn(GLUE_MESSAGES, code);

/** The text for Glue's errors in this situation: the first error that has one. */
function byCode(error: GlueError, situation: GlueSituation): MessageKey | undefined {
  for (const { code } of error.errors) {
    if (!code || !isKnownCode(code)) continue;
    const texts = GLUE_MESSAGES[code];
    for (let at: GlueSituation | undefined = situation; at; at = FALLS_BACK_TO[at]) {
      const key = texts[at];
      if (key) return key;
    }
  }
  return undefined;
}

/** The code's text for this situation, or undefined (the caller shows a field error). */
export function glueCodeMessage(
  error: unknown,
  t: Translate,
  situation: GlueSituation,
  params?: Params,
): string | undefined {
  const key = error instanceof GlueError ? byCode(error, situation) : undefined;
  return key ? t(key, params) : undefined;
}

export function errorMessage(
  error: unknown,
  t: Translate,
  situation?: GlueSituation,
  params?: Params,
): string {
  if (situation) {
    const text = glueCodeMessage(error, t, situation, params);
    if (text) return text;
  }
  // A write that timed out may still have happened: said so where the user changed
  // something on a page (whose texts carry these); a login or a read is simply retried.
  if (error instanceof TimeoutError) {
    if (!error.write || !situation || situation === 'login') return t('error.timeout');
    return t(error.checked ? 'error.timeoutNotSaved' : 'error.timeoutWrite');
  }
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof MalformedResponseError) return t('error.malformed');
  if (error instanceof GlueError) return t(BY_STATUS[error.status] ?? 'error.other');
  return t('error.unknown');
}

// A write that failed, shown the one way the app shows it: an Alert (announced at once)
// with what went wrong in plain words, right above the form or button that wrote. The
// reason comes from Glue's code (lib/json-api/error-message.ts); `say` puts it in a
// sentence of the screen's own ("Could not change Ben's level: …"). Nothing when
// there is no error, so a form writes `<WriteError error={save.error} />` and is done.
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { errorMessage } from '../lib/json-api/error-message';
import type { GlueSituation } from '../lib/json-api/glue-messages';
import { Alert } from './alert';

export interface WriteFailure {
  error: unknown;
  /** The sentence around the reason, when the screen says more than the reason. */
  say?: (reason: string) => ReactNode;
}

interface WriteErrorProps extends WriteFailure {
  /** What was written, for the words of Glue's codes ('cart', 'sharing', …). */
  about?: GlueSituation;
}

export function WriteError({ error, say, about }: WriteErrorProps) {
  const { t } = useI18n();
  if (error == null) return null;
  const reason = errorMessage(error, t, about);
  return <Alert tone="error">{say ? say(reason) : reason}</Alert>;
}

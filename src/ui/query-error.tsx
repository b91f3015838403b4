import { useI18n } from '../lib/i18n/i18n-context';
import { errorMessage } from '../lib/json-api/error-message';
import { Alert } from './alert';
import { Button } from './button';

/** A failed load: what happened in plain words, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert tone="error">
      <p>{errorMessage(error, t)}</p>
      <Button onClick={onRetry}>{t('error.retry')}</Button>
    </Alert>
  );
}

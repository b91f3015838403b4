// A later fetch of something already on screen failed: the data stays, and this says so
// politely, with why and when it is tried again (or a button to try now).
import { useI18n } from '../lib/i18n/i18n-context';
import { errorMessage } from '../lib/json-api/error-message';
import { Button } from './button';

interface RefreshFailedProps {
  error: unknown;
  /** Seconds until the next automatic check, if there is one. */
  nextInSeconds?: number | null;
  onRetry?: () => void;
}

export function RefreshFailed({ error, nextInSeconds, onRetry }: RefreshFailedProps) {
  const { t } = useI18n();
  return (
    <div role="status" className="alert alert-warning refresh-failed">
      <p>
        {nextInSeconds != null
          ? t('refresh.failedNext', { seconds: String(nextInSeconds) })
          : t('refresh.failed')}{' '}
        <span>{errorMessage(error, t)}</span>
      </p>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t('refresh.now')}
        </Button>
      )}
    </div>
  );
}

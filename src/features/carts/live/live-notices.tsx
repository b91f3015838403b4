// What the page says about changes it did not make: the live region for changes noticed
// while the cart is open, and the dismissable summary of changes since the last visit.
import { useI18n } from '../../../lib/i18n/i18n-context';
import { Button } from '../../../ui/button';
import { type CartChange, describeChanges } from './cart-changes';

/**
 * Always present, so screen readers hear each new text: a log (a polite live region)
 * whose last entry is the latest change, read as a whole.
 */
export function ColleagueChangesRegion({ changes }: { changes: readonly CartChange[] }) {
  const { t } = useI18n();
  return (
    <div role="log" aria-label={t('live.region')} aria-atomic="true" className="live-news">
      {changes.length > 0 && (
        <p className="alert alert-info">
          {t('live.announce', { changes: describeChanges(changes, t) })}
        </p>
      )}
    </div>
  );
}

interface SinceLastVisitProps {
  changes: readonly CartChange[];
  onDismiss: () => void;
}

export function SinceLastVisit({ changes, onDismiss }: SinceLastVisitProps) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="since-title" className="alert alert-info since-last-visit">
      <h2 id="since-title">{t('since.title')}</h2>
      <ul>
        {changes.map((change, index) => (
          <li key={index}>{describeChanges([change], t)}</li>
        ))}
      </ul>
      <Button size="small" variant="secondary" onClick={onDismiss}>
        {t('since.dismiss')}
      </Button>
    </section>
  );
}

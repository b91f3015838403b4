// How each share of the last Share went: sharing…, shared, or not shared with why and
// a Retry for that person.
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';
import type { Outcome } from './use-share-run';

export function ShareOutcomes({
  outcomes,
  onRetry,
}: {
  outcomes: Outcome[];
  onRetry: (outcome: Outcome) => void;
}) {
  const { t } = useI18n();
  if (outcomes.length === 0) return null;
  return (
    <ul className="outcomes" aria-label={t('sharing.results')} aria-live="polite">
      {outcomes.map((outcome) => (
        <li key={outcome.colleague.id} className={`outcome outcome-${outcome.status}`}>
          {outcome.status === 'pending' &&
            t('sharing.sharingWith', { name: outcome.colleague.name })}
          {outcome.status === 'done' && t('sharing.sharedWith', { name: outcome.colleague.name })}
          {outcome.status === 'failed' && (
            <>
              {t('sharing.notShared', {
                name: outcome.colleague.name,
                reason: outcome.message ?? '',
              })}{' '}
              <Button
                size="small"
                onClick={() => {
                  onRetry(outcome);
                }}
              >
                {t('sharing.retry')}
                <span className="visually-hidden">
                  {' '}
                  {t('sharing.retryFor', { name: outcome.colleague.name })}
                </span>
              </Button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

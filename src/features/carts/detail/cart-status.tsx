// What the page says when the cart on screen is no longer what Glue has: gone (deleted,
// ordered, or no longer shared), now read-only for this person, or a check that failed
// (the cart stays; the next check is said).
import { Link } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { RefreshFailed } from '../../../ui/refresh-failed';
import { LIVE_CHECK_MS } from '../live/use-live-cart';
import type { CartLock } from './use-cart-lock';

interface CartStatusProps {
  lock: CartLock;
  /** Whether the page kept forms that could not be written any more. */
  keptForms: boolean;
  onRelease: () => void;
  /** The last check's error when it failed for another reason than the cart being gone. */
  checkError: unknown;
  /** Whether checks come by themselves (a shared cart), so the next one can be said. */
  live: boolean;
  onCheckNow: () => void;
}

export function CartStatus(props: CartStatusProps) {
  const { t } = useI18n();
  const { lock, keptForms, onRelease, checkError, live, onCheckNow } = props;
  if (lock === 'gone') {
    return (
      <Alert tone="warning" className="cart-status">
        <p>
          <strong>{t('cart.goneTitle')}</strong> {t('cart.goneText')}
          {keptForms && ` ${t('cart.keptTyping')}`}
        </p>
        <p>
          <Link to="/carts">{t('cart.notFoundLink')}</Link>
        </p>
      </Alert>
    );
  }
  if (lock === 'read-only') {
    return (
      <Alert tone="warning" className="cart-status">
        <p>
          <strong>{t('cart.nowReadOnlyTitle')}</strong> {t('cart.nowReadOnlyText')}{' '}
          {t('cart.keptTyping')}
        </p>
        <Button size="small" variant="secondary" onClick={onRelease}>
          {t('cart.showReadOnly')}
        </Button>
      </Alert>
    );
  }
  if (checkError) {
    return (
      <RefreshFailed
        error={checkError}
        nextInSeconds={live ? LIVE_CHECK_MS / 1000 : null}
        onRetry={onCheckNow}
      />
    );
  }
  return null;
}

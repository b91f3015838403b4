// Glue answers 101 both for a cart that does not exist and for one not shared with the
// caller: the page says both, and what to do, never which.
import { Link } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';

export function CartNotFound() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="cart-missing-title" className="card narrow">
      <h1 id="cart-missing-title">{t('cart.notFoundTitle')}</h1>
      <p>{t('cart.notFoundText')}</p>
      <p>{t('cart.notFoundHelp')}</p>
      <p>
        <Link to="/carts">{t('cart.notFoundLink')}</Link>
      </p>
    </section>
  );
}

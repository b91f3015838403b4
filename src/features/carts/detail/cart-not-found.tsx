// Glue answers 101 both for a cart that does not exist and for one not shared with the
// caller: the page says both, and what to do, never which. A shared cart this person has
// seen before (this browser remembers it, live/cart-visits.ts) was ordered, deleted or
// unshared since: the page says so, with what it held when they last saw it.
import { Link } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCompanyUserId } from '../../../lib/session/use-company-user-id';
import { cartVisits } from '../live/cart-visits';

export function CartNotFound({ cartId }: { cartId: string }) {
  const { t } = useI18n();
  const companyUserId = useCompanyUserId();
  const seen = companyUserId ? cartVisits.last(companyUserId, cartId) : null;
  if (seen) {
    return (
      <section aria-labelledby="cart-missing-title" className="card narrow stack">
        <h1 id="cart-missing-title">{t('cart.goneNamed', { name: seen.name })}</h1>
        <p>{t('cart.goneSeen')}</p>
        {seen.items.length > 0 && (
          <ul aria-label={t('cart.goneHeld')}>
            {seen.items.map((item) => (
              <li key={item.id}>
                {t('order.itemLine', { quantity: item.quantity, name: item.name })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/carts">{t('cart.notFoundLink')}</Link>
        </p>
      </section>
    );
  }
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

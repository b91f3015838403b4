import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMoney } from '../../ui/money';
import type { Cart } from './cart-model';

export function CartTotals({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  return (
    // A named group, so the totals can be found (and read) as one thing.
    <div role="group" aria-label={t('cart.totals')}>
      <dl className="totals">
        <div>
          <dt>{t('cart.subtotal')}</dt>
          <dd>{money(cart.totals.subtotal)}</dd>
        </div>
        <div>
          <dt>{t('cart.tax')}</dt>
          <dd>{money(cart.totals.taxTotal)}</dd>
        </div>
        <div className="totals-grand">
          <dt>{t('cart.grandTotal')}</dt>
          <dd>{money(cart.totals.grandTotal)}</dd>
        </div>
      </dl>
    </div>
  );
}

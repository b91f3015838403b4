import { useI18n } from '../../../lib/i18n/i18n-context';
import { formatMoney } from '../../../ui/money';
import type { Cart } from '../cart-model';

export function CartTotals({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const { totals } = cart;
  // A cart Glue has not calculated yet has no totals: say so rather than show 0 or break.
  if (!totals) {
    return (
      <div role="group" aria-label={t('cart.totals')}>
        <p className="totals-pending">{t('cart.noTotal')}</p>
      </div>
    );
  }
  return (
    // A named group, so the totals can be found (and read) as one thing.
    <div role="group" aria-label={t('cart.totals')}>
      <dl className="totals">
        <div>
          <dt>{t('cart.subtotal')}</dt>
          <dd>{money(totals.subtotal)}</dd>
        </div>
        {cart.discounts.map((discount, index) => (
          <div key={discount.code ?? `rule-${String(index)}`} className="totals-discount">
            <dt>
              {discount.code
                ? t('cart.discountCode', { name: discount.displayName, code: discount.code })
                : discount.displayName}
            </dt>
            <dd>−{money(discount.amount)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('cart.tax')}</dt>
          <dd>{money(totals.taxTotal)}</dd>
        </div>
        <div className="totals-grand">
          <dt>{t('cart.grandTotal')}</dt>
          <dd>{money(totals.grandTotal)}</dd>
        </div>
      </dl>
    </div>
  );
}

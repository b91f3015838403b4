// What is being ordered and what it costs: the items, the subtotal, the discounts, the
// shipping of the chosen method and the grand total (prices include VAT: the carts here
// are in gross mode, and Glue works out the tax when it places the order).
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMoney } from '../../ui/money';
import type { Cart } from '../carts/public';

export function OrderSummary({ cart, shipping }: { cart: Cart; shipping: number | null }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const totals = cart.totals;
  return (
    <section aria-labelledby="summary-title" className="stack order-summary">
      <h2 id="summary-title">{t('order.summary')}</h2>
      <ul className="order-items">
        {cart.items.map((item) => (
          <li key={item.id}>
            <span>{t('order.itemLine', { quantity: item.quantity, name: item.name })}</span>
            <span>{money(item.sumPrice)}</span>
          </li>
        ))}
      </ul>
      {totals && (
        <dl className="totals" aria-label={t('cart.totals')}>
          <div>
            <dt>{t('cart.subtotal')}</dt>
            <dd>{money(totals.subtotal)}</dd>
          </div>
          {cart.discounts.map((discount) => (
            <div key={discount.code ?? discount.displayName}>
              <dt>{discount.displayName}</dt>
              <dd>−{money(discount.amount)}</dd>
            </div>
          ))}
          <div>
            <dt>{t('order.shipping')}</dt>
            <dd>{shipping === null ? '—' : money(shipping)}</dd>
          </div>
          <div className="totals-grand">
            <dt>{t('cart.grandTotal')}</dt>
            <dd>{money(totals.grandTotal + (shipping ?? 0))}</dd>
          </div>
        </dl>
      )}
      <p className="field-hint">{t('order.vatIncluded')}</p>
    </section>
  );
}

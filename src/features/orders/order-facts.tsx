// One order's facts: items, totals, where it goes, how it is shipped and paid. The order
// page and the confirmation show the same.
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMoney } from '../../ui/money';
import type { Order, OrderAddress } from './order-model';

function Address({ title, address }: { title: string; address: OrderAddress }) {
  return (
    <div>
      <h2>{title}</h2>
      <address>
        {[address.name, address.company, ...address.lines]
          .filter((line) => line !== '')
          .map((line) => (
            <span key={line} className="address-line">
              {line}
            </span>
          ))}
      </address>
    </div>
  );
}

export function OrderFacts({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, order.currency, locale);
  const { detail, totals } = order;
  return (
    <div className="stack order-facts">
      {detail && (
        <ul className="order-items" aria-label={t('order.items')}>
          {detail.items.map((item) => (
            <li key={item.sku}>
              <span>{t('order.itemLine', { quantity: item.quantity, name: item.name })}</span>
              <span>{money(item.sumPrice)}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="totals" aria-label={t('cart.totals')}>
        <div>
          <dt>{t('cart.subtotal')}</dt>
          <dd>{money(totals.subtotal)}</dd>
        </div>
        {detail?.discounts.map((discount) => (
          <div key={discount.displayName}>
            <dt>{discount.displayName}</dt>
            <dd>−{money(discount.amount)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('order.shipping')}</dt>
          <dd>{money(totals.expenseTotal)}</dd>
        </div>
        <div>
          <dt>{t('cart.tax')}</dt>
          <dd>{money(totals.taxTotal)}</dd>
        </div>
        <div className="totals-grand">
          <dt>{t('cart.grandTotal')}</dt>
          <dd>{money(totals.grandTotal)}</dd>
        </div>
      </dl>
      {detail && (
        <div className="order-where">
          {detail.shippingAddress && (
            <Address title={t('order.deliveryTo')} address={detail.shippingAddress} />
          )}
          {detail.shipment && (
            <div>
              <h2>{t('order.shipment')}</h2>
              <p>
                {t('order.methodLine', {
                  name: detail.shipment.name,
                  carrier: detail.shipment.carrierName,
                })}
              </p>
            </div>
          )}
          {detail.payment && (
            <div>
              <h2>{t('order.payment')}</h2>
              <p>{t('order.invoice')}</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

// After Place order: the order's reference, what was ordered and where it goes — and,
// since Glue tells the cart's colleagues nothing (the cart simply vanishes for them,
// docs/glue-api.md §11j), one email to all of them that the app can address.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { mailtoHref } from '../../lib/mailto';
import { formatMoney } from '../../ui/money';
import type { Cart } from '../carts/public';
import type { Order } from './order-model';
import { OrderFacts } from './order-facts';

interface OrderConfirmationProps {
  order: Order;
  cart: Cart;
  /** The user's own email: not among the colleagues to tell. */
  myEmail: string;
}

export function OrderConfirmation({ order, cart, myEmail }: OrderConfirmationProps) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const colleagues = cart.shares
    .map((share) => share.person?.email ?? '')
    .filter((email) => email !== '' && email.toLowerCase() !== myEmail.toLowerCase());
  const detail = order.detail;
  const lines = (detail?.items ?? cart.items).map((item) =>
    t('order.itemLine', { quantity: item.quantity, name: item.name }),
  );
  const where = detail?.shippingAddress
    ? [detail.shippingAddress.name, ...detail.shippingAddress.lines].join(', ')
    : '';
  const body = [
    t('order.mailIntro', { name: cart.name, reference: order.reference }),
    '',
    ...lines,
    '',
    t('order.mailTotal', { total: formatMoney(order.totals.grandTotal, order.currency, locale) }),
    where ? t('order.mailWhere', { address: where }) : '',
  ].join('\n');
  return (
    <section aria-labelledby="placed-title" className="stack order-confirmation">
      <h1 id="placed-title" ref={heading} tabIndex={-1}>
        {t('order.placedTitle', { reference: order.reference })}
      </h1>
      <p role="status">{t('order.placedText', { name: cart.name })}</p>
      <OrderFacts order={order} />
      <div className="actions">
        {colleagues.length > 0 && (
          <a
            className="button button-secondary"
            href={mailtoHref({
              to: colleagues,
              subject: t('order.mailSubject', { reference: order.reference }),
              body,
            })}
          >
            {t('order.tell')}
          </a>
        )}
        <Link to={`/orders/${encodeURIComponent(order.reference)}`}>{t('order.seeOrder')}</Link>
        <Link to="/carts">{t('cart.notFoundLink')}</Link>
      </div>
    </section>
  );
}

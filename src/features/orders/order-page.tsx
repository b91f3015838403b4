// /carts/:cartId/order — the order form of a cart: where it goes (the user's business-unit
// addresses), how it is shipped (with prices), how it is paid (invoice, the only way in
// B2B), what it costs, and Place order. One `POST /checkout` per click; refusals in plain
// words, with what was chosen kept; then the confirmation (docs/glue-api.md §11).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useCompanyUserId } from '../../lib/session/use-company-user-id';
import { GlueError, isGlueError } from '../../lib/json-api/glue-error';
import { Alert } from '../../ui/alert';
import { formatMoney } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { type Cart, cartQueries } from '../carts/public';
import { authQueries } from '../auth/public';
import { type CheckoutData, type Order, buyerOf } from './order-model';
import { orderQueries } from './order-queries';
import { OrderConfirmation } from './order-confirmation';
import { OrderForm } from './order-form';
import './orders.css';

/** A hard threshold: by how much the cart is off, in the user's words, then Glue's. */
function NotOrderable({ error, cart }: { error: GlueError; cart: Cart }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const offBy = cart.thresholds.flatMap((threshold) =>
    threshold.kind === 'hard-minimum' || threshold.kind === 'hard-maximum'
      ? [
          t(threshold.kind === 'hard-minimum' ? 'threshold.hardMin' : 'threshold.hardMax', {
            amount: money(threshold.delta),
            threshold: money(threshold.threshold),
          }),
        ]
      : [],
  );
  return (
    <Alert tone="error">
      <p>{t('order.notOrderable')}</p>
      <ul>
        {(offBy.length > 0 ? offBy : error.errors.map((problem) => problem.detail)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}

export function OrderPage() {
  const { cartId = '' } = useParams();
  const { t } = useI18n();
  const [placed, setPlaced] = useState<{ order: Order; cart: Cart } | null>(null);
  // After the order the cart is gone: nothing here asks for it again.
  const cart = useQuery({ ...cartQueries.detail(cartId), enabled: placed === null });
  const data = useQuery({ ...orderQueries.checkoutData(cartId), enabled: placed === null });
  const companyUserId = useCompanyUserId();
  const mine = useQuery(authQueries.myCompanyUsers());
  if (placed) {
    const myEmail = buyerOf(mine.data ?? [], companyUserId).email;
    return <OrderConfirmation order={placed.order} cart={placed.cart} myEmail={myEmail} />;
  }
  const loading = <p role="status">{t('order.loading')}</p>;
  return (
    <article aria-labelledby="order-title" className="stack order-page">
      <p>
        <Link to={`/carts/${encodeURIComponent(cartId)}`}>{t('order.backToCart')}</Link>
      </p>
      <QueryView query={cart} pending={loading}>
        {(shown) => (
          <>
            <h1 id="order-title">{t('order.title', { name: shown.name })}</h1>
            <QueryView
              query={data}
              pending={loading}
              // A hard threshold: Glue's own words say by how much (the cart page too).
              failed={(error) =>
                isGlueError(error, '1101') ? <NotOrderable error={error} cart={shown} /> : undefined
              }
            >
              {(checkout: CheckoutData) => (
                <QueryView query={mine} pending={loading}>
                  {(companyUsers) => (
                    <OrderForm
                      cart={shown}
                      checkout={checkout}
                      buyer={buyerOf(companyUsers, companyUserId)}
                      onPlaced={(order) => {
                        setPlaced({ order, cart: shown });
                      }}
                    />
                  )}
                </QueryView>
              )}
            </QueryView>
          </>
        )}
      </QueryView>
    </article>
  );
}

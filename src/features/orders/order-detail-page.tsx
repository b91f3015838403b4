// /orders/:reference — one of the user's orders: items, totals, address, shipment,
// payment. Glue answers 404 `801` for an order that is not theirs.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { isGlueError } from '../../lib/json-api/glue-error';
import { QueryView } from '../../ui/query-view';
import { orderDate } from './order-model';
import { orderQueries } from './order-queries';
import { OrderFacts } from './order-facts';
import './orders.css';

export function OrderDetailPage() {
  const { reference = '' } = useParams();
  const { t, locale } = useI18n();
  const order = useQuery(orderQueries.detail(reference));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <article aria-labelledby="order-detail-title" className="stack">
      <p>
        <Link to="/orders">{t('order.yourOrders')}</Link>
      </p>
      <QueryView
        query={order}
        pending={<p role="status">{t('orders.loading')}</p>}
        failed={(error) =>
          isGlueError(error, '801') ? (
            <p className="card narrow">{errorMessage(error, t, 'order')}</p>
          ) : undefined
        }
      >
        {(data) => (
          <>
            <h1 id="order-detail-title">
              {t('orders.detailTitle', { reference: data.reference })}
            </h1>
            <p className="muted">{date.format(orderDate(data.createdAt))}</p>
            <OrderFacts order={data} />
          </>
        )}
      </QueryView>
    </article>
  );
}

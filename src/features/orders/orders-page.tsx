// /orders — the user's orders, newest first, 20 to a page (Glue's page[offset] and
// page[limit]; it gives no count, so the pages go by its next and last links).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';
import { formatMoney } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { CellLabel, Table } from '../../ui/table';
import { orderDate } from './order-model';
import { ORDERS_PER_PAGE, orderQueries } from './order-queries';
import './orders.css';

export function OrdersPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const orders = useQuery({ ...orderQueries.list(page), placeholderData: keepPreviousData });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const go = (next: number) => {
    setParams(next === 0 ? {} : { page: String(next + 1) });
  };
  return (
    <section aria-labelledby="orders-title" className="stack">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <QueryView query={orders} pending={<p role="status">{t('orders.loading')}</p>}>
        {(data) =>
          data.orders.length === 0 ? (
            <p className="empty">{t('orders.empty')}</p>
          ) : (
            <>
              <Table stacked>
                <caption className="visually-hidden">{t('orders.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('orders.colReference')}</th>
                    <th scope="col">{t('orders.colDate')}</th>
                    <th scope="col" className="numeric">
                      {t('orders.colTotal')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.orders.map((order) => (
                    <tr key={order.reference}>
                      <th scope="row">
                        <Link to={`/orders/${encodeURIComponent(order.reference)}`}>
                          {order.reference}
                        </Link>
                      </th>
                      <td>
                        <CellLabel>{t('orders.colDate')}</CellLabel>
                        {date.format(orderDate(order.createdAt))}
                      </td>
                      <td className="numeric">
                        <CellLabel>{t('orders.colTotal')}</CellLabel>
                        {formatMoney(order.totals.grandTotal, order.currency, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <nav aria-label={t('orders.pages')} className="actions pager">
                <Button
                  variant="secondary"
                  disabled={page === 0}
                  onClick={() => {
                    go(page - 1);
                  }}
                >
                  {t('orders.newer')}
                </Button>
                <span>
                  {t('orders.pageOf', {
                    page: page + 1,
                    pages: Math.floor(data.lastOffset / ORDERS_PER_PAGE) + 1,
                  })}
                </span>
                <Button
                  variant="secondary"
                  disabled={!data.hasNext}
                  onClick={() => {
                    go(page + 1);
                  }}
                >
                  {t('orders.older')}
                </Button>
              </nav>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

import { Link } from 'react-router-dom';
import { type Language, type Translate, plural } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMoney } from '../../ui/money';
import { ACCESS_LABEL } from './access-label';
import { type CartSummary, isMyDefault } from './cart-model';
import { Table } from '../../ui/table';

function sharing(cart: CartSummary, t: Translate, language: Language) {
  if (cart.access !== 'owner') return t('carts.sharedWithYou');
  return cart.shareCount === 0 ? '—' : plural(t, language, 'carts.colleagues', cart.shareCount);
}

export function CartTable({ carts }: { carts: CartSummary[] }) {
  const { t, language, locale } = useI18n();
  return (
    <Table>
      <caption className="visually-hidden">{t('carts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('carts.colName')}</th>
          <th scope="col">{t('carts.colAccess')}</th>
          <th scope="col" className="numeric">
            {t('carts.colItems')}
          </th>
          <th scope="col" className="numeric">
            {t('carts.colTotal')}
          </th>
          <th scope="col">{t('carts.colShared')}</th>
        </tr>
      </thead>
      <tbody>
        {carts.map((cart) => (
          <tr key={cart.id}>
            <th scope="row">
              <Link to={`/carts/${cart.id}`}>{cart.name}</Link>
              {isMyDefault(cart) && (
                <span className="badge badge-default">{t('carts.default')}</span>
              )}
            </th>
            <td>
              <span className={`access access-${cart.access}`}>{t(ACCESS_LABEL[cart.access])}</span>
            </td>
            <td className="numeric">{new Intl.NumberFormat(locale).format(cart.itemCount)}</td>
            <td className="numeric">
              {cart.totals
                ? formatMoney(cart.totals.grandTotal, cart.currency, locale)
                : t('cart.noTotal')}
            </td>
            <td>{sharing(cart, t, language)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function CartTableSkeleton() {
  return (
    <div aria-hidden="true" className="skeleton-table">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="skeleton-row" />
      ))}
    </div>
  );
}

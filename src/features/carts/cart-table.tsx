import { Link } from 'react-router-dom';
import { type Language, type Translate, plural } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMoney } from '../../ui/money';
import { ACCESS_LABEL } from './access-label';
import { type CartSummary, isMyDefault } from './cart-model';
import { Table } from '../../ui/table';
import type { MessageKey } from '../../lib/i18n/i18n';
import type { CartListState, SortColumn } from './cart-list-view';

function sharing(cart: CartSummary, t: Translate, language: Language) {
  if (cart.access !== 'owner') return t('carts.sharedWithYou');
  return cart.shareCount === 0 ? '—' : plural(t, language, 'carts.colleagues', cart.shareCount);
}

interface SortProps {
  state: CartListState;
  onSort: (column: SortColumn) => void;
}

/** A column header that sorts: a button inside, its order told by aria-sort. */
function SortHeader({
  column,
  label,
  numeric = false,
  state,
  onSort,
}: { column: SortColumn; label: MessageKey; numeric?: boolean } & SortProps) {
  const { t } = useI18n();
  const active = state.sort === column;
  const direction = state.direction === 'asc' ? 'ascending' : 'descending';
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? direction : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          onSort(column);
        }}
      >
        {t(label)}
        <span aria-hidden="true" className="sort-mark">
          {active ? (state.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

interface CartTableProps extends SortProps {
  carts: CartSummary[];
  /** Carts shared with the user that they have not opened yet. */
  newIds: ReadonlySet<string>;
}

export function CartTable({ carts, newIds, ...sort }: CartTableProps) {
  const { t, language, locale } = useI18n();
  return (
    <Table>
      <caption className="visually-hidden">{t('carts.caption')}</caption>
      <thead>
        <tr>
          <SortHeader column="name" label="carts.colName" {...sort} />
          <SortHeader column="access" label="carts.colAccess" {...sort} />
          <SortHeader column="items" label="carts.colItems" numeric {...sort} />
          <SortHeader column="total" label="carts.colTotal" numeric {...sort} />
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
              {newIds.has(cart.id) && (
                <span className="badge badge-new">{t('carts.newBadge')}</span>
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

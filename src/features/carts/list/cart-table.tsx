import { type MouseEvent, memo, startTransition, useCallback, useEffect, useState } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import { type Language, type Translate, formatCount, plural } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { formatMoney } from '../../../ui/money';
import { ACCESS_LABEL } from '../access-label';
import { type CartSummary, isMyDefault } from '../cart-model';
import { CellLabel, Table } from '../../../ui/table';
import type { MessageKey } from '../../../lib/i18n/i18n';
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

interface CartRowProps {
  cart: CartSummary;
  isNew: boolean;
  hidden: boolean;
  /** The cart page's address and a way there, from the table (see CartRow). */
  href: string;
  onOpen: (cartId: string) => void;
}

/** A plain left click stays in the app; a middle click or Ctrl+click opens a new tab. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 &&
  !event.defaultPrevented &&
  !event.metaKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  !event.altKey;

/**
 * One cart. Rows are memoised and a filtered-out row is only hidden, so a keystroke in
 * the name filter touches only the rows whose visibility changed. The link is a plain
 * <a> on purpose: a router <Link> listens to the address, and the filter changes the
 * address on every keystroke — 500 Links re-rendering cost ~50 ms a keystroke.
 */
const CartRow = memo(function CartRow({ cart, isNew, hidden, href, onOpen }: CartRowProps) {
  const { t, language, locale } = useI18n();
  return (
    <tr hidden={hidden}>
      <th scope="row">
        <a
          href={href}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            onOpen(cart.id);
          }}
        >
          {cart.name}
        </a>
        {isMyDefault(cart) && <span className="badge badge-default">{t('carts.default')}</span>}
        {isNew && <span className="badge badge-new">{t('carts.newBadge')}</span>}
      </th>
      <td>
        <CellLabel>{t('carts.colAccess')}</CellLabel>
        <span className={`access access-${cart.access}`}>{t(ACCESS_LABEL[cart.access])}</span>
      </td>
      <td className="numeric">
        <CellLabel>{t('carts.colItems')}</CellLabel>
        {formatCount(cart.itemCount, locale)}
      </td>
      <td className="numeric">
        <CellLabel>{t('carts.colTotal')}</CellLabel>
        {cart.totals
          ? formatMoney(cart.totals.grandTotal, cart.currency, locale)
          : t('cart.noTotal')}
      </td>
      <td>
        <CellLabel>{t('carts.colShared')}</CellLabel>
        {sharing(cart, t, language)}
      </td>
    </tr>
  );
});

interface CartTableProps extends SortProps {
  /** The carts of the chosen view, in order. */
  carts: CartSummary[];
  /** Those the name filter lets through; null when there is no filter. */
  shown: ReadonlySet<string> | null;
  /** Carts shared with the user that they have not opened yet. */
  newIds: ReadonlySet<string>;
  hidden?: boolean;
}

/**
 * Rows rendered at once, more than any screen shows. A big account's other rows (Anna has
 * 504 carts in the large scenario) follow ROWS_PER_STEP at a time, each step a background
 * render React can interrupt, with a commit small enough not to block a tap: the list
 * appears at once and stays responsive while the rest arrive.
 */
const FIRST_ROWS = 30;
const ROWS_PER_STEP = 100;

/** How many of `total` rows to render: FIRST_ROWS, then a step more after each commit. */
function useRevealedRows(total: number): number {
  const [revealed, setRevealed] = useState(FIRST_ROWS);
  useEffect(() => {
    if (revealed >= total) return;
    startTransition(() => {
      setRevealed((count) => count + ROWS_PER_STEP);
    });
  }, [revealed, total]);
  return Math.min(revealed, total);
}

export function CartTable({ carts, shown, newIds, hidden = false, ...sort }: CartTableProps) {
  const { t } = useI18n();
  // Always the first rows of the current order, never a gap.
  const rowCount = useRevealedRows(carts.length);
  const base = useHref('/carts');
  const navigate = useNavigate();
  const open = useCallback(
    (cartId: string) => {
      void navigate(`/carts/${cartId}`);
    },
    [navigate],
  );
  return (
    // Busy while rows are still being revealed: assistive technology (and the tests) can
    // tell a table that is filling from one that is complete.
    <Table stacked hidden={hidden} aria-busy={rowCount < carts.length}>
      <caption className="visually-hidden">{t('carts.caption')}</caption>
      <thead className="sort-head">
        <tr>
          <SortHeader column="name" label="carts.colName" {...sort} />
          <SortHeader column="access" label="carts.colAccess" {...sort} />
          <SortHeader column="items" label="carts.colItems" numeric {...sort} />
          <SortHeader column="total" label="carts.colTotal" numeric {...sort} />
          <th scope="col" className="sort-head-plain">
            {t('carts.colShared')}
          </th>
        </tr>
      </thead>
      <tbody>
        {carts.slice(0, rowCount).map((cart) => (
          <CartRow
            key={cart.id}
            cart={cart}
            isNew={newIds.has(cart.id)}
            hidden={shown !== null && !shown.has(cart.id)}
            href={`${base}/${cart.id}`}
            onOpen={open}
          />
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

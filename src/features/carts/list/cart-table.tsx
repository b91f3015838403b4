// The cart list's table: sortable headers, the rows (revealed in steps), and its skeleton.
import { useCallback } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { SkeletonRows } from '../../../ui/skeleton';
import { Table } from '../../../ui/table';
import type { CartSummary } from '../cart-model';
import { CartRow } from './cart-row';
import { type SortProps, SortHeader } from './sort-header';
import { useRevealedRows } from './use-revealed-rows';

interface CartTableProps extends SortProps {
  /** The carts of the chosen view, in order. */
  carts: CartSummary[];
  /** Those the name filter lets through; null when there is no filter. */
  shown: ReadonlySet<string> | null;
  /** Carts shared with the user that they have not opened yet. */
  newIds: ReadonlySet<string>;
  hidden?: boolean;
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
  return <SkeletonRows rows={4} />;
}

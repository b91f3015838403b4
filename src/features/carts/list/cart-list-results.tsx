// The list's data part: loading (skeleton), failure (message + Retry), how many match
// while filtering by name, no match, an empty view, and the table.
import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/i18n';
import { Button } from '../../../ui/button';
import { QueryView } from '../../../ui/query-view';
import type { CartSummary } from '../cart-model';
import { useNewShares } from '../seen/new-shares';
import { type CartListState, type CartView, toggleSort } from './cart-list-view';
import { CartTable, CartTableSkeleton } from './cart-table';
import type { ShowListState } from './use-list-state';
import { useVisibleCarts } from './use-visible-carts';

const EMPTY: Record<CartView, MessageKey> = {
  all: 'carts.emptyAll',
  mine: 'carts.emptyMine',
  shared: 'carts.emptyShared',
};

interface CartListResultsProps {
  carts: UseQueryResult<CartSummary[]>;
  state: CartListState;
  show: ShowListState;
}

export function CartListResults({ carts, state, show }: CartListResultsProps) {
  const { t } = useI18n();
  return (
    <QueryView
      query={carts}
      pending={
        <>
          <p role="status" className="visually-hidden">
            {t('carts.loading')}
          </p>
          <CartTableSkeleton />
        </>
      }
    >
      {(data) => <Results carts={data} state={state} show={show} />}
    </QueryView>
  );
}

function Results({
  carts,
  state,
  show,
}: { carts: CartSummary[] } & Omit<CartListResultsProps, 'carts'>) {
  const { t, locale } = useI18n();
  const newIds = useNewShares(carts);
  const { inView, shown, shownCount, query } = useVisibleCarts(carts, state, locale);
  const filtering = query !== '';
  return (
    <>
      {/* Announced while filtering by name: how many of the carts match. */}
      <p role="status" className={filtering ? 'muted' : 'visually-hidden'}>
        {filtering
          ? t('carts.matching', { count: String(shownCount), total: String(inView.length) })
          : ''}
      </p>
      {filtering && shownCount === 0 && inView.length > 0 && (
        <div className="empty stack">
          <p>{t('carts.noMatch', { query })}</p>
          <p>
            <Button
              variant="secondary"
              onClick={() => {
                show((current) => ({ ...current, query: '' }));
              }}
            >
              {t('carts.clearFilter')}
            </Button>
          </p>
        </div>
      )}
      {inView.length === 0 && <p className="empty">{t(EMPTY[state.view])}</p>}
      {/* Stays mounted while filtering (hidden when nothing matches): see CartRow. */}
      {inView.length > 0 && (
        <CartTable
          carts={inView}
          shown={shown}
          hidden={shownCount === 0}
          newIds={newIds}
          state={state}
          onSort={(column) => {
            show((current) => toggleSort(current, column));
          }}
        />
      )}
    </>
  );
}

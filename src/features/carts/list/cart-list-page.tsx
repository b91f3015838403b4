// /carts: every cart of the company user in one Glue request — filterable by owner and
// name, sortable by column, all kept in the address so a view can be bookmarked — with
// loading, empty and error states, New markers, and a way to start a new cart.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { QueryError } from '../../../ui/query-error';
import { CartFilter } from './cart-filter';
import {
  type CartListState,
  type CartView,
  applyListState,
  byName,
  parseListState,
  toParams,
  toggleSort,
} from './cart-list-view';
import { cartQueries } from '../cart-queries';
import { CartTable, CartTableSkeleton } from './cart-table';
import { CreateCartForm } from '../name/create-cart-form';
import { NameFilter } from './name-filter';
import { useNewShares } from '../seen/new-shares';
import '../carts.css';

const EMPTY: Record<CartView, MessageKey> = {
  all: 'carts.emptyAll',
  mine: 'carts.emptyMine',
  shared: 'carts.emptyShared',
};

function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' ? state.notice : null;
}

/** The list's view, read from and written to the address. */
function useListState() {
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const show = (next: CartListState) => {
    setParams(toParams(next), { replace: true });
  };
  return [state, show] as const;
}

export function CartListPage() {
  const carts = useQuery(cartQueries.list());
  const { t, locale } = useI18n();
  const location = useLocation();
  const [creating, setCreating] = useState(false);
  const [state, show] = useListState();
  const notice = noticeOf(location.state);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a cart was deleted, focus lands on this page's heading, not on <body>.
  useEffect(() => {
    if (notice) heading.current?.focus();
  }, [notice]);
  const newIds = useNewShares(carts.data);
  // Typing stays instant; the rows follow as soon as React has a moment.
  const query = useDeferredValue(state.query);
  const { view, sort, direction } = state;
  const inView = useMemo(
    () =>
      carts.data ? applyListState(carts.data, { view, query: '', sort, direction }, locale) : [],
    [carts.data, view, sort, direction, locale],
  );
  // Null without a filter: every cart of the view is shown.
  const shown = useMemo(
    () =>
      query.trim() === '' ? null : new Set(inView.filter(byName(query)).map((cart) => cart.id)),
    [inView, query],
  );
  const shownCount = shown?.size ?? inView.length;
  const filtering = query.trim() !== '';

  return (
    <section aria-labelledby="carts-title" className="stack">
      <div className="page-header">
        <h1 id="carts-title" tabIndex={-1} ref={heading}>
          {t('carts.title')}
        </h1>
        {!creating && (
          <Button
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('carts.new')}
          </Button>
        )}
      </div>
      {notice && <Alert tone="info">{notice}</Alert>}
      {creating && (
        <CreateCartForm
          onCancel={() => {
            setCreating(false);
          }}
        />
      )}
      <div className="list-controls">
        <CartFilter
          value={view}
          onChange={(next) => {
            show({ ...state, view: next });
          }}
        />
        <NameFilter
          value={state.query}
          onChange={(next) => {
            show({ ...state, query: next });
          }}
        />
      </div>
      {carts.isPending && (
        <>
          <p role="status" className="visually-hidden">
            {t('carts.loading')}
          </p>
          <CartTableSkeleton />
        </>
      )}
      {carts.isError && (
        <QueryError
          error={carts.error}
          onRetry={() => {
            void carts.refetch();
          }}
        />
      )}
      {/* Announced while filtering by name: how many of the carts match. */}
      {carts.isSuccess && (
        <p role="status" className={filtering ? 'muted' : 'visually-hidden'}>
          {filtering
            ? t('carts.matching', { count: String(shownCount), total: String(inView.length) })
            : ''}
        </p>
      )}
      {carts.isSuccess && filtering && shownCount === 0 && inView.length > 0 && (
        <div className="empty stack">
          <p>{t('carts.noMatch', { query: query.trim() })}</p>
          <p>
            <Button
              variant="secondary"
              onClick={() => {
                show({ ...state, query: '' });
              }}
            >
              {t('carts.clearFilter')}
            </Button>
          </p>
        </div>
      )}
      {carts.isSuccess && inView.length === 0 && <p className="empty">{t(EMPTY[view])}</p>}
      {/* Stays mounted while filtering (hidden when nothing matches): see CartRow. */}
      {carts.isSuccess && inView.length > 0 && (
        <CartTable
          carts={inView}
          shown={shown}
          hidden={shownCount === 0}
          newIds={newIds}
          state={state}
          onSort={(column) => {
            show(toggleSort(state, column));
          }}
        />
      )}
    </section>
  );
}

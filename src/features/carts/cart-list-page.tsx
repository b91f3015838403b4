// /carts: every cart of the company user in one Glue request, filterable, with
// loading, empty and error states, and a way to start a new cart.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { MessageKey } from '../../lib/i18n/i18n';
import { Alert } from '../../ui/alert';
import { QueryError } from '../../ui/query-error';
import { CartFilter, type CartView, filterCarts, parseView } from './cart-filter';
import { sortCarts } from './cart-model';
import { cartQueries } from './cart-queries';
import { CartTable, CartTableSkeleton } from './cart-table';
import { CreateCartForm } from './create-cart-form';
import './carts.css';
import { Button } from '../../ui/button';

const EMPTY: Record<CartView, MessageKey> = {
  all: 'carts.emptyAll',
  mine: 'carts.emptyMine',
  shared: 'carts.emptyShared',
};

function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' ? state.notice : null;
}

export function CartListPage() {
  const carts = useQuery(cartQueries.list());
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [creating, setCreating] = useState(false);
  const view = parseView(params.get('view'));
  const notice = noticeOf(location.state);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a cart was deleted, focus lands on this page's heading, not on <body>.
  useEffect(() => {
    if (notice) heading.current?.focus();
  }, [notice]);
  const visible = carts.data ? sortCarts(filterCarts(carts.data, view)) : [];

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
      <CartFilter
        value={view}
        onChange={(next) => {
          setParams(next === 'all' ? {} : { view: next }, { replace: true });
        }}
      />
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
      {carts.isSuccess &&
        (visible.length === 0 ? (
          <p className="empty">{t(EMPTY[view])}</p>
        ) : (
          <CartTable carts={visible} />
        ))}
    </section>
  );
}

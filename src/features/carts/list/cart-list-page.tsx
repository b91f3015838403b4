// /carts: every cart of the company user in one Glue request — filterable by owner and
// name, sortable by column, all kept in the address so a view can be bookmarked — with
// loading, empty and error states, New markers, and a way to start a new cart.
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useRouterState } from '../../../lib/router-state';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { SectionBoundary } from '../../../ui/section-boundary';
import { cartQueries } from '../cart-queries';
import { noticeState } from '../router-states';
import { CartFilter } from './cart-filter';
import { CartListResults } from './cart-list-results';
import { NameFilter } from './name-filter';
import { whenIdle } from '../../../lib/when-idle';
import { useListState } from './use-list-state';
import '../carts.css';

// The new-cart form (with react-hook-form) is not needed to show the list: it is fetched
// when the browser is idle after the list is on screen, or when the button is pointed at
// or focused, whichever comes first, so the list's first paint does not wait for it.
const loadCreateCartForm = () => import('../name/create-cart-form');
const CreateCartForm = lazy(async () => ({
  default: (await loadCreateCartForm()).CreateCartForm,
}));
const warmCreateCartForm = () => {
  void loadCreateCartForm();
};

export function CartListPage() {
  const carts = useQuery(cartQueries.list());
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const [state, show, writeAddress] = useListState();
  const notice = useRouterState(noticeState)?.notice ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  // After a cart was deleted, focus lands on this page's heading, not on <body>.
  useEffect(() => {
    if (notice) heading.current?.focus();
  }, [notice]);
  const loaded = carts.isSuccess;
  useEffect(() => (loaded ? whenIdle(warmCreateCartForm) : undefined), [loaded]);

  return (
    <section aria-labelledby="carts-title" className="stack">
      <div className="page-header">
        <h1 id="carts-title" tabIndex={-1} ref={heading}>
          {t('carts.title')}
        </h1>
        {!creating && (
          <Button
            onPointerEnter={warmCreateCartForm}
            onFocus={warmCreateCartForm}
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
        <Suspense fallback={<p className="muted">{t('create.opening')}</p>}>
          <CreateCartForm
            onCancel={() => {
              setCreating(false);
            }}
          />
        </Suspense>
      )}
      <div className="list-controls">
        <CartFilter
          value={state.view}
          onChange={(view) => {
            show((current) => ({ ...current, view }));
          }}
        />
        <NameFilter
          value={state.query}
          onChange={(query, how) => {
            show((current) => ({ ...current, query }), how);
          }}
          onLeave={writeAddress}
        />
      </div>
      <SectionBoundary name={t('carts.title')}>
        <CartListResults carts={carts} state={state} show={show} />
      </SectionBoundary>
    </section>
  );
}

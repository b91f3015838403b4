// /carts/:cartId — one Glue request for the cart, its items, product names, shares and
// the caller's permission. Owners and full-access colleagues edit; read-only
// recipients see the same cart with no edit controls at all. Each section has its own
// error boundary: a crash in one leaves the others usable. Data first: once the cart is
// on screen it stays there, whatever a later check says (use-cart-lock.ts, CartStatus).
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { isGlueError } from '../../../lib/json-api/glue-error';
import { Button } from '../../../ui/button';
import { SkeletonRows } from '../../../ui/skeleton';
import { QueryView } from '../../../ui/query-view';
import { SectionBoundary } from '../../../ui/section-boundary';
import { Unhurried } from '../../../ui/unhurried';
import { WriteLock } from '../../../ui/write-lock';
import { type Cart, canEdit, isMyDefault } from '../cart-model';
import { cartQueries } from '../cart-queries';
import { CopyCartButton } from '../copy/copy-cart-button';
import { RenameCartForm } from '../name/rename-cart-form';
import { useMarkSeen } from '../seen/new-shares';
import { ColleagueChangesRegion, SinceLastVisit } from '../live/live-notices';
import { useCartNews } from '../live/use-cart-news';
import { useLiveCart } from '../live/use-live-cart';
import { AccessNote } from './access-note';
import { CartItemsSection } from './cart-items-section';
import { CartNotFound } from './cart-not-found';
import { CartNotices, useTakenName } from './cart-notices';
import { CartStatus } from './cart-status';
import { CartOrderSection, type RenderOrdering } from '../ordering/cart-order-section';
import { useCartLock } from './use-cart-lock';
import { DeleteCartDialog } from './delete-cart-dialog';
import '../carts.css';

interface CartDetailProps {
  /** The sharing section, composed in by the app (carts does not know sharing). */
  renderSharing?: (cart: Cart) => ReactNode;
  /** "Order this cart", composed in by the app (carts does not know ordering). */
  renderOrdering?: RenderOrdering;
}

/** At most one of these at a time: renaming hides the buttons, deleting opens a dialog. */
type Editing = 'none' | 'renaming' | 'deleting';

interface CartContentProps extends CartDetailProps {
  /** The cart as last loaded. */
  loaded: Cart;
  /** The detail query: when Glue last answered, and whether that answer was an error. */
  query: UseQueryResult<Cart>;
}

function CartContent({ loaded, query, renderSharing, renderOrdering }: CartContentProps) {
  const [editing, setEditing] = useState<Editing>('none');
  const [takenName, setTakenName] = useTakenName();
  const { t } = useI18n();
  const lastError = query.isError ? query.error : null;
  const { lock, shown: cart, release } = useCartLock(loaded, lastError);
  const live = useLiveCart(loaded, { paused: lock === 'gone' });
  const news = useCartNews(loaded);
  const stopEditing = () => {
    setEditing('none');
  };

  return (
    <article aria-labelledby="cart-title" className="stack">
      <p>
        <Link to="/carts">{t('cart.back')}</Link>
      </p>
      <div className="page-header">
        <h1 id="cart-title">
          {cart.name}
          {isMyDefault(cart) && <span className="badge badge-default">{t('carts.default')}</span>}
        </h1>
        <div className="actions">
          <CopyCartButton cart={cart} />
          {canEdit(cart.access) && !lock && editing !== 'renaming' && (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  setEditing('renaming');
                }}
              >
                {t('cart.rename')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  setEditing('deleting');
                }}
              >
                {t('cart.delete')}
              </Button>
            </>
          )}
        </div>
      </div>
      <AccessNote cart={loaded} />
      <CartStatus
        lock={lock}
        keptForms={canEdit(cart.access)}
        onRelease={release}
        checkError={lock ? null : lastError}
        live={live}
        onCheckNow={() => {
          void query.refetch();
        }}
      />
      <SinceLastVisit changes={news.since} onDismiss={news.dismissSince} />
      <ColleagueChangesRegion changes={news.live} />
      <CartNotices
        cart={cart}
        takenName={takenName}
        renaming={editing === 'renaming'}
        onRename={() => {
          setTakenName(null);
          setEditing('renaming');
        }}
        onDismissTakenName={() => {
          setTakenName(null);
        }}
      />
      <WriteLock value={lock !== null}>
        {editing === 'renaming' && canEdit(cart.access) && (
          <RenameCartForm
            cartId={cart.id}
            name={cart.name}
            onDone={(result) => {
              stopEditing();
              if (result && result.cart.name !== result.requestedName) {
                setTakenName(result.requestedName);
              }
            }}
          />
        )}
        <SectionBoundary name={t('cart.items')}>
          <CartItemsSection cart={cart} marked={news.marked} />
        </SectionBoundary>
        {/* Below the items: ordering and sharing come a moment after what is read first. */}
        <Unhurried fallback={null}>
          <SectionBoundary name={t('order.section')}>
            <CartOrderSection cart={cart} locked={lock !== null} renderOrdering={renderOrdering} />
          </SectionBoundary>
          {renderSharing && (
            <SectionBoundary name={t('sharing.title')}>{renderSharing(cart)}</SectionBoundary>
          )}
        </Unhurried>
        {editing === 'deleting' && canEdit(cart.access) && (
          <DeleteCartDialog cart={cart} onClose={stopEditing} />
        )}
      </WriteLock>
    </article>
  );
}

export function CartDetail({ renderSharing, renderOrdering }: CartDetailProps) {
  const { cartId = '' } = useParams();
  const cart = useQuery(cartQueries.detail(cartId));
  const { t } = useI18n();
  useMarkSeen(cart.data);
  const pending = (
    <div className="stack">
      <p role="status">{t('cart.loading')}</p>
      <SkeletonRows rows={2} />
    </div>
  );
  return (
    <QueryView
      query={cart}
      pending={pending}
      failed={(error) => (isGlueError(error, '101') ? <CartNotFound cartId={cartId} /> : undefined)}
      // Said inside the page, beside the cart (CartStatus).
      refreshFailed={() => null}
    >
      {(data) => (
        // A new cart, too, is rendered in slices (key).
        <Unhurried key={data.id} fallback={pending}>
          <CartContent
            loaded={data}
            query={cart}
            renderSharing={renderSharing}
            renderOrdering={renderOrdering}
          />
        </Unhurried>
      )}
    </QueryView>
  );
}

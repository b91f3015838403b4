// /carts/:cartId — one Glue request for the cart, its items, product names, shares and
// the caller's permission. Owners and full-access colleagues edit; read-only
// recipients see the same cart with no edit controls at all.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { isGlueError } from '../../../lib/json-api/glue-error';
import { Alert } from '../../../ui/alert';
import { QueryError } from '../../../ui/query-error';
import { AddItemForm } from '../items/add-item-form';
import { errorMessage } from '../../../lib/json-api/error-message';
import { type Cart, canEdit, isMyDefault } from '../cart-model';
import { useChangeQuantity, useRemoveItem } from '../cart-mutations';
import { CartNotFound } from './cart-not-found';
import { cartQueries } from '../cart-queries';
import { CartTotals } from './cart-totals';
import { CopyCartButton } from '../copy/copy-cart-button';
import { CopyReport, useCopyReport } from '../copy/copy-report';
import { DeleteCartDialog } from './delete-cart-dialog';
import { ItemsTable } from '../items/items-table';
import { useMarkSeen } from '../seen/new-shares';
import type { TakenNameState } from '../name/create-cart-form';
import { RenameCartForm } from '../name/rename-cart-form';
import { TakenNameNotice } from '../name/taken-name-notice';
import '../carts.css';
import { Button } from '../../../ui/button';

function AccessNote({ cart }: { cart: Cart }) {
  const { t } = useI18n();
  if (cart.access === 'owner') return null;
  const readOnly = cart.access === 'READ_ONLY';
  return (
    <p className={readOnly ? 'banner banner-readonly' : 'banner banner-full'}>
      <strong>{readOnly ? t('cart.readOnlyTitle') : t('cart.fullTitle')}</strong>{' '}
      {readOnly ? t('cart.readOnlyText') : t('cart.fullText')}
    </p>
  );
}

interface CartDetailPageProps {
  /** The sharing section, composed in by the app (carts does not know sharing). */
  renderSharing?: (cart: Cart) => ReactNode;
}

/** The name the user asked for, when Glue gave the cart another one (new cart: router state). */
function useTakenName() {
  const state = useLocation().state as Partial<TakenNameState> | null;
  return useState<string | null>(state?.takenName ?? null);
}

function CartContent({ cart, renderSharing }: { cart: Cart } & CartDetailPageProps) {
  const [renaming, setRenaming] = useState(false);
  const [takenName, setTakenName] = useTakenName();
  const [copyReport, setCopyReport] = useCopyReport();
  const [deleting, setDeleting] = useState(false);
  // Quantity changes queue up; each failure is said, not only the last change's.
  const [quantityError, setQuantityError] = useState<unknown>(null);
  const changeQuantity = useChangeQuantity(cart.id, { onFailure: setQuantityError });
  const removeItem = useRemoveItem(cart.id);
  const { t } = useI18n();
  const editable = canEdit(cart.access);
  // A removed row takes the focused button with it: focus goes to the Items heading.
  const itemsHeading = useRef<HTMLHeadingElement>(null);
  const writeError = quantityError ?? removeItem.error;

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
          {editable && !renaming && (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  setRenaming(true);
                }}
              >
                {t('cart.rename')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  setDeleting(true);
                }}
              >
                {t('cart.delete')}
              </Button>
            </>
          )}
        </div>
      </div>
      <AccessNote cart={cart} />
      {copyReport && (
        <CopyReport
          report={copyReport}
          onDismiss={() => {
            setCopyReport(null);
          }}
        />
      )}
      {takenName !== null && takenName !== cart.name && !renaming && (
        <TakenNameNotice
          requested={takenName}
          name={cart.name}
          onRename={() => {
            setTakenName(null);
            setRenaming(true);
          }}
          onDismiss={() => {
            setTakenName(null);
          }}
        />
      )}
      {renaming && (
        <RenameCartForm
          cartId={cart.id}
          name={cart.name}
          onDone={(result) => {
            setRenaming(false);
            if (result && result.cart.name !== result.requestedName) {
              setTakenName(result.requestedName);
            }
          }}
        />
      )}
      {writeError && <Alert tone="error">{errorMessage(writeError, t, 'cart')}</Alert>}
      <section aria-labelledby="items-title" className="stack">
        <h2 id="items-title" ref={itemsHeading} tabIndex={-1}>
          {t('cart.items')}
        </h2>
        <ItemsTable
          cart={cart}
          editable={editable}
          busy={removeItem.isPending}
          onQuantity={(itemId, quantity) => {
            removeItem.reset();
            setQuantityError(null);
            changeQuantity.mutate({ itemId, quantity });
          }}
          onRemove={(itemId) => {
            setQuantityError(null);
            removeItem.mutate(itemId, {
              onSuccess() {
                itemsHeading.current?.focus();
              },
            });
          }}
        />
        <CartTotals cart={cart} />
        {editable && <AddItemForm cartId={cart.id} />}
      </section>
      {renderSharing?.(cart)}
      {deleting && (
        <DeleteCartDialog
          cart={cart}
          onClose={() => {
            setDeleting(false);
          }}
        />
      )}
    </article>
  );
}

export function CartDetailPage({ renderSharing }: CartDetailPageProps) {
  const { cartId = '' } = useParams();
  const cart = useQuery(cartQueries.detail(cartId));
  const { t } = useI18n();
  useMarkSeen(cart.data);
  if (cart.isPending) {
    return (
      <div className="stack">
        <p role="status">{t('cart.loading')}</p>
        <div aria-hidden="true" className="skeleton-table">
          <div className="skeleton-row" />
          <div className="skeleton-row" />
        </div>
      </div>
    );
  }
  if (cart.isError) {
    if (isGlueError(cart.error, '101')) return <CartNotFound />;
    return (
      <QueryError
        error={cart.error}
        onRetry={() => {
          void cart.refetch();
        }}
      />
    );
  }
  return <CartContent key={cart.data.id} cart={cart.data} renderSharing={renderSharing} />;
}

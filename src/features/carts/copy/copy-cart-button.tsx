// The cart page's "Copy to my carts", with progress while the items are added and the
// copy opened when done. A copy that could not be created says why and leaves nothing.
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { WriteError } from '../../../ui/write-error';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../lib/json-api/error-message';
import type { Cart } from '../cart-model';
import { copyName, useCopyCart } from './copy-cart';
import type { z } from 'zod/mini';
import type { copyReportState, takenNameState } from '../router-states';

export function CopyCartButton({ cart }: { cart: Cart }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const copy = useCopyCart();
  const { progress } = copy;

  function start() {
    const name = copyName(t('copy.name', { name: cart.name }));
    copy.mutate(
      { source: cart, name },
      {
        onSuccess({ cart: copied, requestedName, failures }) {
          const state: z.infer<typeof copyReportState> & Partial<z.infer<typeof takenNameState>> = {
            ...(copied.name === requestedName ? {} : { takenName: requestedName }),
            copiedFrom: {
              name: cart.name,
              total: cart.items.length,
              failures: failures.map(({ item, error }) => ({
                name: item.name,
                sku: item.sku,
                quantity: item.quantity,
                reason: errorMessage(error, t, 'cart'),
              })),
            },
          };
          void navigate(`/carts/${copied.id}`, { state });
        },
      },
    );
  }

  return (
    <>
      <Button variant="secondary" pending={copy.isPending} onClick={start}>
        {t('copy.button')}
      </Button>
      {copy.isPending && (
        <div className="copy-progress" role="status">
          {progress ? (
            <>
              <span>
                {t('copy.progress', {
                  done: String(progress.done),
                  total: String(progress.total),
                })}
              </span>
              <progress
                value={progress.done}
                max={Math.max(progress.total, 1)}
                aria-hidden="true"
              />
            </>
          ) : (
            t('copy.creating')
          )}
        </div>
      )}
      {copy.isError && (
        <div className="copy-error">
          <WriteError
            error={copy.error}
            about="cart"
            say={(reason) => t('copy.failed', { reason })}
          />
        </div>
      )}
    </>
  );
}

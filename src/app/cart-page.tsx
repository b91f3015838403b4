// The cart page composes two features: the cart itself, and its sharing section —
// the owner's panel, or the read-only list a recipient sees.
import { useSession } from '../features/auth/use-session';
import { CartDetailPage } from '../features/carts/cart-detail-page';
import { SharePanel, SharedWithList } from '../features/sharing/share-panel';

export function CartPage() {
  const { session } = useSession();
  return (
    <CartDetailPage
      renderSharing={(cart) =>
        cart.access === 'owner' ? (
          <SharePanel cart={cart} currentCompanyUserId={session?.companyUserId ?? null} />
        ) : (
          <SharedWithList cart={cart} />
        )
      }
    />
  );
}

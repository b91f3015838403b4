// The cart page composes two features: the cart itself, and its sharing section —
// the owner's panel, or the read-only list a recipient sees. Both features hand their
// parts out as loaders (public.ts), so the page's code arrives in one step, in parallel.
import type { ComponentType } from 'react';
import { useSession } from '../features/auth/public';
import { cartPages } from '../features/carts/public';
import { sharingSections } from '../features/sharing/public';

export async function loadCartPage(): Promise<ComponentType> {
  const [{ CartDetailPage }, { SharePanel, SharedWithList }] = await Promise.all([
    cartPages.detail(),
    sharingSections.cartPage(),
  ]);
  return function CartPage() {
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
  };
}

// The cart page composes three features: the cart itself, its sharing section —
// the owner’s panel, or the read-only list a recipient sees — and "Order this cart". Each hands its
// parts out as loaders (public.ts), so the page's code arrives in one step, in parallel.
import type { ComponentType } from 'react';
import { useSession } from '../features/auth/public';
import { cartPages } from '../features/carts/public';
import { orderPages } from '../features/orders/public';
import { sharingSections } from '../features/sharing/public';

export async function loadCartPage(): Promise<ComponentType> {
  const [{ CartDetail }, { SharePanel, SharedWithList }, { OrderLink }] = await Promise.all([
    cartPages.detail(),
    sharingSections.cartPage(),
    orderPages.link(),
  ]);
  return function CartPage() {
    const { session } = useSession();
    return (
      <CartDetail
        renderOrdering={(cart) => <OrderLink cartId={cart.id} />}
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

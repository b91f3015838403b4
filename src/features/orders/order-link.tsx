// "Order this cart" on the cart page. The order form is ready one Glue round trip after
// the user asks for it: pointing at the link (or focusing it) already starts the form's
// request, and the route's loader starts it too when the page is opened directly.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { startOrderForm } from './order-queries';
import './orders.css';

export function OrderLink({ cartId }: { cartId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const warm = () => {
    void startOrderForm(queryClient, cartId);
  };
  return (
    <Link
      to={`/carts/${encodeURIComponent(cartId)}/order`}
      className="button order-link"
      onPointerEnter={warm}
      onFocus={warm}
    >
      {t('order.start')}
    </Link>
  );
}

// The header's count of carts shared with the user that they have not opened yet. Its
// code loads once a company user is signed in, so the first visit to /login carries none
// of the cart model.
import { useQuery } from '@tanstack/react-query';
import { useMatch } from 'react-router-dom';
import { formatCount } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { cartQueries } from '../cart-queries';
import { useNewShares } from './new-shares';

/**
 * The count comes from the cart list. A cart page asks Glue for its cart only (one
 * request): there the count reads the list from the cache, if the user came by it, and
 * shows nothing otherwise; every other page asks for the list when it is not cached.
 */
function useNewSharesCount(): number {
  const onCartPage = useMatch('/carts/:cartId') !== null;
  const { data } = useQuery({ ...cartQueries.list(), enabled: !onCartPage });
  return useNewShares(data).size;
}

export function NewSharesCount() {
  const { t, locale } = useI18n();
  const count = useNewSharesCount();
  if (count === 0) return null;
  const shown = formatCount(count, locale);
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {shown}
      </span>
      <span className="visually-hidden"> {t('nav.newShared', { count: shown })}</span>
    </>
  );
}

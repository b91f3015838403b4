// For a recipient: what their access level lets them do here.
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Cart } from '../cart-model';

export function AccessNote({ cart }: { cart: Cart }) {
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

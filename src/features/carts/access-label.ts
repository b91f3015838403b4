import type { MessageKey } from '../../lib/i18n/i18n';
import type { CartAccess } from './cart-model';

export const ACCESS_LABEL: Record<CartAccess, MessageKey> = {
  owner: 'access.owner',
  FULL_ACCESS: 'access.FULL_ACCESS',
  READ_ONLY: 'access.READ_ONLY',
};

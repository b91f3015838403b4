import type { CartAccess } from './cart-model';

export const ACCESS_LABEL: Record<CartAccess, string> = {
  owner: 'Owner',
  FULL_ACCESS: 'Full access',
  READ_ONLY: 'Read-only',
};

// A cart page that could be written when it opened and no longer can: Glue answered 404
// `101` to a later check (the cart was deleted or ordered, or is no longer shared with
// this person), or the owner made the share read-only. The page keeps showing what it
// showed — the edit forms included, with what was typed in them, read-only so it can be
// copied — and tries no write (docs/architecture.md, "Nothing lost, whatever Glue does").
import { useState } from 'react';
import { isGlueError } from '../../../lib/json-api/glue-error';
import { type Cart, type CartAccess, canEdit } from '../cart-model';

export type CartLock = 'gone' | 'read-only' | null;

export interface CartLockState {
  lock: CartLock;
  /** The cart as the page lays it out: while locked, with the access it could edit with. */
  shown: Cart;
  /** "Show the read-only view": the kept forms go. */
  release: () => void;
}

export function useCartLock(cart: Cart, lastCheckError: unknown): CartLockState {
  const [editedAs, setEditedAs] = useState<CartAccess | null>(
    canEdit(cart.access) ? cart.access : null,
  );
  // Access regained (or first granted) while open: edit as that from now on.
  if (canEdit(cart.access) && editedAs !== cart.access) setEditedAs(cart.access);
  const gone = isGlueError(lastCheckError, '101');
  const lock: CartLock = gone ? 'gone' : editedAs && !canEdit(cart.access) ? 'read-only' : null;
  return {
    lock,
    shown: lock && editedAs ? { ...cart, access: editedAs } : cart,
    release: () => {
      setEditedAs(null);
    },
  };
}

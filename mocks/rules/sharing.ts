// Sharing rules, in exactly the order the server checks them (docs/glue-api.md §6).
// Token, body shape and attribute checks (steps 1–3) happen in the http layer.
import type { ShareCreateInput, ShareUpdateInput } from '../../src/contract/share-schemas';
import type { MockDatabase } from '../db/database';
import type { ShareRecord } from '../db/records';
import { randomUuid } from '../db/uuid';
import type { Caller } from './auth';
import { isOwner, sharesOfCart } from './cart-access';
import { type GlueFailure, fail, isFailure } from './glue-failure';

const groupExists = (db: MockDatabase, id: number | string) => db.permissionGroups.has(String(id));

export function shareCart(
  db: MockDatabase,
  caller: Caller,
  cartId: string,
  input: ShareCreateInput,
): ShareRecord | GlueFailure {
  if (cartId === '') return fail('104');
  const recipient = db.companyUsers.get(input.idCompanyUser);
  if (!recipient?.isActive) return fail('1404');
  // A caller with only a customer token has no company and lands here too.
  if (recipient.companyId !== caller.companyUser?.companyId) return fail('2703');
  const cart = db.carts.get(cartId);
  if (!cart) return fail('101');
  if (!groupExists(db, input.idCartPermissionGroup)) return fail('2501');
  if (!isOwner(caller, cart)) return fail('2701');
  const alreadyShared = sharesOfCart(db, cart.id).some((s) => s.companyUserId === recipient.id);
  if (alreadyShared || recipient.customerReference === cart.ownerReference) return fail('2702');
  const share: ShareRecord = {
    id: randomUuid(),
    cartId: cart.id,
    companyUserId: recipient.id,
    permissionGroupId: String(input.idCartPermissionGroup),
  };
  db.shares.set(share.id, share);
  return share;
}

function ownedShare(db: MockDatabase, caller: Caller, shareId: string) {
  const share = db.shares.get(shareId);
  if (!share) return fail('2705');
  const cart = db.carts.get(share.cartId);
  return { share, owns: Boolean(cart && isOwner(caller, cart)) };
}

/** Changes the group only; the share keeps its id. */
export function updateShare(
  db: MockDatabase,
  caller: Caller,
  shareId: string,
  input: ShareUpdateInput,
): ShareRecord | GlueFailure {
  const found = ownedShare(db, caller, shareId);
  if (isFailure(found)) return found;
  if (!groupExists(db, input.idCartPermissionGroup)) return fail('2501');
  if (!found.owns) return fail('2701');
  found.share.permissionGroupId = String(input.idCartPermissionGroup);
  return found.share;
}

export function unshare(db: MockDatabase, caller: Caller, shareId: string): null | GlueFailure {
  const found = ownedShare(db, caller, shareId);
  if (isFailure(found)) return found;
  if (!found.owns) return fail('2701');
  db.shares.delete(found.share.id);
  return null;
}

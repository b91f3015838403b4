// The sharing endpoints of Glue. The request attributes are typed by the contract's
// schemas — the same ones the mock backend validates them with.
import type { ShareCreateInput, ShareUpdateInput } from '../../contract/share-schemas';
import { glue } from '../../lib/glue/client';

const body = (attributes: ShareCreateInput | ShareUpdateInput) => ({
  type: 'shared-carts',
  attributes,
});

export async function shareCart(cartId: string, idCompanyUser: string, groupId: string) {
  const document = await glue.one('POST', `/carts/${encodeURIComponent(cartId)}/shared-carts`, {
    body: body({ idCompanyUser, idCartPermissionGroup: Number(groupId) }),
  });
  return { id: document.data.id ?? '' };
}

export async function updateShare(shareId: string, groupId: string) {
  await glue.one('PATCH', `/shared-carts/${encodeURIComponent(shareId)}`, {
    body: body({ idCartPermissionGroup: Number(groupId) }),
  });
}

export const unshareCart = (shareId: string) =>
  glue.none('DELETE', `/shared-carts/${encodeURIComponent(shareId)}`);

import { glue } from '../../lib/glue/client';
import { type PermissionGroup, toPermissionGroup } from './permission-group-model';

export async function fetchPermissionGroups(signal?: AbortSignal): Promise<PermissionGroup[]> {
  const document = await glue.many('/cart-permission-groups', { signal });
  return document.data.map(toPermissionGroup);
}

export async function fetchPermissionGroup(
  id: string,
  signal?: AbortSignal,
): Promise<PermissionGroup> {
  const document = await glue.one('GET', `/cart-permission-groups/${encodeURIComponent(id)}`, {
    signal,
  });
  return toPermissionGroup(document.data);
}

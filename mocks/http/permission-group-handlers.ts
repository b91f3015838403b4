// /cart-permission-groups and /cart-permission-groups/{id}, for any valid token (§4).
import { http } from 'msw';
import { getPermissionGroup, listPermissionGroups } from '../rules/permission-groups';
import { type GlueRoutes, andThen } from './glue-handler';
import { permissionGroupNode } from './resources';

export function permissionGroupHandlers({ authed, path }: GlueRoutes) {
  return [
    http.get(
      path('/cart-permission-groups'),
      authed(({ db, ctx, reply }) =>
        reply.many(listPermissionGroups(db).map((g) => permissionGroupNode(ctx, g))),
      ),
    ),
    http.get(
      path('/cart-permission-groups/:id'),
      authed(({ db, ctx, params, reply }) =>
        andThen(getPermissionGroup(db, params.id ?? ''), (group) =>
          reply.one(permissionGroupNode(ctx, group)),
        ),
      ),
    ),
  ];
}

// /cart-permission-groups (any valid token) and /concrete-products/{sku} (public, as in Glue).
import { http } from 'msw';
import { getPermissionGroup, getProduct, listPermissionGroups } from '../rules/catalog';
import { type GlueRoutes, andThen } from './glue-handler';
import { permissionGroupNode, productNode } from './resources';

export function catalogHandlers({ open, authed, path }: GlueRoutes) {
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
    http.get(
      path('/concrete-products/:sku'),
      open(({ db, ctx, params, reply }) =>
        andThen(getProduct(db, params.sku ?? ''), (product) =>
          reply.one(productNode(ctx, product)),
        ),
      ),
    ),
  ];
}

// /cart-permission-groups (any valid token) and /concrete-products/{sku} (public, as in Glue).
import { http } from 'msw';
import { getPermissionGroup, getProduct, listPermissionGroups } from '../rules/catalog';
import { selfLink } from './paging';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse } from './glue-response';
import { collectionDocument, singleDocument } from './resource-graph';
import { permissionGroupNode, productNode } from './resources';

export function catalogHandlers({ open, authed }: GlueRoutes) {
  return [
    http.get(
      '*/cart-permission-groups',
      authed(({ request, url, db, ctx, include }) =>
        documentResponse(
          request,
          collectionDocument(
            listPermissionGroups(db).map((g) => permissionGroupNode(ctx, g)),
            include,
            { self: selfLink(url) },
          ),
        ),
      ),
    ),
    http.get(
      '*/cart-permission-groups/:id',
      authed(({ request, db, ctx, include, params }) =>
        andThen(getPermissionGroup(db, params.id ?? ''), (group) =>
          documentResponse(request, singleDocument(permissionGroupNode(ctx, group), include)),
        ),
      ),
    ),
    http.get(
      '*/concrete-products/:sku',
      open(({ request, db, ctx, include, params }) =>
        andThen(getProduct(db, params.sku ?? ''), (product) =>
          documentResponse(request, singleDocument(productNode(ctx, product), include)),
        ),
      ),
    ),
  ];
}

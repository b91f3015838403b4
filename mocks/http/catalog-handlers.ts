// /cart-permission-groups (any valid token), and the public catalog: /concrete-products/{sku},
// /abstract-products/{sku} and the product search /catalog-search-suggestions (§4, §4a).
import { http } from 'msw';
import {
  getAbstractProduct,
  getPermissionGroup,
  getProduct,
  listPermissionGroups,
  searchSuggestions,
} from '../rules/catalog';
import { type GlueRoutes, andThen } from './glue-handler';
import {
  abstractProductNode,
  permissionGroupNode,
  productNode,
  suggestionsNode,
} from './resources';

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
    http.get(
      path('/abstract-products/:sku'),
      open(
        ({ db, ctx, params, reply }) =>
          andThen(getAbstractProduct(db, params.sku ?? ''), (product) =>
            reply.one(abstractProductNode(ctx, product)),
          ),
        { checksSentToken: true },
      ),
    ),
    http.get(
      path('/catalog-search-suggestions'),
      open(
        ({ db, ctx, url, reply }) =>
          reply.many([
            suggestionsNode(ctx, searchSuggestions(db, url.searchParams.get('q') ?? '')),
          ]),
        { checksSentToken: true },
      ),
    ),
  ];
}

// The public catalog: /concrete-products/{sku}, /abstract-products/{sku} and the product
// search /catalog-search-suggestions (§4, §4a).
import { http } from 'msw';
import { getAbstractProduct, getProduct, searchSuggestions } from '../rules/catalog';
import { type GlueRoutes, andThen } from './glue-handler';
import { abstractProductNode, productNode, suggestionsNode } from './resources';

export function catalogHandlers({ open, path }: GlueRoutes) {
  return [
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

// /carts and /carts/{id}: list, read, create, rename, delete.
import { http } from 'msw';
import { cartCreateSchema, cartUpdateSchema } from '../../src/features/carts/cart-schemas';
import { createCart, deleteCart, getCart, listCarts, updateCart } from '../rules/carts';
import { frameworkFail, isFailure } from '../rules/glue-failure';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse, noContentResponse } from './glue-response';
import { readDocument, validateAttributes } from './request-body';
import { collectionDocument, singleDocument } from './resource-graph';
import { cartNode } from './resources';
import { selfLink } from './paging';

export function cartHandlers({ authed }: GlueRoutes) {
  return [
    http.get(
      '*/carts',
      authed(({ request, url, db, caller, ctx, include }) => {
        const nodes = listCarts(db, caller).map((view) => cartNode(ctx, view));
        return documentResponse(
          request,
          collectionDocument(nodes, include, { self: selfLink(url) }),
        );
      }),
    ),
    http.get(
      '*/carts/:cartId',
      authed(({ request, db, caller, ctx, include, params }) =>
        andThen(getCart(db, caller, params.cartId ?? ''), (view) =>
          documentResponse(request, singleDocument(cartNode(ctx, view), include)),
        ),
      ),
    ),
    http.post(
      '*/carts',
      authed(async ({ request, db, caller, ctx, include }) => {
        const raw = await readDocument(request, 'carts');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, cartCreateSchema), (input) =>
          andThen(createCart(db, caller, input), (view) =>
            documentResponse(request, singleDocument(cartNode(ctx, view), include), 201),
          ),
        );
      }),
    ),
    http.patch(
      '*/carts/:cartId',
      authed(async ({ request, db, caller, ctx, include, params }) => {
        const raw = await readDocument(request, 'carts');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, cartUpdateSchema), (input) =>
          andThen(updateCart(db, caller, params.cartId ?? '', input), (view) =>
            documentResponse(request, singleDocument(cartNode(ctx, view), include)),
          ),
        );
      }),
    ),
    http.patch(
      '*/carts',
      authed(async ({ request }) => {
        const raw = await readDocument(request, 'carts');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, cartUpdateSchema), () =>
          frameworkFail('resourceIdMissing'),
        );
      }),
    ),
    http.delete(
      '*/carts/:cartId',
      authed(({ request, db, caller, params }) =>
        andThen(deleteCart(db, caller, params.cartId ?? ''), () => noContentResponse(request)),
      ),
    ),
    http.delete(
      '*/carts',
      authed(() => frameworkFail('resourceIdMissing')),
    ),
  ];
}

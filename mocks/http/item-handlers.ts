// /carts/{id}/items: add, change quantity, remove. Add and change answer the cart.
import { http } from 'msw';
import { itemAddSchema, itemUpdateSchema } from '../../src/features/carts/cart-schemas';
import { addItem, removeItem, updateItem } from '../rules/items';
import { fail, frameworkFail, isFailure } from '../rules/glue-failure';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse, noContentResponse } from './glue-response';
import { readDocument, validateAttributes } from './request-body';
import { singleDocument } from './resource-graph';
import { cartNode } from './resources';

export function itemHandlers({ authed }: GlueRoutes) {
  return [
    http.post(
      '*/carts/:cartId/items',
      authed(async ({ request, db, caller, ctx, include, params }) => {
        const raw = await readDocument(request, 'items');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, itemAddSchema), (input) =>
          andThen(addItem(db, caller, params.cartId ?? '', input), (view) =>
            documentResponse(request, singleDocument(cartNode(ctx, view), include), 201),
          ),
        );
      }),
    ),
    http.post(
      '*/carts//items',
      authed(() => fail('104')),
    ),
    http.patch(
      '*/carts/:cartId/items/:itemId',
      authed(async ({ request, db, caller, ctx, include, params }) => {
        const raw = await readDocument(request, 'items');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, itemUpdateSchema), (input) =>
          andThen(updateItem(db, caller, params.cartId ?? '', params.itemId ?? '', input), (view) =>
            documentResponse(request, singleDocument(cartNode(ctx, view), include)),
          ),
        );
      }),
    ),
    http.delete(
      '*/carts/:cartId/items/:itemId',
      authed(({ request, db, caller, params }) =>
        andThen(removeItem(db, caller, params.cartId ?? '', params.itemId ?? ''), () =>
          noContentResponse(request),
        ),
      ),
    ),
    http.patch(
      '*/carts/:cartId/items',
      authed(async ({ request }) => {
        const raw = await readDocument(request, 'items');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, itemUpdateSchema), () =>
          frameworkFail('resourceIdMissing'),
        );
      }),
    ),
    http.delete(
      '*/carts/:cartId/items',
      authed(() => frameworkFail('resourceIdMissing')),
    ),
  ];
}

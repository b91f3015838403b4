// /carts/{id}/items: add, change quantity, remove. Add and change answer the cart,
// with its new entity tag.
import { http } from 'msw';
import { itemAddSchema, itemUpdateSchema } from '../../src/contract/cart-schemas';
import { addItem, removeItem, updateItem } from '../rules/items';
import { fail } from '../rules/glue-failure';
import { cartReply } from './cart-handlers';
import { type GlueRoutes, andThen } from './glue-handler';
import { validateAttributes } from './request-body';

export function itemHandlers({ authed, missingId, path }: GlueRoutes) {
  return [
    http.post(
      path('/carts/:cartId/items'),
      authed(
        (args) =>
          andThen(validateAttributes(args.attributes, itemAddSchema), (input) =>
            andThen(addItem(args.db, args.caller, args.params.cartId ?? '', input), (view) =>
              cartReply(args, view, { status: 201, keepQuery: false }),
            ),
          ),
        { body: 'items' },
      ),
    ),
    http.post(
      path('/carts//items'),
      authed(() => fail('104'), { body: 'items' }),
    ),
    http.patch(
      path('/carts/:cartId/items/:itemId'),
      authed(
        (args) =>
          andThen(validateAttributes(args.attributes, itemUpdateSchema), (input) =>
            andThen(
              updateItem(
                args.db,
                args.caller,
                args.params.cartId ?? '',
                args.params.itemId ?? '',
                input,
              ),
              (view) => cartReply(args, view, { keepQuery: false }),
            ),
          ),
        { body: 'items' },
      ),
    ),
    http.delete(
      path('/carts/:cartId/items/:itemId'),
      authed(({ db, caller, params, reply }) =>
        andThen(removeItem(db, caller, params.cartId ?? '', params.itemId ?? ''), () =>
          reply.none(),
        ),
      ),
    ),
    // Without a cart id or an item id there is no resource to change (§6b, framework).
    http.patch(path('/carts//items/:itemId'), missingId({ body: 'items' })),
    http.delete(path('/carts//items/:itemId'), missingId()),
    http.patch(path('/carts/:cartId/items'), missingId({ body: 'items' })),
    http.delete(path('/carts/:cartId/items'), missingId()),
  ];
}

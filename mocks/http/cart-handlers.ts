// /carts and /carts/{id}: list, read, create, update, delete. Every answer whose data
// is one cart carries its entity tag; PATCH needs it back in If-Match (docs/glue-api.md §6a).
import { http } from 'msw';
import { cartCreateSchema, cartUpdateSchema } from '../../src/contract/cart-schemas';
import { createCart, deleteCart, getCart, listCarts, updateCart } from '../rules/carts';
import { answerEntityTag, checkIfMatch } from '../rules/entity-tags';
import type { CartView } from '../rules/cart-access';
import { type GlueArgs, type GlueRoutes, andThen } from './glue-handler';
import { validateAttributes } from './request-body';
import { cartNode } from './resources';

interface CartReplyOptions {
  status?: number;
  /** The answer to `POST /carts`: totals not calculated yet (§3). */
  created?: boolean;
  /** A GET keeps the stored entity tag; a write stores a new one (§6a, rev 3). */
  answering?: 'read' | 'write';
  /**
   * `links.self` keeps the query string only when the cart is what the path addresses: a
   * cart answered by an item endpoint has its plain link (§1, rev 3).
   */
  keepQuery?: boolean;
}

/** One cart with its `ETag`. */
export function cartReply(
  { reply, ctx }: Pick<GlueArgs, 'reply' | 'ctx'>,
  view: CartView,
  { status = 200, created = false, answering = 'write', keepQuery = true }: CartReplyOptions = {},
): Response {
  return reply.one(cartNode(ctx, view, { uncalculated: created }), {
    status,
    headers: { ETag: answerEntityTag(view.cart, answering) },
    keepQuery,
  });
}

export function cartHandlers({ authed, missingId, path }: GlueRoutes) {
  return [
    http.get(
      path('/carts'),
      authed(({ db, caller, ctx, reply }) => {
        const views = listCarts(db, caller);
        // A list of exactly one cart carries that cart's tag (§1, rev 3).
        const [only] = views;
        const headers =
          views.length === 1 && only ? { ETag: answerEntityTag(only.cart, 'read') } : undefined;
        return reply.many(
          views.map((view) => cartNode(ctx, view, { listed: true })),
          { headers },
        );
      }),
    ),
    http.get(
      path('/carts/:cartId'),
      authed((args) =>
        andThen(getCart(args.db, args.caller, args.params.cartId ?? ''), (view) =>
          cartReply(args, view, { answering: 'read' }),
        ),
      ),
    ),
    http.post(
      path('/carts'),
      authed(
        (args) =>
          andThen(validateAttributes(args.attributes, cartCreateSchema), (input) =>
            andThen(createCart(args.db, args.caller, input), (view) =>
              cartReply(args, view, { status: 201, created: true }),
            ),
          ),
        { body: 'carts' },
      ),
    ),
    http.patch(
      path('/carts/:cartId'),
      authed(
        (args) => {
          const cartId = args.params.cartId ?? '';
          return andThen(validateAttributes(args.attributes, cartUpdateSchema), (input) => {
            const precondition = checkIfMatch(
              args.db,
              cartId,
              args.request.headers.get('If-Match'),
            );
            if (precondition) return precondition;
            return andThen(updateCart(args.db, args.caller, cartId, input), (view) =>
              cartReply(args, view),
            );
          });
        },
        { body: 'carts' },
      ),
    ),
    http.patch(path('/carts'), missingId({ body: 'carts' })),
    http.delete(
      path('/carts/:cartId'),
      authed(({ db, caller, params, reply }) =>
        andThen(deleteCart(db, caller, params.cartId ?? ''), () => reply.none()),
      ),
    ),
    http.delete(path('/carts'), missingId()),
  ];
}

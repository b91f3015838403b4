// Sharing: POST /carts/{id}/shared-carts, PATCH and DELETE /shared-carts/{id}.
// Framework (body shape, id in the path), then the token, then the attributes, then
// the rules in §6 order (docs/glue-api.md §6b).
import { http } from 'msw';
import { shareCreateSchema, shareUpdateSchema } from '../../src/contract/share-schemas';
import { shareCart, unshare, updateShare } from '../rules/sharing';
import { type GlueRoutes, andThen } from './glue-handler';
import { validateAttributes } from './request-body';
import { shareNode } from './resources';

export function shareHandlers({ authed, missingId, path }: GlueRoutes) {
  const create = (cartIdOf: (params: Record<string, string | undefined>) => string) =>
    authed(
      ({ attributes, db, caller, ctx, params, reply }) =>
        andThen(validateAttributes(attributes, shareCreateSchema), (input) =>
          andThen(shareCart(db, caller, cartIdOf(params), input), (share) =>
            reply.one(shareNode(ctx, share), { status: 201 }),
          ),
        ),
      { body: 'shared-carts' },
    );

  return [
    http.post(
      path('/carts/:cartId/shared-carts'),
      create((params) => params.cartId ?? ''),
    ),
    // `/carts//shared-carts` reaches the rules, which answer 104 after the attributes.
    http.post(
      path('/carts//shared-carts'),
      create(() => ''),
    ),
    http.patch(
      path('/shared-carts/:sharedCartId'),
      authed(
        ({ attributes, db, caller, ctx, params, reply }) =>
          andThen(validateAttributes(attributes, shareUpdateSchema), (input) =>
            andThen(updateShare(db, caller, params.sharedCartId ?? '', input), (share) =>
              reply.one(shareNode(ctx, share)),
            ),
          ),
        { body: 'shared-carts' },
      ),
    ),
    http.patch(path('/shared-carts'), missingId({ body: 'shared-carts' })),
    http.delete(
      path('/shared-carts/:sharedCartId'),
      authed(({ db, caller, params, reply }) =>
        andThen(unshare(db, caller, params.sharedCartId ?? ''), () => reply.none()),
      ),
    ),
    http.delete(path('/shared-carts'), missingId()),
  ];
}

// Sharing: POST /carts/{id}/shared-carts, PATCH and DELETE /shared-carts/{id}.
// The token is checked first, then the body, then the rules in §6 order.
import { http } from 'msw';
import { shareCreateSchema, shareUpdateSchema } from '../../src/features/sharing/share-schemas';
import { frameworkFail, isFailure } from '../rules/glue-failure';
import { shareCart, unshare, updateShare } from '../rules/sharing';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse, noContentResponse } from './glue-response';
import { readDocument, validateAttributes } from './request-body';
import { singleDocument } from './resource-graph';
import { shareNode } from './resources';

export function shareHandlers({ authed }: GlueRoutes) {
  const create = (cartIdOf: (params: Record<string, string | undefined>) => string) =>
    authed(async ({ request, db, caller, ctx, include, params }) => {
      const raw = await readDocument(request, 'shared-carts');
      if (isFailure(raw)) return raw;
      return andThen(validateAttributes(raw, shareCreateSchema), (input) =>
        andThen(shareCart(db, caller, cartIdOf(params), input), (share) =>
          documentResponse(request, singleDocument(shareNode(ctx, share), include), 201),
        ),
      );
    });

  const update = (shareIdOf: (params: Record<string, string | undefined>) => string | null) =>
    authed(async ({ request, db, caller, ctx, include, params }) => {
      const raw = await readDocument(request, 'shared-carts');
      if (isFailure(raw)) return raw;
      return andThen(validateAttributes(raw, shareUpdateSchema), (input) => {
        const shareId = shareIdOf(params);
        if (shareId === null) return frameworkFail('resourceIdMissing');
        return andThen(updateShare(db, caller, shareId, input), (share) =>
          documentResponse(request, singleDocument(shareNode(ctx, share), include)),
        );
      });
    });

  return [
    http.post(
      '*/carts/:cartId/shared-carts',
      create((params) => params.cartId ?? ''),
    ),
    // `/carts//shared-carts` reaches the rules, which answer 104 after the body checks.
    http.post(
      '*/carts//shared-carts',
      create(() => ''),
    ),
    http.patch(
      '*/shared-carts/:sharedCartId',
      update((params) => params.sharedCartId ?? null),
    ),
    http.patch(
      '*/shared-carts',
      update(() => null),
    ),
    http.delete(
      '*/shared-carts/:sharedCartId',
      authed(({ request, db, caller, params }) =>
        andThen(unshare(db, caller, params.sharedCartId ?? ''), () => noContentResponse(request)),
      ),
    ),
    http.delete(
      '*/shared-carts',
      authed(() => frameworkFail('resourceIdMissing')),
    ),
  ];
}

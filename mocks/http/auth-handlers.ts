// POST /access-tokens, /company-user-access-tokens, /refresh-tokens; DELETE /refresh-tokens/{id}.
// Token answers have `id: null` and the collection path as `links.self` (docs/glue-api.md §2).
import { http } from 'msw';
import {
  companyUserTokenSchema,
  loginSchema,
  refreshTokenSchema,
} from '../../src/contract/auth-schemas';
import { companyUserToken, login, refreshTokens, revokeRefreshTokens } from '../rules/auth';
import { type GlueRoutes, andThen } from './glue-handler';
import { validateAttributes } from './request-body';
import { tokenNode } from './resources';

export function authHandlers({ open, authed, missingId, path }: GlueRoutes) {
  return [
    http.post(
      path('/access-tokens'),
      open(
        ({ attributes, db, ctx, reply }) =>
          andThen(validateAttributes(attributes, loginSchema), (input) =>
            andThen(login(db, input), (pair) =>
              reply.one(tokenNode(ctx, 'access-tokens', pair), { status: 201 }),
            ),
          ),
        { body: 'access-tokens' },
      ),
    ),
    http.post(
      path('/company-user-access-tokens'),
      authed(
        ({ attributes, db, caller, ctx, reply }) =>
          andThen(validateAttributes(attributes, companyUserTokenSchema), (input) =>
            andThen(companyUserToken(db, caller, input.idCompanyUser), (pair) =>
              reply.one(tokenNode(ctx, 'company-user-access-tokens', pair), { status: 201 }),
            ),
          ),
        { body: 'company-user-access-tokens' },
      ),
    ),
    http.post(
      path('/refresh-tokens'),
      open(
        ({ attributes, db, ctx, reply }) =>
          andThen(validateAttributes(attributes, refreshTokenSchema), (input) =>
            andThen(refreshTokens(db, input.refreshToken), (pair) =>
              reply.one(tokenNode(ctx, 'refresh-tokens', pair), { status: 201 }),
            ),
          ),
        { body: 'refresh-tokens' },
      ),
    ),
    // 204 for any value: `mine`, the caller's own token, or one that revokes nothing.
    http.delete(
      path('/refresh-tokens/:id'),
      authed(({ db, caller, params, reply }) => {
        revokeRefreshTokens(db, caller, params.id ?? '');
        return reply.none();
      }),
    ),
    http.delete(path('/refresh-tokens'), missingId()),
  ];
}

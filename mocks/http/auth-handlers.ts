// POST /access-tokens, /company-user-access-tokens, /refresh-tokens; DELETE /refresh-tokens/{id}.
import { http } from 'msw';
import {
  companyUserTokenSchema,
  loginSchema,
  refreshTokenSchema,
} from '../../src/features/auth/auth-schemas';
import { companyUserToken, login, refreshTokens, revokeRefreshTokens } from '../rules/auth';
import { isFailure } from '../rules/glue-failure';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse, noContentResponse } from './glue-response';
import { readDocument, validateAttributes } from './request-body';
import { singleDocument } from './resource-graph';
import { tokenNode } from './resources';

export function authHandlers({ open, authed }: GlueRoutes) {
  return [
    http.post(
      '*/access-tokens',
      open(async ({ request, db, ctx, include }) => {
        const raw = await readDocument(request, 'access-tokens');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, loginSchema), (input) =>
          andThen(login(db, input), (pair) =>
            documentResponse(
              request,
              singleDocument(tokenNode(ctx, 'access-tokens', pair), include),
              201,
            ),
          ),
        );
      }),
    ),
    http.post(
      '*/company-user-access-tokens',
      authed(async ({ request, db, caller, ctx, include }) => {
        const raw = await readDocument(request, 'company-user-access-tokens');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, companyUserTokenSchema), (input) =>
          andThen(companyUserToken(db, caller, input.idCompanyUser), (pair) =>
            documentResponse(
              request,
              singleDocument(tokenNode(ctx, 'company-user-access-tokens', pair), include),
              201,
            ),
          ),
        );
      }),
    ),
    http.post(
      '*/refresh-tokens',
      open(async ({ request, db, ctx, include }) => {
        const raw = await readDocument(request, 'refresh-tokens');
        if (isFailure(raw)) return raw;
        return andThen(validateAttributes(raw, refreshTokenSchema), (input) =>
          andThen(refreshTokens(db, input.refreshToken), (pair) =>
            documentResponse(
              request,
              singleDocument(tokenNode(ctx, 'refresh-tokens', pair), include),
              201,
            ),
          ),
        );
      }),
    ),
    http.delete(
      '*/refresh-tokens/:id',
      authed(({ request, db, caller, params }) => {
        revokeRefreshTokens(db, caller, params.id ?? '');
        return noContentResponse(request);
      }),
    ),
  ];
}

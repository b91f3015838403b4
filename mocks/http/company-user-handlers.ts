// /company-users/mine, /company-users (paged), /company-users/{id}.
import { http } from 'msw';
import { companyUsersOfCompany, getCompanyUser, myCompanyUsers } from '../rules/company-users';
import { type GlueRoutes, andThen } from './glue-handler';
import { pageLinks } from './paging';
import { companyUserNode } from './resources';

export function companyUserHandlers({ authed, path }: GlueRoutes) {
  return [
    http.get(
      path('/company-users/mine'),
      authed(({ db, caller, ctx, reply }) =>
        reply.many(myCompanyUsers(db, caller).map((cu) => companyUserNode(ctx, cu))),
      ),
    ),
    http.get(
      path('/company-users'),
      authed(
        ({ url, page, db, caller, ctx, reply }) =>
          andThen(companyUsersOfCompany(db, caller), (all) => {
            const slice = page ? all.slice(page.offset, page.offset + page.limit) : all;
            const nodes = slice.map((cu) => companyUserNode(ctx, cu));
            return reply.many(
              nodes,
              page ? { links: pageLinks(url, page, all.length) } : undefined,
            );
          }),
        { paged: true },
      ),
    ),
    http.get(
      path('/company-users/:id'),
      authed(({ db, caller, ctx, params, reply }) =>
        andThen(getCompanyUser(db, caller, params.id ?? ''), (cu) =>
          reply.one(companyUserNode(ctx, cu)),
        ),
      ),
    ),
  ];
}

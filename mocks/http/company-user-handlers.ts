// /company-users/mine, /company-users (paged), /company-users/{id}.
import { http } from 'msw';
import { companyUsersOfCompany, getCompanyUser, myCompanyUsers } from '../rules/company-users';
import { isFailure } from '../rules/glue-failure';
import { type GlueRoutes, andThen } from './glue-handler';
import { documentResponse } from './glue-response';
import { pageLinks, parsePage, selfLink } from './paging';
import { collectionDocument, singleDocument } from './resource-graph';
import { companyUserNode } from './resources';

export function companyUserHandlers({ authed }: GlueRoutes) {
  return [
    http.get(
      '*/company-users/mine',
      authed(({ request, url, db, caller, ctx, include }) => {
        const nodes = myCompanyUsers(db, caller).map((cu) => companyUserNode(ctx, cu));
        return documentResponse(
          request,
          collectionDocument(nodes, include, { self: selfLink(url) }),
        );
      }),
    ),
    http.get(
      '*/company-users',
      authed(({ request, url, db, caller, ctx, include }) => {
        const page = parsePage(url);
        if (isFailure(page)) return page;
        return andThen(companyUsersOfCompany(db, caller), (all) => {
          const slice = page ? all.slice(page.offset, page.offset + page.limit) : all;
          const links = page ? pageLinks(url, page, all.length) : { self: selfLink(url) };
          const nodes = slice.map((cu) => companyUserNode(ctx, cu));
          return documentResponse(request, collectionDocument(nodes, include, links));
        });
      }),
    ),
    http.get(
      '*/company-users/:id',
      authed(({ request, db, caller, ctx, include, params }) =>
        andThen(getCompanyUser(db, caller, params.id ?? ''), (cu) =>
          documentResponse(request, singleDocument(companyUserNode(ctx, cu), include)),
        ),
      ),
    ),
  ];
}

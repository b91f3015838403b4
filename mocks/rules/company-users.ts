// Company user rules (docs/glue-api.md §4): the caller's own company users, and the
// colleagues of the current company (with the "see company users" permission).
import type { MockDatabase } from '../db/database';
import type { CompanyUserRecord } from '../db/records';
import type { Caller } from './auth';
import { type GlueFailure, fail, isFailure } from './glue-failure';

/** The caller's own active company users, in all companies; a customer token is enough. */
export function myCompanyUsers(db: MockDatabase, caller: Caller): CompanyUserRecord[] {
  return [...db.companyUsers.values()].filter(
    (cu) => cu.customerReference === caller.customer.reference && cu.isActive,
  );
}

function currentCompanyUser(caller: Caller): CompanyUserRecord | GlueFailure {
  if (!caller.companyUser) return fail('1403');
  if (!caller.companyUser.canSeeCompanyUsers) return fail('1405');
  return caller.companyUser;
}

/** Everyone in the caller's company, inactive people and the caller included. */
export function companyUsersOfCompany(
  db: MockDatabase,
  caller: Caller,
): CompanyUserRecord[] | GlueFailure {
  const current = currentCompanyUser(caller);
  if (isFailure(current)) return current;
  return db.companyUsersByCompany.get(current.companyId) ?? [];
}

export function getCompanyUser(
  db: MockDatabase,
  caller: Caller,
  id: string,
): CompanyUserRecord | GlueFailure {
  const current = currentCompanyUser(caller);
  if (isFailure(current)) return current;
  const companyUser = db.companyUsers.get(id);
  if (!companyUser) return fail('1404');
  if (companyUser.companyId !== current.companyId) return fail('1403');
  return companyUser;
}

// What happens after the password is accepted: a customer token first, then — when
// the customer has exactly one company account — a company-user token straight away.
import { isGlueError } from '../../lib/json-api/glue-error';
import { sessionStore } from '../../lib/glue';
import { fetchMyCompanyUsers, requestCompanyUserToken, requestCustomerToken } from './auth-api';
import type { LoginInput } from './auth-schemas';

export type LoginOutcome = 'signed-in' | 'choose-company' | 'no-company' | 'inactive';

/** Acts as the given company user from now on (login, chooser, company switch). */
export async function selectCompanyUser(idCompanyUser: string): Promise<void> {
  const pair = await requestCompanyUserToken(idCompanyUser);
  sessionStore.update({
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    companyUserId: idCompanyUser,
  });
}

export async function logIn(input: LoginInput): Promise<LoginOutcome> {
  const pair = await requestCustomerToken(input);
  sessionStore.start({
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    companyUserId: null,
    email: input.username,
  });
  const mine = await fetchMyCompanyUsers();
  if (mine.length > 1) return 'choose-company';
  const id = mine[0]?.id ?? pair.idCompanyUser;
  if (!id) return 'no-company';
  try {
    await selectCompanyUser(id);
    return 'signed-in';
  } catch (error) {
    // Glue answers 003 for a company user that is inactive (David).
    if (isGlueError(error, '003')) return 'inactive';
    throw error;
  }
}

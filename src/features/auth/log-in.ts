// What happens after the password is accepted: a customer token first, then — when
// the customer has exactly one company account — a company-user token straight away.
import { isGlueError } from '../../lib/json-api/glue-error';
import { sessionStore } from '../../lib/glue';
import { fetchMyCompanyUsers, requestCompanyUserToken, requestCustomerToken } from './auth-api';
import type { LoginInput } from '../../contract/auth-schemas';

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

/**
 * The session is stored once, when the login is complete (or the person must choose a
 * company): never half-way, so no page ever sees a customer-only session of someone who
 * is about to become a company user.
 */
export async function logIn(input: LoginInput): Promise<LoginOutcome> {
  const pair = await requestCustomerToken(input);
  const customer = {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    companyUserId: null,
    email: input.username,
  };
  const mine = await fetchMyCompanyUsers(pair.accessToken);
  if (mine.length > 1) {
    sessionStore.start(customer);
    return 'choose-company';
  }
  const id = mine[0]?.id ?? pair.idCompanyUser;
  if (!id) {
    sessionStore.start(customer);
    return 'no-company';
  }
  try {
    const companyPair = await requestCompanyUserToken(id, pair.accessToken);
    sessionStore.start({
      accessToken: companyPair.accessToken,
      refreshToken: companyPair.refreshToken,
      companyUserId: id,
      email: input.username,
    });
    return 'signed-in';
  } catch (error) {
    // Glue answers 003 for a company user that is inactive (David).
    if (isGlueError(error, '003')) {
      sessionStore.start(customer);
      return 'inactive';
    }
    throw error;
  }
}

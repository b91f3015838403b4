// What happens after the password is accepted: a customer token first, then — when
// the customer has exactly one company account — a company-user token straight away.
import type { QueryClient } from '@tanstack/react-query';
import { isGlueError } from '../../lib/json-api/glue-error';
import { sessionStore } from '../../lib/glue/client';
import type { NewSession } from '../../lib/session/session-store';
import { MY_COMPANY_USERS_KEY } from './auth-keys';
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
 * is about to become a company user. The company users it read on the way go into the
 * new session's cache (`cache`), so the header does not ask Glue for them again.
 */
export async function logIn(input: LoginInput, cache?: QueryClient): Promise<LoginOutcome> {
  const pair = await requestCustomerToken(input);
  const customer = {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    companyUserId: null,
    email: input.username,
  };
  const mine = await fetchMyCompanyUsers(pair.accessToken);
  const start = (session: NewSession) => {
    // Starting a session empties the cache (it belonged to the previous person): fill after.
    sessionStore.start(session);
    cache?.setQueryData(MY_COMPANY_USERS_KEY, mine);
  };
  if (mine.length > 1) {
    start(customer);
    return 'choose-company';
  }
  const id = mine[0]?.id ?? pair.idCompanyUser;
  if (!id) {
    start(customer);
    return 'no-company';
  }
  try {
    const companyPair = await requestCompanyUserToken(id, pair.accessToken);
    start({
      accessToken: companyPair.accessToken,
      refreshToken: companyPair.refreshToken,
      companyUserId: id,
      email: input.username,
    });
    return 'signed-in';
  } catch (error) {
    // Glue answers 003 for a company user that is inactive (David).
    if (isGlueError(error, '003')) {
      start(customer);
      return 'inactive';
    }
    throw error;
  }
}

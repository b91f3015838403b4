// Starts a tab session as a demo persona without going through the login form, for
// tests whose subject is another page.
import { DEMO_EMAILS, DEMO_PASSWORD } from '../../mocks/db/demo-seed';
import { requestCompanyUserToken, requestCustomerToken } from '../features/auth/auth-api';
import { sessionStore } from '../lib/glue/client';

export async function signInAs(persona: keyof typeof DEMO_EMAILS, idCompanyUser?: string) {
  const email = DEMO_EMAILS[persona];
  const customer = await requestCustomerToken({ username: email, password: DEMO_PASSWORD });
  const id = idCompanyUser ?? customer.idCompanyUser;
  if (!id) throw new Error(`${persona} has no company user`);
  const pair = await requestCompanyUserToken(id, customer.accessToken);
  sessionStore.start({
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    companyUserId: id,
    email,
  });
}

// The only door into auth: the session hook, the route guards, what the app wires at
// start (cache bound to the session), what the mock toolbar needs to switch persona,
// and the auth pages as loaders (each in its own chunk).
export { useSession } from './use-session';
export { RequireCompanyUser, RequireCustomer } from './require-session';
export { bindCacheToSession } from './session-cache';
export { DEFAULT_PATH, returnPath } from './return-path';
export { destinationAfterLogin } from './after-login';
export { logIn } from './log-in';
export { authQueries } from './auth-queries';
export type { MyCompanyUser } from './auth-api';

export const authPages = {
  login: () => import('./login-page'),
  chooseCompany: () => import('./choose-company-page'),
  noCompany: () => import('./no-company-page'),
  accountMenu: () => import('./account-menu'),
};

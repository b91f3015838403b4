// Route guards. Without a session you go to the login page (and come back after);
// with only a customer token you first choose a company account.
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from './use-session';

export function RequireCompanyUser() {
  const { session, endReason, expiredFor } = useSession();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  // After an explicit logout the next person starts at the cart list, not on the page
  // the previous one left (their cart); an expired session comes back to it, for the
  // same person only (return-path.ts).
  if (!session) {
    const state =
      endReason === 'logged-out' ? null : { from, ...(expiredFor ? { for: expiredFor } : {}) };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!session.companyUserId) return <Navigate to="/choose-company" replace state={{ from }} />;
  return <Outlet />;
}

export function RequireCustomer() {
  const { session } = useSession();
  if (!session) return <Navigate to="/login" replace />;
  return <Outlet />;
}

// A customer without an active company account (Hugo; David, whose account is inactive).
import { useLocation } from 'react-router-dom';
import { LogoutButton } from './logout-button';

export function NoCompanyPage() {
  const location = useLocation();
  const inactive =
    typeof location.state === 'object' &&
    location.state !== null &&
    (location.state as { inactive?: unknown }).inactive === true;
  return (
    <section aria-labelledby="no-company-title" className="card narrow">
      <h1 id="no-company-title">
        {inactive ? 'Your company account is inactive' : 'A company account is needed'}
      </h1>
      <p>
        {inactive
          ? 'Your login works, but your company account has been deactivated. Ask your company’s administrator to activate it again.'
          : 'Shared carts are for people who buy for a company. Your customer account is not part of a company yet: ask your company’s administrator to invite you.'}
      </p>
      <LogoutButton />
    </section>
  );
}

// A customer without an active company account (Hugo; David, whose account is inactive).
import { z } from 'zod/mini';
import { useRouterState } from '../../lib/router-state';
import { useI18n } from '../../lib/i18n/i18n-context';
import { LogoutButton } from './logout-button';

/** Set by the login when the company account exists but is inactive. */
export const inactiveState = z.object({ inactive: z.boolean() });

export function NoCompanyPage() {
  const { t } = useI18n();
  const inactive = useRouterState(inactiveState)?.inactive === true;
  return (
    <section aria-labelledby="no-company-title" className="card narrow">
      <h1 id="no-company-title">{inactive ? t('inactive.title') : t('noCompany.title')}</h1>
      <p>{inactive ? t('inactive.text') : t('noCompany.text')}</p>
      <LogoutButton />
    </section>
  );
}

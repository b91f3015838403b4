// A customer without an active company account (Hugo; David, whose account is inactive).
import { useLocation } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { LogoutButton } from './logout-button';

export function NoCompanyPage() {
  const location = useLocation();
  const { t } = useI18n();
  const inactive =
    typeof location.state === 'object' &&
    location.state !== null &&
    (location.state as { inactive?: unknown }).inactive === true;
  return (
    <section aria-labelledby="no-company-title" className="card narrow">
      <h1 id="no-company-title">{inactive ? t('inactive.title') : t('noCompany.title')}</h1>
      <p>{inactive ? t('inactive.text') : t('noCompany.text')}</p>
      <LogoutButton />
    </section>
  );
}

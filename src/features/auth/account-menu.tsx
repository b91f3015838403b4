// The header's account area: who you are, for which company (switchable when you
// have several), and log out.
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n-context';
import { authQueries } from './auth-queries';
import { CompanySwitch } from './company-switch';
import { LogoutButton } from './logout-button';
import { useSession } from './use-session';
import './auth.css';

export function AccountMenu() {
  const { session } = useSession();
  const { t } = useI18n();
  const mine = useQuery({ ...authQueries.myCompanyUsers(), enabled: Boolean(session) });
  if (!session) return null;

  const current = mine.data?.find((cu) => cu.id === session.companyUserId);
  // A person without a name on record is shown by their email.
  const person = mine.data?.[0]?.personName ?? session.email;
  return (
    <div className="account">
      <span className="account-person">
        {person}
        {current && (
          <span className="account-company">
            {' '}
            · {current.companyName ?? t('account.unknownCompany')}
          </span>
        )}
      </span>
      {mine.data && mine.data.length > 1 && session.companyUserId && (
        // Keyed by the current company: after a switch the list starts from it again.
        <CompanySwitch
          key={session.companyUserId}
          companyUsers={mine.data}
          current={session.companyUserId}
        />
      )}
      <LogoutButton size="small" />
    </div>
  );
}

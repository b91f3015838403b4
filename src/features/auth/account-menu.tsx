// The header's account area: who you are, for which company (switchable when you
// have several), and log out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { authQueries } from './auth-queries';
import { selectCompanyUser } from './log-in';
import { LogoutButton } from './logout-button';
import { useSession } from './use-session';

export function AccountMenu() {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useI18n();
  const mine = useQuery({ ...authQueries.myCompanyUsers(), enabled: Boolean(session) });
  const switchCompany = useMutation({
    mutationFn: selectCompanyUser,
    onSuccess() {
      // Another company means other carts and colleagues: nothing cached may leak across.
      queryClient.clear();
      void navigate('/carts');
    },
  });
  if (!session) return null;

  const current = mine.data?.find((cu) => cu.id === session.companyUserId);
  // A person without a name on record is shown by their email.
  const person = mine.data?.[0]?.personName ?? session.email;
  return (
    <div className="account">
      <span className="account-person">
        {person}
        {current && <span className="account-company"> · {current.companyName}</span>}
      </span>
      {mine.data && mine.data.length > 1 && session.companyUserId && (
        <label className="account-switch">
          <span className="visually-hidden">{t('account.company')}</span>
          <select
            value={session.companyUserId}
            disabled={switchCompany.isPending}
            onChange={(event) => {
              switchCompany.mutate(event.target.value);
            }}
          >
            {mine.data.map((cu) => (
              <option key={cu.id} value={cu.id}>
                {cu.companyName}
              </option>
            ))}
          </select>
        </label>
      )}
      {switchCompany.isError && (
        <span role="alert" className="account-error">
          {errorMessage(switchCompany.error, t)}
        </span>
      )}
      <LogoutButton className="button button-small" />
    </div>
  );
}

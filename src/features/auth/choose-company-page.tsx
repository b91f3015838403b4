// Eva works for two companies: she picks which one she acts for (the default first).
import { type UseMutationResult, useMutation, useQuery } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { WriteError } from '../../ui/write-error';
import { authQueries } from './auth-queries';
import { selectCompanyUser } from './log-in';
import { returnPath } from './return-path';
import { Button } from '../../ui/button';
import { QueryView } from '../../ui/query-view';
import type { MyCompanyUser } from './auth-api';

export function ChooseCompanyPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useI18n();
  const mine = useQuery(authQueries.myCompanyUsers());
  const choose = useMutation({
    mutationFn: selectCompanyUser,
    onSuccess() {
      void navigate(returnPath(location.state), { replace: true });
    },
  });

  return (
    <QueryView query={mine} pending={<p role="status">{t('choose.loading')}</p>}>
      {(companyUsers) => <Choices companyUsers={companyUsers} choose={choose} />}
    </QueryView>
  );
}

function Choices({
  companyUsers,
  choose,
}: {
  companyUsers: MyCompanyUser[];
  choose: UseMutationResult<void, Error, string>;
}) {
  const { t } = useI18n();
  if (companyUsers.length === 0) return <Navigate to="/no-company" replace />;
  const sorted = [...companyUsers].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return (
    <section aria-labelledby="choose-title" className="card narrow">
      <h1 id="choose-title">{t('choose.title')}</h1>
      <p>{t('choose.text')}</p>
      <WriteError error={choose.error} />
      <ul className="choice-list">
        {sorted.map((companyUser) => (
          <li key={companyUser.id}>
            <Button
              block
              disabled={choose.isPending}
              onClick={() => {
                choose.mutate(companyUser.id);
              }}
            >
              {companyUser.companyName ?? t('account.unknownCompany')}
              {companyUser.isDefault && ` ${t('choose.default')}`}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

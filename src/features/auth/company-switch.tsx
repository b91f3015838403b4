// People with several company accounts (Eva) switch here. Choosing in the list changes
// nothing by itself (WCAG 3.2.2): the switch happens on the explicit "Switch" button.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { WriteError } from '../../ui/write-error';
import type { MyCompanyUser } from './auth-api';
import { selectCompanyUser } from './log-in';
import { Button } from '../../ui/button';

interface CompanySwitchProps {
  companyUsers: MyCompanyUser[];
  current: string;
}

export function CompanySwitch({ companyUsers, current }: CompanySwitchProps) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const [chosen, setChosen] = useState(current);
  const switchCompany = useMutation({
    mutationFn: selectCompanyUser,
    onSuccess() {
      // Another company means other carts and colleagues (the cache follows the session).
      void navigate('/carts');
    },
  });
  return (
    <form
      className="account-switch"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== current) switchCompany.mutate(chosen);
      }}
    >
      <label>
        <span className="visually-hidden">{t('account.company')}</span>
        <select
          value={chosen}
          disabled={switchCompany.isPending}
          onChange={(event) => {
            setChosen(event.target.value);
          }}
        >
          {companyUsers.map((cu) => (
            <option key={cu.id} value={cu.id}>
              {cu.companyName ?? t('account.unknownCompany')}
            </option>
          ))}
        </select>
      </label>
      <Button
        type="submit"
        size="small"
        disabled={chosen === current}
        pending={switchCompany.isPending}
        pendingLabel={t('account.switching')}
      >
        {t('account.switch')}
      </Button>
      {switchCompany.isError && (
        <div className="account-error">
          <WriteError error={switchCompany.error} />
        </div>
      )}
    </form>
  );
}

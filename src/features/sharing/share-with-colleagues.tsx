// Pick one or several colleagues and one permission, then Share: one POST per person,
// each shown as done or failed with the reason and a Retry.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isGlueError } from '../../lib/json-api/glue-error';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Alert } from '../../ui/alert';
import { QueryError } from '../../ui/query-error';
import { PermissionGroupPicker, useDefaultGroupId } from '../permission-groups/public';
import { ColleagueCombobox } from './colleague-combobox';
import { colleagueQueries } from './colleague-queries';
import type { Colleague } from './colleagues-api';
import { errorMessage } from '../../lib/json-api/error-message';
import { useShareCart } from './sharing-mutations';
import { Button } from '../../ui/button';

interface Outcome {
  colleague: Colleague;
  groupId: string;
  status: 'pending' | 'done' | 'failed';
  message?: string;
}

interface ShareWithColleaguesProps {
  cartId: string;
  /** The owner and the people the cart is already shared with. */
  excluded: ReadonlySet<string>;
}

export function ShareWithColleagues({ cartId, excluded }: ShareWithColleaguesProps) {
  const colleagues = useQuery(colleagueQueries.list());
  const defaultGroupId = useDefaultGroupId();
  const [chosenGroupId, setGroupId] = useState<string | null>(null);
  const groupId = chosenGroupId ?? defaultGroupId;
  const [selected, setSelected] = useState<Colleague[]>([]);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const share = useShareCart(cartId);
  const { t } = useI18n();
  const busy = outcomes.some((o) => o.status === 'pending');
  const allColleagues = useMemo(() => colleagues.data ?? [], [colleagues.data]);

  async function shareWith(colleague: Colleague, group: string): Promise<Outcome> {
    try {
      await share.mutateAsync({ companyUserId: colleague.id, groupId: group });
      return { colleague, groupId: group, status: 'done' };
    } catch (error) {
      return {
        colleague,
        groupId: group,
        status: 'failed',
        message: errorMessage(error, t, 'sharing'),
      };
    }
  }

  async function run(targets: Colleague[], group: string) {
    const ids = new Set(targets.map((c) => c.id));
    setOutcomes((current) => [
      ...current.filter((o) => !ids.has(o.colleague.id)),
      ...targets.map((colleague) => ({ colleague, groupId: group, status: 'pending' as const })),
    ]);
    const results = await Promise.all(targets.map((c) => shareWith(c, group)));
    setOutcomes((current) =>
      current.map((o) => results.find((r) => r.colleague.id === o.colleague.id) ?? o),
    );
    const done = new Set(results.filter((r) => r.status === 'done').map((r) => r.colleague.id));
    setSelected((current) => current.filter((c) => !done.has(c.id)));
  }

  if (colleagues.isPending) return <p role="status">{t('sharing.loadingColleagues')}</p>;
  if (colleagues.isError) {
    if (isGlueError(colleagues.error, '1405')) {
      return <Alert tone="info">{t('sharing.mayNotList')}</Alert>;
    }
    return (
      <QueryError
        error={colleagues.error}
        onRetry={() => {
          void colleagues.refetch();
        }}
      />
    );
  }

  return (
    <form
      className="stack share-form"
      aria-label={t('sharing.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (groupId && selected.length > 0 && !busy) void run(selected, groupId);
      }}
    >
      <ColleagueCombobox
        // eslint-disable-next-line jsx-a11y/no-autofocus -- opened by "Share with colleagues"
        autoFocus
        colleagues={allColleagues}
        excluded={excluded}
        selected={selected}
        disabled={busy}
        onSelect={(colleague) => {
          setSelected((current) => [...current, colleague]);
        }}
        onRemove={(colleague) => {
          setSelected((current) => current.filter((c) => c.id !== colleague.id));
        }}
      />
      <PermissionGroupPicker
        legend={t('sharing.permission')}
        value={groupId}
        onChange={setGroupId}
        disabled={busy}
      />
      <Button type="submit" disabled={busy || selected.length === 0 || !groupId}>
        {busy
          ? t('sharing.pending')
          : selected.length > 1
            ? t('sharing.shareMany', { count: selected.length })
            : t('sharing.share')}
      </Button>
      {outcomes.length > 0 && (
        <ul className="outcomes" aria-label={t('sharing.results')} aria-live="polite">
          {outcomes.map((outcome) => (
            <li key={outcome.colleague.id} className={`outcome outcome-${outcome.status}`}>
              {outcome.status === 'pending' &&
                t('sharing.sharingWith', { name: outcome.colleague.name })}
              {outcome.status === 'done' &&
                t('sharing.sharedWith', { name: outcome.colleague.name })}
              {outcome.status === 'failed' && (
                <>
                  {t('sharing.notShared', {
                    name: outcome.colleague.name,
                    reason: outcome.message ?? '',
                  })}{' '}
                  <Button
                    size="small"
                    onClick={() => {
                      void run([outcome.colleague], outcome.groupId);
                    }}
                  >
                    {t('sharing.retry')}
                    <span className="visually-hidden">
                      {' '}
                      {t('sharing.retryFor', { name: outcome.colleague.name })}
                    </span>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

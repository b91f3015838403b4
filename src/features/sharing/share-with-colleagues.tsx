// Pick one or several colleagues and one permission, then Share: one POST per person,
// each shown as done or failed with the reason and a Retry.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isGlueError } from '../../lib/json-api/glue-error';
import { Alert } from '../../ui/alert';
import { QueryError } from '../../ui/query-error';
import {
  PermissionGroupPicker,
  useDefaultGroupId,
} from '../permission-groups/permission-group-picker';
import { ColleagueCombobox } from './colleague-combobox';
import { colleagueQueries } from './colleague-queries';
import type { Colleague } from './colleagues-api';
import { sharingErrorMessage } from './sharing-error-message';
import { useShareCart } from './sharing-mutations';

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
  const busy = outcomes.some((o) => o.status === 'pending');
  const allColleagues = useMemo(() => colleagues.data ?? [], [colleagues.data]);

  async function shareWith(colleague: Colleague, group: string): Promise<Outcome> {
    try {
      await share.mutateAsync({ companyUserId: colleague.id, groupId: group });
      return { colleague, groupId: group, status: 'done' };
    } catch (error) {
      return { colleague, groupId: group, status: 'failed', message: sharingErrorMessage(error) };
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

  if (colleagues.isPending) return <p role="status">Loading your colleagues…</p>;
  if (colleagues.isError) {
    if (isGlueError(colleagues.error, '1405')) {
      return (
        <Alert tone="info">
          Your account may not see the list of colleagues, so you can’t choose whom to share with
          here. Ask your company’s administrator for the “see company users” permission.
        </Alert>
      );
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
      aria-label="Share with colleagues"
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
        legend="Permission"
        value={groupId}
        onChange={setGroupId}
        disabled={busy}
      />
      <button type="submit" className="button" disabled={busy || selected.length === 0 || !groupId}>
        {busy
          ? 'Sharing…'
          : selected.length > 1
            ? `Share with ${String(selected.length)} colleagues`
            : 'Share'}
      </button>
      {outcomes.length > 0 && (
        <ul className="outcomes" aria-label="Sharing results" aria-live="polite">
          {outcomes.map((outcome) => (
            <li key={outcome.colleague.id} className={`outcome outcome-${outcome.status}`}>
              {outcome.status === 'pending' && `Sharing with ${outcome.colleague.name}…`}
              {outcome.status === 'done' && `Shared with ${outcome.colleague.name}.`}
              {outcome.status === 'failed' && (
                <>
                  {`Not shared with ${outcome.colleague.name}: ${outcome.message ?? ''}`}{' '}
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      void run([outcome.colleague], outcome.groupId);
                    }}
                  >
                    Retry
                    <span className="visually-hidden"> sharing with {outcome.colleague.name}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

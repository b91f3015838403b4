// Pick one or several colleagues and one permission, then Share: one POST per person,
// each shown as done or failed with the reason and a Retry.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isGlueError } from '../../lib/json-api/glue-error';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { QueryView } from '../../ui/query-view';
import { SectionBoundary } from '../../ui/section-boundary';
import { PermissionGroupPicker, useDefaultGroupId } from './permission-group-picker';
import { ColleagueCombobox } from './colleague-combobox';
import { colleagueQueries } from './colleague-queries';
import type { Colleague } from './colleagues-api';
import { ShareOutcomes } from './share-outcomes';
import { useShareRun } from './use-share-run';

interface ShareWithColleaguesProps {
  cartId: string;
  /** The owner and the people the cart is already shared with. */
  excluded: ReadonlySet<string>;
}

export function ShareWithColleagues(props: ShareWithColleaguesProps) {
  const colleagues = useQuery(colleagueQueries.list());
  const { t } = useI18n();
  return (
    <QueryView
      query={colleagues}
      pending={<p role="status">{t('sharing.loadingColleagues')}</p>}
      failed={(error) =>
        isGlueError(error, '1405') ? (
          <Alert tone="info">{t('sharing.mayNotList')}</Alert>
        ) : undefined
      }
    >
      {(all) => <ShareForm {...props} colleagues={all} />}
    </QueryView>
  );
}

function ShareForm({
  cartId,
  excluded,
  colleagues,
}: ShareWithColleaguesProps & { colleagues: Colleague[] }) {
  const defaultGroupId = useDefaultGroupId();
  const [chosenGroupId, setGroupId] = useState<string | null>(null);
  const groupId = chosenGroupId ?? defaultGroupId;
  const [selected, setSelected] = useState<Colleague[]>([]);
  const { outcomes, run, busy } = useShareRun(cartId, (done) => {
    setSelected((current) => current.filter((c) => !done.has(c.id)));
  });
  const { t } = useI18n();

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
        colleagues={colleagues}
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
      <SectionBoundary name={t('sharing.permission')}>
        <PermissionGroupPicker
          legend={t('sharing.permission')}
          value={groupId}
          onChange={setGroupId}
          disabled={busy}
        />
      </SectionBoundary>
      <Button type="submit" disabled={busy || selected.length === 0 || !groupId}>
        {busy
          ? t('sharing.pending')
          : selected.length > 1
            ? t('sharing.shareMany', { count: selected.length })
            : t('sharing.share')}
      </Button>
      <ShareOutcomes
        outcomes={outcomes}
        onRetry={(outcome) => {
          void run([outcome.colleague], outcome.groupId);
        }}
      />
    </form>
  );
}

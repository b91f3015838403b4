// Sharing with several colleagues at once: one POST per person, all at the same time,
// each remembered as pending, done or failed (with the reason) so a failure can be
// retried for that person alone.
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import type { Colleague } from './colleagues-api';
import { useShareCart } from './sharing-mutations';

export interface Outcome {
  colleague: Colleague;
  groupId: string;
  status: 'pending' | 'done' | 'failed';
  message?: string;
}

export function useShareRun(cartId: string, onShared: (done: ReadonlySet<string>) => void) {
  const share = useShareCart(cartId);
  const { t } = useI18n();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  async function shareWith(colleague: Colleague, groupId: string): Promise<Outcome> {
    try {
      await share.mutateAsync({ companyUserId: colleague.id, groupId });
      return { colleague, groupId, status: 'done' };
    } catch (error) {
      return { colleague, groupId, status: 'failed', message: errorMessage(error, t, 'sharing') };
    }
  }

  async function run(targets: Colleague[], groupId: string) {
    const ids = new Set(targets.map((c) => c.id));
    setOutcomes((current) => [
      ...current.filter((o) => !ids.has(o.colleague.id)),
      ...targets.map((colleague) => ({ colleague, groupId, status: 'pending' as const })),
    ]);
    const results = await Promise.all(targets.map((c) => shareWith(c, groupId)));
    setOutcomes((current) =>
      current.map((o) => results.find((r) => r.colleague.id === o.colleague.id) ?? o),
    );
    onShared(new Set(results.filter((r) => r.status === 'done').map((r) => r.colleague.id)));
  }

  return { outcomes, run, busy: outcomes.some((o) => o.status === 'pending') };
}

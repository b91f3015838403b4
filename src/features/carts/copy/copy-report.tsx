// On a fresh copy: where it came from and, if some items could not be added, which
// ones and why — so nothing is silently missing from an order.
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { Button } from '../../../ui/button';
import { useRouterState } from '../../../lib/router-state';
import { type CopyReport, copyReportState } from '../router-states';

/** The report the copy opens with (router state: plain data, it survives a reload). */
export function useCopyReport() {
  const state = useRouterState(copyReportState);
  return useState(state?.copiedFrom ?? null);
}

export function CopyReport({ report, onDismiss }: { report: CopyReport; onDismiss: () => void }) {
  const { t } = useI18n();
  const { failures, total, name } = report;
  const partial = failures.length > 0;
  return (
    <div
      className={`alert ${partial ? 'alert-warning' : 'alert-info'} notice`}
      role={partial ? 'alert' : 'status'}
    >
      {partial ? (
        <>
          <p>
            {t('copy.partial', {
              copied: String(total - failures.length),
              total: String(total),
              name,
            })}
          </p>
          <ul>
            {failures.map((failure) => (
              <li key={failure.sku}>
                {t('copy.itemFailed', { ...failure, quantity: String(failure.quantity) })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('copy.done', { name })}</p>
      )}
      <div className="actions">
        <Button variant="secondary" size="small" onClick={onDismiss}>
          {t('create.dismissNotice')}
        </Button>
      </div>
    </div>
  );
}

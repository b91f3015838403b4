// What a cart page says once on arrival: a fresh copy's report, and the name Glue gave a
// new cart when the one asked for was taken (both from router state, dismissable).
import { useState } from 'react';
import { useRouterState } from '../../../lib/router-state';
import type { Cart } from '../cart-model';
import { CopyReport, useCopyReport } from '../copy/copy-report';
import { TakenNameNotice } from '../name/taken-name-notice';
import { takenNameState } from '../router-states';

/** The name the user asked for, when Glue gave the cart another one. */
export function useTakenName() {
  const state = useRouterState(takenNameState);
  return useState<string | null>(state?.takenName ?? null);
}

interface CartNoticesProps {
  cart: Cart;
  takenName: string | null;
  /** While the rename form is open, the taken-name notice waits. */
  renaming: boolean;
  onRename: () => void;
  onDismissTakenName: () => void;
}

export function CartNotices({
  cart,
  takenName,
  renaming,
  onRename,
  onDismissTakenName,
}: CartNoticesProps) {
  const [copyReport, setCopyReport] = useCopyReport();
  return (
    <>
      {copyReport && (
        <CopyReport
          report={copyReport}
          onDismiss={() => {
            setCopyReport(null);
          }}
        />
      )}
      {takenName !== null && takenName !== cart.name && !renaming && (
        <TakenNameNotice
          requested={takenName}
          name={cart.name}
          onRename={onRename}
          onDismiss={onDismissTakenName}
        />
      )}
    </>
  );
}

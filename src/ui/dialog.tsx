// A modal dialog on the platform's own <dialog> and showModal(): the rest of the page
// is inert (no hand-written focus trap), Escape closes, and focus returns to whatever
// opened it.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // Escape: the parent decides (it unmounts the dialog), so the browser does not close it.
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // Back to the control that opened the dialog, if it is still there.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={titleId} className="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

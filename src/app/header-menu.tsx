// The header's navigation, language and account. Wide screens show them in the header
// itself; narrow ones (phones, tablets, and German's long words) put them behind one
// labelled button — a disclosure: aria-expanded, Escape closes it and focus goes back
// to the button, and it closes by itself when a link inside leads to another page.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../lib/i18n/i18n-context';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const { pathname } = useLocation();
  // Open on the page where it was opened: a navigation closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  // Escape anywhere closes the open menu (focus may be in it or still on its button).
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="header-menu-area">
      <button
        ref={button}
        type="button"
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpenOn(open ? null : pathname);
        }}
      >
        <span aria-hidden="true" className="header-menu-icon">
          {open ? '✕' : '☰'}
        </span>
        {t('nav.menu')}
      </button>
      <div id={id} className={open ? 'header-menu is-open' : 'header-menu'}>
        {children}
      </div>
    </div>
  );
}

// "Copy link": the cart's address to the clipboard, confirmed in words a screen reader
// announces. A browser that refuses (no permission, no secure context) gets the link in
// a selected read-only field instead, so it can still be copied by hand.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';

type Outcome = 'idle' | 'copied' | 'refused';

async function writeToClipboard(text: string): Promise<void> {
  // Older or locked-down browsers have no clipboard API at all: the same as a refusal.
  if (!('clipboard' in navigator)) throw new Error('No clipboard');
  await navigator.clipboard.writeText(text);
}

export function CopyLink({ link }: { link: string }) {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome === 'refused') field.current?.select();
  }, [outcome]);

  return (
    <div className="copy-link stack">
      <Button
        variant="secondary"
        onClick={() => {
          writeToClipboard(link).then(
            () => {
              setOutcome('copied');
            },
            () => {
              setOutcome('refused');
            },
          );
        }}
      >
        {t('sharing.copyLink')}
      </Button>
      <p role="status" className={outcome === 'copied' ? 'copy-link-done' : 'visually-hidden'}>
        {outcome === 'copied' ? t('sharing.linkCopied') : ''}
      </p>
      {outcome === 'refused' && (
        <div className="field">
          <p role="alert">{t('sharing.copyFailed')}</p>
          <label htmlFor={id}>{t('sharing.linkLabel')}</label>
          <input id={id} ref={field} readOnly value={link} />
        </div>
      )}
    </div>
  );
}

// The owner's sharing panel on the cart page. Colleagues load only once the owner
// opens "Share with colleagues"; until then the page makes no extra request.
import { useId, useMemo, useRef, useState } from 'react';
import { useHref } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { Cart } from '../carts/public';
import { CopyLink } from './copy-link';
import { CurrentShares } from './current-shares';
import { cartLink } from './tell-colleague';
import { ShareWithColleagues } from './share-with-colleagues';
import './sharing.css';
import { Button } from '../../ui/button';
import { SectionBoundary } from '../../ui/section-boundary';

interface SharePanelProps {
  cart: Cart;
  /** The signed-in company user: the owner, who can't share with themselves. */
  currentCompanyUserId: string | null;
}

export function SharePanel({ cart, currentCompanyUserId }: SharePanelProps) {
  const titleId = useId();
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const link = cartLink(useHref(`/carts/${cart.id}`), window.location.origin);
  const excluded = useMemo(
    () =>
      new Set([
        ...cart.shares.map((share) => share.companyUserId),
        ...(currentCompanyUserId ? [currentCompanyUserId] : []),
      ]),
    [cart.shares, currentCompanyUserId],
  );
  return (
    <section aria-labelledby={titleId} className="card stack share-panel">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('sharing.title')}
      </h2>
      <CurrentShares
        cartId={cart.id}
        cartName={cart.name}
        link={link}
        shares={cart.shares}
        // The removed row takes the focused Remove button with it.
        onRemoved={() => heading.current?.focus()}
      />
      {cart.shares.length > 0 && <CopyLink link={link} />}
      {adding ? (
        <SectionBoundary name={t('combobox.label')}>
          <ShareWithColleagues cartId={cart.id} excluded={excluded} />
        </SectionBoundary>
      ) : (
        <Button
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('sharing.open')}
        </Button>
      )}
    </section>
  );
}

/** What a recipient sees: who else has the cart, read-only, and who can change that. */
export function SharedWithList({ cart }: { cart: Cart }) {
  const titleId = useId();
  const { t } = useI18n();
  return (
    <section aria-labelledby={titleId} className="card stack">
      <h2 id={titleId}>{t('sharing.title')}</h2>
      {cart.shares.length > 0 ? (
        <ul className="share-list" aria-label={t('sharing.list')}>
          {cart.shares.map((share) => (
            <li key={share.id} className="share-row">
              <span className="share-person">
                <span className="share-name">{share.person?.name ?? t('sharing.aColleague')}</span>
                <span className="muted">{share.person?.email}</span>
              </span>
              <span>
                {t(share.permission === 'FULL_ACCESS' ? 'access.FULL_ACCESS' : 'access.READ_ONLY')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('sharing.recipientNote')}</p>
    </section>
  );
}

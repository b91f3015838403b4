// The two kinds of row in the share list: a current share (level picker, email, Remove)
// and one removed on this page (Share again).
import type { ReactNode } from 'react';
import type { CartShare } from '../carts/public';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';
import { mailtoHref } from '../../lib/mailto';
import type { RemovedShare } from './use-removed-shares';

type Person = RemovedShare['person'];

function PersonCell({ person }: { person: Person }) {
  return (
    <span className="share-person">
      <span className="share-name">{person.name}</span>
      <span className="muted">{person.email}</span>
    </span>
  );
}

interface ShareRowProps {
  share: CartShare;
  person: Person;
  /** The level picker for this person. */
  picker: ReactNode;
  cartName: string;
  link: string;
  onRemove: () => void;
}

export function ShareRow({ share, person, picker, cartName, link, onRemove }: ShareRowProps) {
  const { t } = useI18n();
  return (
    <li className="share-row">
      <PersonCell person={person} />
      {picker}
      {person.email && (
        <a
          className="share-email"
          href={mailtoHref({
            to: person.email,
            subject: t('sharing.emailSubject', { cart: cartName }),
            body: t('sharing.emailBody', {
              name: person.name,
              cart: cartName,
              access: t(
                share.permission === 'FULL_ACCESS' ? 'access.FULL_ACCESS' : 'access.READ_ONLY',
              ),
              link,
            }),
          })}
        >
          {t('sharing.email', { name: person.name })}
        </a>
      )}
      <Button size="small" variant="danger" onClick={onRemove}>
        {t('sharing.remove')}
        <span className="visually-hidden"> {person.name}</span>
      </Button>
    </li>
  );
}

interface RemovedRowProps {
  gone: RemovedShare;
  busy: boolean;
  onShareAgain: () => void;
}

export function RemovedShareRow({ gone, busy, onShareAgain }: RemovedRowProps) {
  const { t } = useI18n();
  return (
    <li className="share-row share-row-removed">
      <PersonCell person={gone.person} />
      <span className="badge">{t('sharing.removedRow')}</span>
      {gone.groupId && (
        <Button size="small" variant="secondary" disabled={busy} onClick={onShareAgain}>
          {t('sharing.shareAgain')}
          <span className="visually-hidden">
            {' '}
            {t('sharing.shareAgainWith', { name: gone.person.name })}
          </span>
        </Button>
      )}
    </li>
  );
}

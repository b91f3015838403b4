import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { sessionStore } from '../../lib/glue';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';
import { revokeRefreshTokens } from './auth-api';

/**
 * Revokes the refresh tokens at Glue and forgets the session (and with it, through
 * session-cache.ts, every cached answer). The next person starts at the cart list.
 */
export function LogoutButton({ size = 'normal' }: { size?: 'normal' | 'small' }) {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const { t } = useI18n();
  return (
    <Button
      size={size}
      disabled={pending}
      onClick={() => {
        setPending(true);
        // Logging out must work offline too: a failed revoke does not keep anyone in.
        void revokeRefreshTokens()
          .catch(() => undefined)
          .finally(() => {
            sessionStore.end('logged-out');
            void navigate('/login', { replace: true });
          });
      }}
    >
      {pending ? t('logout.pending') : t('logout.button')}
    </Button>
  );
}

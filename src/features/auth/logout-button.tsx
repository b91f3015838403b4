import { useNavigate } from 'react-router-dom';
import { sessionStore } from '../../lib/glue/client';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Button } from '../../ui/button';
import { revokeRefreshTokens } from './auth-api';

/**
 * Ends the session at once — in this tab and every other tab of it — and forgets it
 * (and with it, through session-cache.ts, every cached answer); the next person starts
 * at the cart list. The refresh tokens are revoked at Glue in the background with the
 * ended session's token: logging out never waits for Glue, and works offline too.
 */
export function LogoutButton({ size = 'normal' }: { size?: 'normal' | 'small' }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  return (
    <Button
      size={size}
      onClick={() => {
        const ended = sessionStore.end('logged-out');
        if (ended) revokeRefreshTokens(ended.accessToken).catch(() => undefined);
        void navigate('/login', { replace: true });
      }}
    >
      {t('logout.button')}
    </Button>
  );
}

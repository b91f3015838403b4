import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMockControls } from '../../lib/mock-mode/mock-context';
import { sessionStore } from '../../lib/glue/client';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Alert } from '../../ui/alert';
import type { LoginInput } from '../../contract/auth-schemas';
import { destinationAfterLogin } from './after-login';
import { logIn } from './log-in';
import { LoginForm } from './login-form';
import { PersonaList } from './persona-list';
import { returnPath } from './return-path';
import { useSession } from './use-session';
import './auth.css';

const END_MESSAGES = { expired: 'login.expired', 'logged-out': 'login.loggedOut' } as const;

export function LoginPage() {
  const { session, endReason } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const mock = useMockControls();
  const { t } = useI18n();
  const [preset, setPreset] = useState<LoginInput | null>(null);
  const [shownEndReason] = useState(endReason);

  useEffect(() => {
    sessionStore.acknowledge();
  }, []);

  const queryClient = useQueryClient();
  const login = useMutation({
    mutationFn: (input: LoginInput) => logIn(input, queryClient),
    onSuccess(outcome, input) {
      const { to, state } = destinationAfterLogin(
        outcome,
        returnPath(location.state, input.username),
      );
      void navigate(to, { replace: true, state });
    },
  });

  if (session?.companyUserId && !login.isPending) {
    return <Navigate to={returnPath(location.state, session.email)} replace />;
  }

  return (
    <div className="login-layout">
      <section aria-labelledby="login-title" className="card login-card">
        <h1 id="login-title">{t('login.title')}</h1>
        {shownEndReason && <Alert tone="info">{t(END_MESSAGES[shownEndReason])}</Alert>}
        <LoginForm
          onSubmit={(input) => {
            login.mutate(input);
          }}
          isPending={login.isPending}
          error={login.error}
          preset={preset}
        />
      </section>
      {mock && (
        <PersonaList
          personas={mock.personas}
          disabled={login.isPending}
          onChoose={(persona) => {
            const input = { username: persona.email, password: persona.password };
            setPreset(input);
            login.mutate(input);
          }}
        />
      )}
    </div>
  );
}

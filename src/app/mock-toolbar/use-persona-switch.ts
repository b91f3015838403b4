// Sign in as a demo persona in one step, whoever is signed in now.
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { MockPersona } from '../../lib/mock-mode/mock-controls';
import { destinationAfterLogin } from '../../features/auth/after-login';
import { logIn } from '../../features/auth/log-in';
import { DEFAULT_PATH } from '../../features/auth/return-path';

export function usePersonaSwitch() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (persona: MockPersona) =>
      logIn({ username: persona.email, password: persona.password }),
    onSuccess(outcome) {
      const { to, state } = destinationAfterLogin(outcome, DEFAULT_PATH);
      void navigate(to, { state });
    },
  });
}

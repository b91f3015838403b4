// Sign in as a demo persona in one step, whoever is signed in now. The toolbar's buttons
// go to the cart list; a `?persona=` link goes where it points (a cart, say).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { MockPersona } from '../../lib/mock-mode/mock-controls';
import { DEFAULT_PATH, destinationAfterLogin, logIn } from '../../features/auth/public';

export interface PersonaSwitch {
  persona: MockPersona;
  /** Where to land; the cart list if not said. */
  to?: string;
}

export function usePersonaSwitch() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ persona, to = DEFAULT_PATH }: PersonaSwitch) => ({
      outcome: await logIn({ username: persona.email, password: persona.password }, queryClient),
      to,
    }),
    onSuccess({ outcome, to }) {
      const destination = destinationAfterLogin(outcome, to);
      void navigate(destination.to, { state: destination.state });
    },
  });
}

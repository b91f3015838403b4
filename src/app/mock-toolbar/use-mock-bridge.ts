// Keeps the app in step with the mock backend: another tab's change refetches
// everything, and a `?persona=` link signs that persona in once per page load.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { returnPath } from '../../features/auth/public';
import { sessionStore } from '../../lib/glue/client';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { usePersonaSwitch } from './use-persona-switch';

const SIGN_IN_PAGES = ['/login', '/choose-company', '/no-company'];

// A `?persona=` link signs in once per page load, even under StrictMode's double effects.
let requestedPersonaApplied = false;

/** Keeps the app in step with the mock backend: another tab's change refetches everything. */
export function useMockBridge(mock: MockControls) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      mock.onExternalChange(() => {
        void queryClient.invalidateQueries();
      }),
    [mock, queryClient],
  );
}

/**
 * Signs in the persona of a `?persona=` link, once per page load. A component of its own:
 * it reads the address, and only it re-renders as the address changes (the cart list's
 * filter writes it on every keystroke), not the whole toolbar.
 */
export function RequestedPersona({
  mock,
  switchPersona,
}: {
  mock: MockControls;
  switchPersona: ReturnType<typeof usePersonaSwitch>;
}) {
  const location = useLocation();
  const { mutate } = switchPersona;
  useEffect(() => {
    const persona = mock.requestedPersona;
    if (!persona || requestedPersonaApplied) return;
    requestedPersonaApplied = true;
    if (sessionStore.getSnapshot().session?.email === persona.email) return;
    // The page the link points at. A guard may already have sent us to one of the
    // sign-in pages (whoever was signed in before): then to where it came from.
    const { pathname, search } = location;
    const state: unknown = location.state;
    const onSignInPage = SIGN_IN_PAGES.includes(pathname);
    mutate({ persona, to: onSignInPage ? returnPath(state) : pathname + search });
  }, [mock, mutate, location]);
  return null;
}

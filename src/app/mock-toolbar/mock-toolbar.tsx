// Mock toolbar: the designer's controls (persona, data, latency, failures). A small
// collapsible panel, loaded only in mock mode — the live build has no trace of it.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useLocation } from 'react-router-dom';
import { returnPath, useSession } from '../../features/auth/public';
import { sessionStore } from '../../lib/glue';
import { useI18n } from '../../lib/i18n/i18n-context';
import { WriteError } from '../../ui/write-error';
import type { Latency, MockCatalog, MockControls } from '../../lib/mock-mode/mock-controls';
import { DataTransfer } from './data-transfer';
import { FailureControls } from './failure-controls';
import { useMockSettings } from './use-mock-settings';
import { usePersonaSwitch } from './use-persona-switch';
import './mock-toolbar.css';
import { Button } from '../../ui/button';

const latencies = ({ latencyMs }: MockCatalog): [Latency, string][] => [
  ['none', 'None'],
  ['realistic', `Realistic (~${String(latencyMs.realistic)} ms)`],
  ['slow', `Slow (~${String(latencyMs.slow / 1000)} s)`],
];

const SIGN_IN_PAGES = ['/login', '/choose-company', '/no-company'];

// A `?persona=` link signs in once per page load, even under StrictMode's double effects.
let requestedPersonaApplied = false;

/** Keeps the app in step with the mock backend: other tabs' changes, `?persona=` links. */
function useMockBridge(mock: MockControls) {
  const queryClient = useQueryClient();
  const switchPersona = usePersonaSwitch();
  const location = useLocation();
  useEffect(
    () =>
      mock.onExternalChange(() => {
        void queryClient.invalidateQueries();
      }),
    [mock, queryClient],
  );
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
  return switchPersona;
}

export default function MockToolbar({ mock }: { mock: MockControls }) {
  const id = useId();
  const settings = useMockSettings(mock);
  const { session } = useSession();
  const switchPersona = useMockBridge(mock);
  const { language } = useI18n();
  const open = settings.toolbarOpen;
  // The toolbar is the designer's and mock mode's only: its words stay here, not in the
  // app's catalogs (which every live first visit loads). Its name follows the language.
  const name = language === 'de' ? 'Mock-Werkzeugleiste' : 'Mock toolbar';

  return (
    <aside className="mock-toolbar" aria-label={name}>
      <Button
        size="small"
        className="mock-toolbar-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          mock.updateSettings({ toolbarOpen: !open });
        }}
      >
        {name}
      </Button>
      <div id={`${id}-panel`} className="mock-toolbar-panel" hidden={!open}>
        <fieldset className="toolbar-section">
          <legend>Persona</legend>
          <div className="toolbar-personas">
            {mock.personas.map((persona) => (
              <Button
                key={persona.key}

                size="small"
                aria-pressed={session?.email === persona.email}
                pending={switchPersona.isPending}
                title={persona.demonstrates}
                onClick={() => {
                  switchPersona.mutate({ persona });
                }}
              >
                {persona.name}
              </Button>
            ))}
          </div>
          <WriteError error={switchPersona.error} />
        </fieldset>
        <fieldset className="toolbar-section">
          <legend>Data</legend>
          <label htmlFor={`${id}-scenario`}>Scenario</label>
          <select
            id={`${id}-scenario`}
            value={settings.scenario}
            onChange={(event) => {
              const scenario = event.target.value === 'large' ? 'large' : 'demo';
              // The other scenario has its own tokens: start it signed out.
              sessionStore.end('logged-out');
              mock.updateSettings({ scenario });
            }}
          >
            <option value="demo">Demo (8 people)</option>
            <option value="large">Large (10,000 colleagues)</option>
          </select>
          <Button
            size="small"
            onClick={() => {
              sessionStore.end('logged-out');
              mock.reset();
            }}
          >
            Reset demo data
          </Button>
          <DataTransfer mock={mock} />
        </fieldset>
        <fieldset className="toolbar-section">
          <legend>Network latency</legend>
          {latencies(mock.catalog).map(([value, label]) => (
            <label key={value} className="toolbar-check">
              <input
                type="radio"
                name={`${id}-latency`}
                checked={settings.latency === value}
                onChange={() => {
                  mock.updateSettings({ latency: value });
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <FailureControls mock={mock} />
      </div>
    </aside>
  );
}

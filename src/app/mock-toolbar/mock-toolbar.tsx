// Mock toolbar: the designer's controls (persona, data, latency, failures). A small
// collapsible panel, loaded only in mock mode — the live build has no trace of it.
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { Button } from '../../ui/button';
import { DataControls } from './data-controls';
import { FailureControls } from './failure-controls';
import { LatencyControls } from './latency-controls';
import { PersonaControls } from './persona-controls';
import { RequestedPersona, useMockBridge } from './use-mock-bridge';
import { usePersonaSwitch } from './use-persona-switch';
import { useMockSettings } from './use-mock-settings';
import './mock-toolbar.css';

export default function MockToolbar({ mock }: { mock: MockControls }) {
  const id = useId();
  const { toolbarOpen: open } = useMockSettings(mock);
  useMockBridge(mock);
  const switchPersona = usePersonaSwitch();
  const { language } = useI18n();
  // The toolbar is the designer's and mock mode's only: its words stay here, not in the
  // app's catalogs (which every live first visit loads). Its name follows the language.
  const name = language === 'de' ? 'Mock-Werkzeugleiste' : 'Mock toolbar';

  return (
    <aside className="mock-toolbar" aria-label={name}>
      <RequestedPersona mock={mock} switchPersona={switchPersona} />
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
        <PersonaControls mock={mock} switchPersona={switchPersona} />
        <DataControls mock={mock} />
        <LatencyControls mock={mock} />
        <FailureControls mock={mock} />
      </div>
    </aside>
  );
}

// The toolbar's data: the scenario, a reset to the seed, and export and import.
import { useId } from 'react';
import { sessionStore } from '../../lib/glue/client';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { Button } from '../../ui/button';
import { DataTransfer } from './data-transfer';
import { useMockSettings } from './use-mock-settings';

export function DataControls({ mock }: { mock: MockControls }) {
  const id = useId();
  const settings = useMockSettings(mock);
  return (
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
  );
}

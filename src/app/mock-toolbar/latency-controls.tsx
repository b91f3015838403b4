// The toolbar's network latency: none, realistic or slow, for every mock answer.
import { useId } from 'react';
import type { Latency, MockCatalog, MockControls } from '../../lib/mock-mode/mock-controls';
import { useMockSettings } from './use-mock-settings';

const latencies = ({ latencyMs }: MockCatalog): [Latency, string][] => [
  ['none', 'None'],
  ['realistic', `Realistic (~${String(latencyMs.realistic)} ms)`],
  ['slow', `Slow (~${String(latencyMs.slow / 1000)} s)`],
];

export function LatencyControls({ mock }: { mock: MockControls }) {
  const id = useId();
  const settings = useMockSettings(mock);
  return (
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
  );
}

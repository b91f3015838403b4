// Make one endpoint fail: with a 500, or with any Glue error of the catalog; on every
// request or only the next one.
import { useId, useState } from 'react';
import { GLUE_ERRORS } from '../../contract/glue-errors';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { useMockSettings } from './use-mock-settings';
import { Button } from '../../ui/button';

const RESPONSES: [string, string][] = [
  ['500', '500 Internal Server Error'],
  ...Object.entries(GLUE_ERRORS).map(([code, [status, detail]]): [string, string] => [
    code,
    `${String(status)} ${code} ${detail}`,
  ]),
];

export function FailureControls({ mock }: { mock: MockControls }) {
  const { failure } = useMockSettings(mock);
  const id = useId();
  const { endpoints } = mock.catalog;
  const labelOf = (key: string) => endpoints.find((e) => e.key === key)?.label ?? key;
  const [endpoint, setEndpoint] = useState(failure?.endpoint ?? endpoints[0]?.key ?? '');
  const [response, setResponse] = useState(failure?.response ?? '500');
  const [once, setOnce] = useState(failure?.once ?? false);

  return (
    <fieldset className="toolbar-section">
      <legend>Failure injection</legend>
      <p className="toolbar-status" role="status">
        {failure
          ? `Failing ${labelOf(failure.endpoint)} with ${failure.response}${failure.once ? ' (next request only)' : ''}.`
          : 'No failures injected.'}
      </p>
      <label htmlFor={`${id}-endpoint`}>Endpoint</label>
      <select
        id={`${id}-endpoint`}
        value={endpoint}
        onChange={(event) => {
          setEndpoint(event.target.value);
        }}
      >
        {endpoints.map(({ key, label }) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-response`}>Response</label>
      <select
        id={`${id}-response`}
        value={response}
        onChange={(event) => {
          setResponse(event.target.value);
        }}
      >
        {RESPONSES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label className="toolbar-check">
        <input
          type="checkbox"
          checked={once}
          onChange={(event) => {
            setOnce(event.target.checked);
          }}
        />
        Only the next request
      </label>
      <div className="actions">
        <Button
          size="small"
          onClick={() => {
            mock.updateSettings({ failure: { endpoint, response, once } });
          }}
        >
          Inject failure
        </Button>
        <Button
          size="small"
          disabled={!failure}
          onClick={() => {
            mock.updateSettings({ failure: null });
          }}
        >
          Stop failing
        </Button>
      </div>
    </fieldset>
  );
}

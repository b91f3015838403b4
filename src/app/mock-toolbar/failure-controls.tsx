// Make one endpoint fail: with a 500, or with any Glue error of the catalog; on every
// request or only the next one.
import { useId, useState } from 'react';
import type { MockControls } from '../../../mocks/browser';
import { ENDPOINTS, type EndpointKey, isEndpointKey } from '../../../mocks/designer/endpoints';
import { GLUE_ERRORS } from '../../../mocks/rules/glue-failure';
import { useMockSettings } from './use-mock-settings';

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
  const [endpoint, setEndpoint] = useState<EndpointKey>(failure?.endpoint ?? 'carts-list');
  const [response, setResponse] = useState(failure?.response ?? '500');
  const [once, setOnce] = useState(failure?.once ?? false);

  return (
    <fieldset className="toolbar-section">
      <legend>Failure injection</legend>
      <p className="toolbar-status" role="status">
        {failure
          ? `Failing ${ENDPOINTS[failure.endpoint].label} with ${failure.response}${failure.once ? ' (next request only)' : ''}.`
          : 'No failures injected.'}
      </p>
      <label htmlFor={`${id}-endpoint`}>Endpoint</label>
      <select
        id={`${id}-endpoint`}
        value={endpoint}
        onChange={(event) => {
          if (isEndpointKey(event.target.value)) setEndpoint(event.target.value);
        }}
      >
        {Object.entries(ENDPOINTS).map(([key, value]) => (
          <option key={key} value={key}>
            {value.label}
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
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            mock.updateSettings({ failure: { endpoint, response, once } });
          }}
        >
          Inject failure
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!failure}
          onClick={() => {
            mock.updateSettings({ failure: null });
          }}
        >
          Stop failing
        </button>
      </div>
    </fieldset>
  );
}

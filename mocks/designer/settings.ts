// Everything a designer sets in mock mode: kept in localStorage so it survives a
// reload, and settable by URL parameters so a link can carry an exact state:
//   ?persona=ben  &scenario=large  &latency=none|realistic|slow
//   &fail=<endpoint>:<500|glue code>  &failOnce=1
import { GLUE_ERRORS } from '../../src/contract/glue-errors';
import type {
  FailureSetting as AppFailureSetting,
  Latency,
  MockSettings as AppMockSettings,
} from '../../src/lib/mock-mode/mock-controls';
import { SCENARIOS, type ScenarioName } from '../db/database';
import { type EndpointKey, isEndpointKey } from './endpoints';

export const LATENCY_MS: Record<Latency, number> = { none: 0, realistic: 300, slow: 2000 };

/** The app's settings, narrowed to what this backend knows. */
export interface FailureSetting extends AppFailureSetting {
  endpoint: EndpointKey;
}

export interface MockSettings extends AppMockSettings {
  scenario: ScenarioName;
  failure: FailureSetting | null;
}

export const DEFAULT_SETTINGS: MockSettings = {
  scenario: 'demo',
  latency: 'none',
  failure: null,
  toolbarOpen: false,
};

export const SETTINGS_KEY = 'shared-carts.mock-settings';

const isLatency = (value: unknown): value is Latency =>
  value === 'none' || value === 'realistic' || value === 'slow';
const isScenario = (value: unknown): value is ScenarioName =>
  SCENARIOS.includes(value as ScenarioName);
export const isFailureResponse = (value: string) => value === '500' || value in GLUE_ERRORS;

export function parseFailure(value: string | null, once: boolean): FailureSetting | null {
  if (!value) return null;
  const [endpoint = '', response = ''] = value.split(':');
  return isEndpointKey(endpoint) && isFailureResponse(response)
    ? { endpoint, response, once }
    : null;
}

/** Any settings-shaped value, reduced to what the backend knows (defaults elsewhere). */
export function normalizeSettings(
  value: Partial<Record<keyof MockSettings, unknown>>,
): MockSettings {
  const failure = value.failure as Partial<FailureSetting> | null | undefined;
  return {
    scenario: isScenario(value.scenario) ? value.scenario : DEFAULT_SETTINGS.scenario,
    latency: isLatency(value.latency) ? value.latency : DEFAULT_SETTINGS.latency,
    failure:
      failure &&
      typeof failure.endpoint === 'string' &&
      isEndpointKey(failure.endpoint) &&
      typeof failure.response === 'string' &&
      isFailureResponse(failure.response)
        ? { endpoint: failure.endpoint, response: failure.response, once: Boolean(failure.once) }
        : null,
    toolbarOpen: Boolean(value.toolbarOpen),
  };
}

function fromStorage(raw: string | null): MockSettings {
  try {
    return normalizeSettings(JSON.parse(raw ?? '{}') as Partial<MockSettings>);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stored settings, overridden by whatever the URL says. */
export function readSettings(storedJson: string | null, search: string): MockSettings {
  const settings = fromStorage(storedJson);
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  if (isScenario(scenario)) settings.scenario = scenario;
  const latency = params.get('latency');
  if (isLatency(latency)) settings.latency = latency;
  if (params.has('fail'))
    settings.failure = parseFailure(params.get('fail'), params.get('failOnce') === '1');
  return settings;
}

/** The URL parameters this module reads (removed from the address once applied). */
export const SETTING_PARAMS: string[] = ['scenario', 'latency', 'fail', 'failOnce', 'persona'];

// The app's configuration, read once from the build environment and validated, so a
// bad VITE_GLUE_URL fails loudly at start instead of as odd network errors later.
import { glueBaseUrl, parseGlueUrl } from './glue/url';
import { MOCK_GLUE_PATH } from './mock-mode/mock-controls';

export type AppMode = 'mock' | 'live';

export interface AppConfig {
  mode: AppMode;
  /** Where Glue requests go: the configured server, or `/glue` on this origin (the mock worker). */
  glueBaseUrl: string;
}

export function readConfig(env: Record<string, unknown>, origin: string): AppConfig {
  const raw = env.VITE_GLUE_URL;
  if (typeof raw !== 'string' || raw === '') {
    return { mode: 'mock', glueBaseUrl: `${origin}${MOCK_GLUE_PATH}` };
  }
  return { mode: 'live', glueBaseUrl: glueBaseUrl(parseGlueUrl(raw), origin) };
}

export const config: AppConfig = readConfig(import.meta.env, window.location.origin);

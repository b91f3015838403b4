// The app's configuration, read once from the build environment and validated, so a
// bad VITE_GLUE_URL fails loudly at start instead of as odd network errors later.
import { z } from 'zod/mini';
import { MOCK_GLUE_PATH } from './mock-mode/mock-controls';

const glueUrlSchema = z.url({ protocol: /^https?$/ });

export type AppMode = 'mock' | 'live';

export interface AppConfig {
  mode: AppMode;
  /** Where Glue requests go: the configured server, or `/glue` on this origin (the mock worker). */
  glueBaseUrl: string;
}

export function readConfig(env: Record<string, unknown>, origin: string): AppConfig {
  const raw = env.VITE_GLUE_URL;
  if (raw === undefined || raw === '') {
    return { mode: 'mock', glueBaseUrl: `${origin}${MOCK_GLUE_PATH}` };
  }
  const parsed = glueUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error('VITE_GLUE_URL must be an absolute http(s) URL');
  return { mode: 'live', glueBaseUrl: parsed.data.replace(/\/+$/, '') };
}

export const config: AppConfig = readConfig(import.meta.env, window.location.origin);

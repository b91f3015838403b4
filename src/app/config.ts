// The app's configuration, read once from the build environment and validated, so a
// bad VITE_GLUE_URL fails loudly at start instead of as odd network errors later.
import { z } from 'zod';

const envSchema = z.object({
  VITE_GLUE_URL: z
    .url({ message: 'VITE_GLUE_URL must be an absolute http(s) URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type AppMode = 'mock' | 'live';

export interface AppConfig {
  mode: AppMode;
  /** Where Glue requests go: the configured server, or this origin (served by the mock worker). */
  glueBaseUrl: string;
}

export function readConfig(env: Record<string, unknown>, origin: string): AppConfig {
  const parsed = envSchema.parse(env);
  const glueUrl = parsed.VITE_GLUE_URL?.replace(/\/+$/, '');
  return glueUrl ? { mode: 'live', glueBaseUrl: glueUrl } : { mode: 'mock', glueBaseUrl: origin };
}

export const config: AppConfig = readConfig(import.meta.env, window.location.origin);

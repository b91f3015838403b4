// Building the app for a mode, from a script (benchmarks, screenshots).
import { execFileSync } from 'node:child_process';

/** Builds the app into `outDir`: mock mode without a Glue URL, live mode with one. */
export function buildApp(outDir: string, glueUrl = '', logLevel: 'error' | 'warn' = 'error') {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', logLevel], {
    stdio: 'inherit',
    env: { ...process.env, VITE_GLUE_URL: glueUrl },
  });
}

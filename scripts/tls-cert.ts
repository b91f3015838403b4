// A self-signed certificate for 127.0.0.1 and localhost, made with openssl: what the tests
// of `npm run serve:prod` over HTTPS use, and what docs/deployment.md tells a team to make
// for a trial run. Kept in a folder nginx's workers may read.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestCertificate {
  cert: string;
  key: string;
}

/** The certificate and key in `dir`, made there unless they already are. */
export function testCertificate(dir: string): TestCertificate {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  if (existsSync(cert) && existsSync(key)) return { cert, key };
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '7',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

/** The certificate of the e2e `deploy` project's servers (playwright.config.ts, the specs). */
export const deployCertificate = () =>
  testCertificate(path.join(tmpdir(), 'shared-carts-deploy-cert'));

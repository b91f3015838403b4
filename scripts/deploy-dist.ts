// Where the e2e `deploy` project builds the app that `npm run serve:prod` serves. nginx's
// workers run as `nobody`, who must be able to read it — and a checkout may sit in a
// folder only root can enter (mode 700, e.g. under /root) — so it lives in the system's
// temporary folder, not in the checkout.
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DEPLOY_DIST = path.join(tmpdir(), 'shared-carts-dist-deploy');

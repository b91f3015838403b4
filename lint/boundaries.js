// The import boundaries eslint.config.js enforces, in a module of its own so that
// lint/import-boundaries.test.ts proves them next to where they are written.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Who may import whom (docs/architecture.md "Rooms and doors"), enforced so a newcomer
// learns the rooms from the first wrong import. The rules work on *resolved* file paths
// (import-x with the TypeScript resolver), so no spelling of a path walks around them:
// '../../features/carts/x' and '../carts/x' are the same file and get the same answer.
const FEATURES = readdirSync(fileURLToPath(new URL('../src/features', import.meta.url)), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const MESSAGES = {
  mocks:
    'src/ reaches mocks/ only through the dynamic import in main.tsx (and tests): the live build must carry no mock code. Put shared shapes in src/contract or src/lib.',
  app: 'Only the app composes features: nothing below src/app imports it.',
  features: 'lib, ui and contract are below the features.',
  ui: 'lib and contract know nothing of components.',
  door: 'Another feature only through its public entry: <feature>/public.ts.',
  mockSide:
    'The mock backend may use the contract (src/contract) and src/lib, nothing else of the app.',
  build:
    'The build reads the app through the route table (src/app/routes.ts), src/lib, src/contract and the features’ requests.ts: nothing that runs only in a browser.',
  contract: 'The contract is the bottom layer: src/lib builds on it, never the other way.',
};
const zone = (target, from, message, except) => ({
  target,
  from,
  message,
  ...(except && { except }),
});
/** A feature's doors: public.ts for the app and the other features, and requests.ts
 * (plain data: what its pages ask Glue for) for the route table and the build. */
const DOORS = ['./public.ts', './requests.ts'];
/** Each feature, and the app, reach a feature only through its doors. */
const doorZones = FEATURES.flatMap((feature) => [
  ...FEATURES.filter((other) => other !== feature).map((other) =>
    zone(`./src/features/${other}`, `./src/features/${feature}`, MESSAGES.door, DOORS),
  ),
  zone('./src/app', `./src/features/${feature}`, MESSAGES.door, DOORS),
]);
export const BOUNDARY_ZONES = [
  ...['./src/lib', './src/contract'].flatMap((target) => [
    zone(target, './src/app', MESSAGES.app),
    zone(target, './src/features', MESSAGES.features),
    zone(target, './src/ui', MESSAGES.ui),
  ]),
  zone('./src/ui', './src/app', MESSAGES.app),
  zone('./src/ui', './src/features', MESSAGES.features),
  zone('./src/features', './src/app', MESSAGES.app),
  ...doorZones,
  zone(
    ['./src/lib', './src/contract', './src/ui', './src/features', './src/app'],
    './mocks',
    MESSAGES.mocks,
  ),
  zone('./mocks', ['./src/app', './src/features', './src/ui'], MESSAGES.mockSide),
  zone('./src/contract', './src/lib', MESSAGES.contract),
  zone('./build', ['./src/ui', './mocks'], MESSAGES.build),
  zone('./build', './src/app', MESSAGES.build, ['./routes.ts']),
  ...FEATURES.map((feature) =>
    zone('./build', `./src/features/${feature}`, MESSAGES.build, ['./requests.ts']),
  ),
];

// `npm run bench:filter`: the colleague filter over the large scenario's 10,005
// Northwind colleagues, per keystroke, with the app's own filter function. Figures are
// printed, never asserted.
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../mocks/db/database';
import { NORTHWIND, companyId } from '../mocks/db/demo-seed';
import type { Colleague } from '../src/features/sharing/colleagues-api';
import { filterColleagues } from '../src/features/sharing/colleague-filter';
import { report } from './record';

const db = createDatabase({ scenario: 'large' });
const colleagues: Colleague[] = (db.companyUsersByCompany.get(companyId(NORTHWIND)) ?? []).map(
  (cu) => {
    const customer = db.customers.get(cu.customerReference);
    const name = `${customer?.firstName ?? ''} ${customer?.lastName ?? ''}`;
    const email = customer?.email ?? '';
    return {
      id: cu.id,
      name,
      email,
      isActive: cu.isActive,
      searchText: `${name} ${email}`.toLowerCase(),
    };
  },
);
const excluded = new Set([colleagues[0]?.id ?? '']);

// What people type: a first name, a last name with an umlaut, an email fragment, two words.
const TYPED = ['sophie', 'müller', 'lena.schmidt', 'jonas web', 'zzz'];
const samples: number[] = [];
let matches = 0;
for (let round = 0; round < 20; round++) {
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) {
      const start = performance.now();
      const result = filterColleagues(colleagues, word.slice(0, i), excluded);
      samples.push(performance.now() - start);
      matches += result.shown.length;
    }
  }
}
samples.sort((a, b) => a - b);
const at = (q: number) =>
  samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
console.log(
  `Colleague filter over ${String(colleagues.length)} colleagues, ${String(samples.length)} keystrokes (checksum ${String(matches)})`,
);
report(
  'Colleague filter function alone (Node), 10,005 colleagues, per keystroke',
  `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`,
);

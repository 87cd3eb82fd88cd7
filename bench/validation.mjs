#!/usr/bin/env node
// Validation: records per second through `parseInventoryRecord` (the check a
// vendor's server runs on every record it receives), on 100,000 valid
// records and on 100,000 records of which 30 % are wrong in eight different
// ways.
//
//   node bench/validation.mjs [--quick] [--dist dir] [--json]
import { pathToFileURL } from 'node:url';
import { builtExports, distDir, parseOptions } from './lib/child.mjs';
import { figure, notBuiltYet, tableRows, textTable } from './lib/figures.mjs';
import { summarize } from './lib/stats.mjs';

const COUNT = 100_000;
const SEED = 2016;

/**
 * Ways a record arrives wrong at a server; each gives a record the schema must reject.
 *
 * @type {Array<[what: string, breaker: (record: any) => unknown]>}
 */
const breakers = [
  ['an unknown option code', (r) => ({ ...r, answers: { ...r.answers, housing: 'castle' } })],
  [
    'a required answer missing',
    (r) => {
      const { gender: _, ...answers } = r.answers;
      return { ...r, answers };
    },
  ],
  ['an unknown question', (r) => ({ ...r, answers: { ...r.answers, favouriteColour: 'blue' } })],
  ['an exclusive option with others', (r) => ({ ...r, answers: { ...r.answers, household: ['alone', 'unknown'] } })],
  ['an answer to a question not asked', (r) => ({ ...r, answers: { ...r.answers, occupationStatus: 'had-not', occupationTypes: ['studies'] } })],
  ['a number where a code belongs', (r) => ({ ...r, answers: { ...r.answers, ageBand: 42 } })],
  ['another definition', (r) => ({ ...r, definition: 'national-inventory@9' })],
  ['not a record at all', () => 'gender=woman;ageBand=25-34'],
];

/** `records` with every tenth record's first three turned wrong, cycling through the breakers: 30 % invalid. */
export function mixed(records) {
  let n = 0;
  return records.map((r, i) => (i % 10 < 3 ? breakers[n++ % breakers.length][1](r) : r));
}

function timeParse(parse, records, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (const r of records) parse(r);
    times.push(performance.now() - started);
  }
  // Records per second from each run's time: the median time gives the median rate.
  const rates = summarize(times.map((ms) => (records.length / ms) * 1000));
  return rates;
}

export async function run({ quick = false, dist = distDir() } = {}) {
  const schema = await builtExports(dist, 'schema.js', ['parseInventoryRecord']);
  const agg = await builtExports(dist, 'aggregate.js', ['generateRecords']);
  const missing = [...(schema.missing ?? []), ...(agg.missing ?? [])];
  if (missing.length) {
    return ['valid', 'mixed'].map((set) =>
      notBuiltYet(`validation.${set}`, `parseInventoryRecord, 100k ${set} records`, 'records/s', missing.join(', ')),
    );
  }
  const parse = (r) => schema.mod.parseInventoryRecord(r);
  const valid = agg.mod.generateRecords({ count: COUNT, seed: SEED });
  const sets = { valid, mixed: mixed(valid) };
  const figures = [];
  for (const [name, records] of Object.entries(sets)) {
    // Check the verdicts before timing: the valid set all passes, the broken records all fail.
    const accepted = records.filter((r) => parse(r).success).length;
    const expected = name === 'valid' ? COUNT : COUNT - Math.ceil(COUNT * 0.3);
    if (accepted !== expected) {
      figures.push(
        figure(`validation.${name}`, {
          label: `parseInventoryRecord, 100k ${name} records`,
          value: null,
          unit: 'records/s',
          note: `expected ${expected} accepted, got ${accepted}: not timed`,
        }),
      );
      continue;
    }
    const rates = timeParse(parse, records, quick ? 2 : 5);
    figures.push(
      figure(`validation.${name}`, {
        label: `parseInventoryRecord, 100k ${name === 'valid' ? 'valid' : 'mixed (30 % invalid, 8 kinds)'} records`,
        value: rates.median,
        spread: rates,
        unit: 'records/s',
        note: `${(1e6 / rates.median).toFixed(1)} µs per record; ${accepted} accepted`,
      }),
    );
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseOptions(process.argv.slice(2), { quick: false, dist: '', json: false });
  const figures = await run({ quick: o.quick, dist: distDir(o.dist) });
  if (o.json) console.log(JSON.stringify(figures));
  else console.log(textTable(['figure', 'samsyn', 'peer', 'ratio', 'note'], tableRows(figures)));
  if (figures.some((f) => f.value === null && !f.note?.startsWith('not built yet'))) process.exitCode = 1;
}

#!/usr/bin/env node
// Validation, two ways of checking records, each on 100,000 valid records and
// on 100,000 records of which 30 % are wrong in eight different ways:
// - `parseInventoryRecord`, the zod schema run on every record (the check a
//   vendor's server runs on each record it receives);
// - `aggregate()`, whose reader is code generated from the definition and
//   checks every record with the schema's verdict; zod runs only on the
//   records the reader refuses, to say why. Its time includes counting them.
// Warm figures are medians of passes over the records after a first one;
// cold ones are the first call in a fresh process, on the first 10,000
// records, which is what a page or a server pays once.
//
//   node bench/validation.mjs [--quick] [--dist dir] [--json]
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { builtExports, distDir, parseOptions, runChild } from './lib/child.mjs';
import { figure, notBuiltYet, tableRows, textTable } from './lib/figures.mjs';
import { summarize } from './lib/stats.mjs';

const COUNT = 100_000;
const SEED = 2016;
/** Records in a cold call: the first call of a fresh process. */
const COLD = 10_000;
/** Fresh processes per cold figure. */
const COLD_RUNS = { full: 5, quick: 2 };

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

function timeParse(check, records, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    check(records);
    times.push(performance.now() - started);
  }
  // Records per second from each run's time: the median time gives the median rate.
  const rates = summarize(times.map((ms) => (records.length / ms) * 1000));
  return rates;
}

const checkers = {
  zod: (mods) => (records) => {
    let accepted = 0;
    for (const r of records) if (mods.schema.parseInventoryRecord(r).success) accepted++;
    return accepted;
  },
  generated: (mods) => (records) => mods.agg.aggregate(records, { minCount: 1 }).total.all.count,
};

/** Child: the first call of `checker` in this fresh process, on the first COLD records of `set`: its time. */
async function coldChild(dist, checker, set) {
  const schema = await builtExports(dist, 'schema.js', ['parseInventoryRecord']);
  const agg = await builtExports(dist, 'aggregate.js', ['aggregate', 'generateRecords']);
  const valid = agg.mod.generateRecords({ count: COLD, seed: SEED });
  const records = set === 'valid' ? valid : mixed(valid);
  const check = checkers[checker]({ schema: schema.mod, agg: agg.mod });
  const started = performance.now();
  const accepted = check(records);
  return { ms: performance.now() - started, accepted };
}

const what = {
  zod: { name: 'parseInventoryRecord: zod on every record', short: 'zod' },
  generated: { name: 'aggregate(): generated check on every record, zod on those refused, counting included', short: 'generated' },
};
const setLabel = (set) => (set === 'valid' ? 'valid' : 'mixed (30 % invalid, 8 kinds)');

export async function run({ quick = false, dist = distDir() } = {}) {
  const schema = await builtExports(dist, 'schema.js', ['parseInventoryRecord']);
  const agg = await builtExports(dist, 'aggregate.js', ['aggregate', 'generateRecords']);
  const missing = [...(schema.missing ?? []), ...(agg.missing ?? [])];
  if (missing.length) {
    return ['valid', 'mixed'].map((set) =>
      notBuiltYet(`validation.${set}`, `parseInventoryRecord, 100k ${set} records`, 'records/s', missing.join(', ')),
    );
  }
  // The cold figures first, each in fresh processes, before this one has warmed anything.
  const script = fileURLToPath(import.meta.url);
  const cold = {};
  for (const checker of Object.keys(checkers)) {
    for (const set of ['valid', 'mixed']) {
      const runs = [];
      for (let i = 0; i < COLD_RUNS[quick ? 'quick' : 'full']; i++) {
        runs.push(await runChild(script, ['--child', 'cold', '--checker', checker, '--set', set, '--dist', dist]));
      }
      cold[`${checker}.${set}`] = runs;
    }
  }

  const mods = { schema: schema.mod, agg: agg.mod };
  const valid = agg.mod.generateRecords({ count: COUNT, seed: SEED });
  const sets = { valid, mixed: mixed(valid) };
  const figures = [];
  for (const checker of Object.keys(checkers)) {
    const check = checkers[checker](mods);
    for (const [name, records] of Object.entries(sets)) {
      const key = `validation.${checker === 'zod' ? '' : 'generated.'}${name}`;
      const label = `${what[checker].name}, 100k ${setLabel(name)} records, warm`;
      // Check the verdicts before timing: the valid set all passes, the broken records all fail. This is also the warm-up.
      const accepted = check(records);
      const expected = name === 'valid' ? COUNT : COUNT - Math.ceil(COUNT * 0.3);
      if (accepted !== expected) {
        figures.push(figure(key, { label, value: null, unit: 'records/s', note: `expected ${expected} accepted, got ${accepted}: not timed` }));
        continue;
      }
      const rates = timeParse(check, records, quick ? 2 : 5);
      figures.push(
        figure(key, {
          label,
          value: rates.median,
          spread: rates,
          unit: 'records/s',
          note: `${(1e6 / rates.median).toFixed(1)} µs per record; ${accepted} accepted`,
        }),
      );
      const runs = cold[`${checker}.${name}`];
      const coldExpected = name === 'valid' ? COLD : COLD - Math.ceil(COLD * 0.3);
      const bad = runs.find((r) => r.accepted !== coldExpected);
      const times = summarize(runs.map((r) => r.ms));
      figures.push(
        figure(`${key}.cold`, {
          label: `${what[checker].name}, first call in a fresh process, ${COLD / 1000}k ${setLabel(name)} records, cold`,
          value: bad ? null : times.median,
          spread: times,
          unit: 'ms',
          note: bad
            ? `expected ${coldExpected} accepted, got ${bad.accepted}`
            : `${Math.round((COLD / times.median) * 1000).toLocaleString('en')} records/s; warm, the same ${COLD / 1000}k take ${((COLD / rates.median) * 1000).toFixed(1)} ms (cold ÷ warm ${((times.median * rates.median) / COLD / 1000).toFixed(1)}×)`,
        }),
      );
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseOptions(process.argv.slice(2), { quick: false, dist: '', json: false, child: '', checker: '', set: '' });
  if (o.child === 'cold') {
    console.log(JSON.stringify(await coldChild(distDir(o.dist), o.checker, o.set)));
  } else {
    const figures = await run({ quick: o.quick, dist: distDir(o.dist) });
    if (o.json) console.log(JSON.stringify(figures));
    else console.log(textTable(['figure', 'samsyn', 'peer', 'ratio', 'note'], tableRows(figures)));
    if (figures.some((f) => f.value === null && !f.note?.startsWith('not built yet'))) process.exitCode = 1;
  }
}

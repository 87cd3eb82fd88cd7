#!/usr/bin/env node
// Aggregation: `aggregate(records, { by: 'gender' })` from samsyn/aggregate
// against Arquero 7 computing the same counts (every choice question of the
// national inventory, per option, for everyone and per gender) from the same
// records in the same process.
//
//   node bench/aggregation.mjs [--quick] [--sizes 10000,100000] [--dist dir] [--json]
//
// For each size one child process generates the records
// (`generateRecords`, fixed seed), computes both results and checks that the
// counts are equal (that is also each side's warm-up), then times the two
// alternately, so that load from elsewhere on the machine hits both alike.
// Peak memory is the peak resident set size: the timing child reads it after
// generating the records and after Samsyn's first pass; one more child per
// size generates the same records and aggregates once with Arquero.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtExports, distDir, parseOptions, projectRoot, runChild } from './lib/child.mjs';
import { figure, notBuiltYet, tableRows, textTable } from './lib/figures.mjs';
import { round, summarize } from './lib/stats.mjs';

const SEED = 2015;
const SIZES = [10_000, 100_000, 1_000_000];
const RUNS = { full: { 10000: 15, 100000: 7, 1000000: 3 }, quick: { 10000: 5, 100000: 3, 1000000: 1 } };
const label = (size) => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`);
const MB = 1024 * 1024;

/** Option counts from a Samsyn result: `{ question: { code: { all, woman, man } } }`, zeros left out. */
export function countsFromResult(result) {
  const counts = {};
  for (const q of result.questions) {
    if ((q.kind !== 'one' && q.kind !== 'many') || !q.options) continue;
    const byCode = (counts[q.id] = {});
    for (const o of q.options) {
      if (!o.cells.all.count) continue;
      const entry = (byCode[o.code] = { all: o.cells.all.count });
      for (const [group, cell] of Object.entries(o.cells.groups)) if (cell.count) entry[group] = cell.count;
    }
  }
  return counts;
}

/**
 * The same counts with Arquero, as its documentation would have one write
 * them: the records' answers as a table, then per question a group-by of
 * (answer, gender) and a count; a multiple-choice answer is an array, so
 * its column is unrolled to one row per chosen option first.
 */
export function countsWithArquero(aq, records, questions) {
  const columns = {};
  for (const q of questions) columns[q.id] = records.map((r) => r.answers[q.id] ?? null);
  const table = aq.table(columns);
  const counts = {};
  for (const q of questions) {
    let t = q.id === 'gender' ? table.select('gender') : table.select(q.id, 'gender');
    if (q.kind === 'many') t = t.unroll(q.id);
    const grouped = q.id === 'gender' ? t.groupby('gender').count() : t.groupby(q.id, 'gender').count();
    const byCode = (counts[q.id] = {});
    for (const row of grouped.objects()) {
      const code = row[q.id];
      if (code === null || code === undefined) continue;
      const entry = (byCode[code] ??= { all: 0 });
      entry.all += row.count;
      if (row.gender !== null && row.gender !== undefined) entry[row.gender] = (entry[row.gender] ?? 0) + row.count;
    }
  }
  return counts;
}

const canonical = (entry = {}) => JSON.stringify(Object.entries(entry).sort(([x], [y]) => (x < y ? -1 : 1)));

/** Every count that differs between `a` and `b`, as readable lines. */
export function differences(a, b) {
  const out = [];
  for (const q of new Set([...Object.keys(a), ...Object.keys(b)])) {
    for (const code of new Set([...Object.keys(a[q] ?? {}), ...Object.keys(b[q] ?? {})])) {
      const x = canonical(a[q]?.[code]);
      const y = canonical(b[q]?.[code]);
      if (x !== y) out.push(`${q}=${code}: samsyn ${x}, arquero ${y}`);
    }
  }
  return out;
}

async function load(dist) {
  const aq = await import('arquero');
  const { aggregate, generateRecords } = await import(pathToFileURL(join(dist, 'aggregate.js')).href);
  const { inventoryDefinition, questionsOf } = await import(pathToFileURL(join(dist, 'schema.js')).href);
  const questions = questionsOf(inventoryDefinition)
    .map(({ question }) => question)
    .filter((q) => q.kind === 'one' || q.kind === 'many');
  return {
    records: (count) => generateRecords({ count, seed: SEED }),
    ours: (records) => aggregate(records, { by: 'gender', minCount: 1 }),
    peer: (records) => countsWithArquero(aq, records, questions),
  };
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * Child: check equality, then time both sides alternately. Its peak memory
 * after generating the records, and again after Samsyn's first pass (before
 * Arquero has run), gives the baseline and Samsyn's peak.
 */
async function timeChild(dist, size, runs) {
  const { records: make, ours, peer } = await load(dist);
  const records = make(size);
  globalThis.gc?.();
  const memory = { none: peakRss() };
  // The first call of each side in this fresh process: what a page or a server pays once (cold).
  let started = performance.now();
  const result = ours(records);
  const cold = { ours: performance.now() - started };
  memory.ours = peakRss();
  started = performance.now();
  const peerCounts = peer(records);
  cold.peer = performance.now() - started;
  const diff = differences(countsFromResult(result), peerCounts);
  if (diff.length) return { size, equal: false, differences: diff.slice(0, 20), differing: diff.length };
  const times = { ours: [], peer: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so neither always runs on a heap the other just filled.
    for (const side of i % 2 ? ['peer', 'ours'] : ['ours', 'peer']) {
      const started = performance.now();
      (side === 'ours' ? ours : peer)(records);
      times[side].push(performance.now() - started);
    }
  }
  return {
    size,
    equal: true,
    counted: result.total.all.count,
    rejected: result.rejected.count,
    ours: summarize(times.ours),
    peer: summarize(times.peer),
    cold,
    memory,
  };
}

/** Child: the peak resident set size of generating the records and aggregating them once with Arquero. */
async function memoryChild(dist, size) {
  const { records: make, peer } = await load(dist);
  const records = make(size);
  globalThis.gc?.();
  peer(records);
  return { size, peak: peakRss() };
}

const PEER = `Arquero ${JSON.parse(readFileSync(join(projectRoot, 'node_modules/arquero/package.json'), 'utf8')).version}`;

/** Measures every size; figures for bench/results.json. */
export async function run({ quick = false, sizes = SIZES, dist = distDir() } = {}) {
  const built = await builtExports(dist, 'aggregate.js', ['aggregate', 'generateRecords']);
  if (built.missing) {
    return sizes.flatMap((s) => [
      notBuiltYet(`aggregation.${label(s)}.time`, `aggregate ${label(s)} records by gender`, 'ms', built.missing.join(', ')),
      notBuiltYet(`aggregation.${label(s)}.peakMemory`, `peak memory, ${label(s)} records`, 'MB', built.missing.join(', ')),
    ]);
  }
  const figures = [];
  const script = fileURLToPath(import.meta.url);
  for (const size of sizes) {
    const runs = RUNS[quick ? 'quick' : 'full'][size] ?? 3;
    const t = await runChild(script, ['--child', 'time', '--dist', dist, '--size', String(size), '--runs', String(runs)], { nodeArgs: ['--expose-gc'] });
    const key = `aggregation.${label(size)}`;
    if (!t.equal) {
      const note = `counts differ from Arquero's in ${t.differing} places, not measured: ${t.differences.slice(0, 3).join('; ')}`;
      figures.push(
        figure(`${key}.time`, { label: `aggregate ${label(size)} records by gender`, value: null, unit: 'ms', note }),
        figure(`${key}.peakMemory`, { label: `peak memory, ${label(size)} records`, value: null, unit: 'MB', note }),
      );
      continue;
    }
    const speedup = t.peer.median / t.ours.median;
    figures.push(
      figure(`${key}.time`, {
        label: `aggregate ${label(size)} records by gender (all choice questions), warm`,
        value: t.ours.median,
        spread: t.ours,
        unit: 'ms',
        peer: PEER,
        peerValue: t.peer.median,
        note: `${round(speedup, 2)}× ${speedup >= 1 ? 'faster' : 'slower'} than Arquero (goal ≥ 10×); Arquero ${round(t.peer.min)}–${round(t.peer.max)} ms; counts checked equal; ${t.counted} counted, ${t.rejected} rejected`,
      }),
    );
    figures.push(
      figure(`${key}.cold`, {
        label: `aggregate ${label(size)} records by gender, first call in a fresh process (cold)`,
        value: t.cold.ours,
        unit: 'ms',
        peer: PEER,
        peerValue: t.cold.peer,
        note: `one call per process (n=1); warm median above ${round(t.ours.median)} ms, cold ÷ warm ${round(t.cold.ours / t.ours.median, 2)}× (Arquero ${round(t.cold.peer / t.peer.median, 2)}×)`,
      }),
    );
    const memory = { ...t.memory, peer: (await runChild(script, ['--child', 'memory', '--dist', dist, '--size', String(size)], { nodeArgs: ['--expose-gc'] })).peak };
    const extra = (side) => Math.max(0, memory[side] - memory.none) / MB;
    figures.push(
      figure(`${key}.peakMemory`, {
        label: `peak memory of aggregating ${label(size)} records (above the records)`,
        value: extra('ours'),
        unit: 'MB',
        peer: PEER,
        peerValue: extra('peer'),
        note:
          `peak RSS of a process that generates the records and aggregates once: ${round(memory.ours / MB)} MB (Arquero ${round(memory.peer / MB)} MB), ` +
          `minus its peak after generating them: ${round(memory.none / MB)} MB; differences of a few MB are within the noise between processes`,
      }),
    );
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseOptions(process.argv.slice(2), { child: '', dist: '', size: '', runs: '', quick: false, sizes: '', json: false });
  const dist = distDir(o.dist);
  if (o.child === 'time') {
    console.log(JSON.stringify(await timeChild(dist, Number(o.size), Number(o.runs))));
  } else if (o.child === 'memory') {
    console.log(JSON.stringify(await memoryChild(dist, Number(o.size))));
  } else {
    const figures = await run({ quick: o.quick, dist, ...(o.sizes ? { sizes: o.sizes.split(',').map(Number) } : {}) });
    if (o.json) console.log(JSON.stringify(figures));
    else console.log(textTable(['figure', 'samsyn', 'peer', 'ratio', 'note'], tableRows(figures)));
    if (figures.some((f) => f.value === null && !f.note?.startsWith('not built yet'))) process.exitCode = 1;
  }
}

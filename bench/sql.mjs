#!/usr/bin/env node
// Aggregation where the records live: `samsyn/sql` on DuckDB (embedded,
// `@duckdb/node-api`, a database file) and on PostgreSQL (a server of its
// own from tests/helpers/postgres.mjs), against `aggregate()` in Node on the
// same records, 1M and 10M records of the national inventory, by gender.
//
//   node bench/sql.mjs [--quick] [--sizes 1000000,10000000] [--dist dir] [--json]
//
// The records are made inside each engine by one INSERT … SELECT over a
// range of record numbers, every answer a hash of the record number and the
// question (valid records: required answers given, conditions and exclusive
// options respected). A multiple-choice option is chosen on its own hash,
// the first options often and the later ones seldom, as in
// generateRecords: a few options per answer and a few hundred combinations,
// not every combination alike. Node builds the very same records as objects for
// aggregate(). Each side's result is checked deep-equal to aggregate()'s
// before anything is timed. A timing is the aggregation query plus
// fromSqlRows (disclosure control off, minCount 1, as in
// bench/aggregation.mjs: the protection costs both sides the same).
// Each side counts in a process of its own, kept open for all its runs, and
// the runs alternate, aggregate() then DuckDB then PostgreSQL, round by
// round, so that a busy machine hits them alike (as the aggregation
// benchmark alternates with Arquero). "Cold" is the first run of each: the
// first query of a fresh process on a freshly opened database (DuckDB) or a
// freshly started server (PostgreSQL), and aggregate()'s first call; the OS
// file cache is warm for both engines (each reads its database file, or its
// table and index, through just before: at 10M the records made in Node can
// push them out of it, and the cold run then measured the disk). "Warm" is
// the median of the runs after it. Peak memory is the peak resident set size
// of the process that counts: the Node process for aggregate() and DuckDB
// (which runs inside it), the PostgreSQL backend of the query (from /proc,
// parallel workers not included).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { builtExports, distDir, parseOptions, projectRoot, runChild } from './lib/child.mjs';
import { figure, notBuiltYet, tableRows, textTable } from './lib/figures.mjs';
import { round, summarize } from './lib/stats.mjs';

const SIZES = [1_000_000, 10_000_000];
const RUNS = { full: 5, quick: 2 };
const BY = 'gender';
const KOMMUN = '0380';
const PERIOD = '2026';
const label = (size) => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`);
const MB = 1024 * 1024;
/** Bytes a record takes in Node, generously: 10M records are built only when this much memory is free twice over. */
const RECORD_BYTES = 700;

// ---------------------------------------------------------------------------
// The records, as SQL and as objects. h(r, i): a hash of record r and question i below 2^31, exact in JS numbers.

const M = 2147483647;
const seedOf = (r) => (r * 48271 + 11) % M;
const hashOf = (a, i) => (a * (69621 + 2 * i)) % M;
/** h(r, i, b): whether record r chooses option b of multiple-choice question i, each option on its own. */
const bitHashOf = (a, i, b) => (a * (69621 + 2 * i + 4099 * (b + 1))) % M;
/** One unanswered in ten for optional questions. */
const skipped = (h) => h % 70 < 7;

/** The plan of every question: how its answer follows from h, and when it is asked. */
function planOf(compiled) {
  return compiled.questions.map((q) => {
    if (q.kind !== 0 && q.kind !== 1 && q.kind !== 5) throw new Error(`bench/sql: question ${q.id} is neither single nor multiple choice`);
    const k = q.codeList.length;
    let exclusive = 0;
    q.exclusive.forEach((e, i) => (exclusive |= e ? 1 << i : 0));
    const lowest = exclusive & -exclusive;
    const plain = (2 ** k - 1) & ~exclusive;
    // Per option, the chance (per mille) that a record chooses it: the first options often, the later ones seldom, an exclusive one ("Ej känt") 4 %.
    let j = 0;
    const chances = q.codeList.map((_, b) => (exclusive & (1 << b) ? 40 : Math.max(30, Math.round(600 / ++j))));
    return { q, k, many: q.kind === 1, exclusive, lowest, first: plain & -plain, chances, required: q.required };
  });
}

/** The record number r's answers, in definition order: what the SQL below writes. */
function recordAt(compiled, plans, r) {
  const a = seedOf(r);
  const answers = {};
  const values = new Array(plans.length);
  const shown = new Array(plans.length);
  const holds = (cond) => {
    if (!cond) return true;
    const t = cond.target;
    if (!shown[t] || values[t] === null) return false;
    if (cond.equals) return cond.equals.includes(values[t]);
    return values[t].some((c) => cond.includes.includes(c));
  };
  for (const p of plans) {
    const i = p.q.index;
    const section = compiled.sections[p.q.sectionIndex];
    shown[i] = holds(section.when) && holds(p.q.when);
    values[i] = null;
    if (!shown[i]) continue;
    const h = hashOf(a, i);
    if (!p.required && skipped(h)) continue;
    if (p.many) {
      let m = 0;
      for (let b = 0; b < p.k; b++) if (bitHashOf(a, i, b) % 1000 < p.chances[b]) m |= 1 << b;
      if (m & p.exclusive) m = p.lowest;
      if (m === 0) m = p.first;
      if (m === 0) continue;
      values[i] = p.q.codeList.filter((_, b) => m & (1 << b));
    } else {
      const code = p.q.codeList[h % p.k];
      values[i] = p.q.kind === 5 && code !== 'dont-know' ? Number(code) : code;
    }
    answers[p.q.id] = values[i];
  }
  return { definition: compiled.ref, answers };
}

/** The same records as one INSERT … SELECT in the dialect, for record numbers 0 … count − 1. */
function insertRecordsSql(compiled, plans, { dialect, table, count }) {
  const col = (q) => `"q_${q.id}"`;
  const h = (i) => `((s.a * ${69621 + 2 * i}) % ${M})`;
  const valueOf = (p) => {
    if (p.many) {
      const bits = p.chances.map((c, b) => `CASE WHEN (s.a * ${69621 + 2 * p.q.index + 4099 * (b + 1)}) % ${M} % 1000 < ${c} THEN ${1 << b} ELSE 0 END`);
      const m = `(${bits.join(' + ')})`;
      return `CASE WHEN (${m} & ${p.exclusive}) <> 0 THEN ${p.lowest} WHEN ${m} = 0 THEN ${p.first || 'NULL'} ELSE ${m} END`;
    }
    return `CASE ${h(p.q.index)} % ${p.k} ${p.q.codeList.map((c, k) => `WHEN ${k} THEN '${c}'`).join(' ')} END`;
  };
  // Whether question t's condition holds, as SQL over the same hashes: t asked and answered, and the answer matches.
  const holds = (cond) => {
    if (!cond) return 'TRUE';
    const t = plans[cond.target];
    const asked = `(${shownOf(t)}${t.required ? '' : ` AND NOT (${h(t.q.index)} % 70 < 7)`})`;
    if (cond.equals) {
      const ks = cond.equals.map((v) => t.q.codeList.indexOf(String(v)));
      return `(${asked} AND ${h(t.q.index)} % ${t.k} IN (${ks.join(', ')}))`;
    }
    const bits = cond.includes.reduce((m, c) => m | (1 << t.q.codeList.indexOf(c)), 0);
    return `(${asked} AND ((${valueOf(t)}) & ${bits}) <> 0)`;
  };
  const shownOf = (p) => `(${holds(compiled.sections[p.q.sectionIndex].when)} AND ${holds(p.q.when)})`;
  const select = plans.map((p) => {
    const optional = p.required ? '' : ` AND NOT (${h(p.q.index)} % 70 < 7)`;
    return `CASE WHEN ${shownOf(p)}${optional} THEN ${valueOf(p)} END`;
  });
  const range = dialect === 'duckdb' ? `range(${count}) AS g(r)` : `generate_series(CAST(0 AS bigint), ${count - 1}) AS g(r)`;
  return (
    `INSERT INTO ${table} (id, kommun, period, definition, ${plans.map((p) => col(p.q)).join(', ')})\n` +
    `SELECT CAST(s.r AS text), '${KOMMUN}', '${PERIOD}', '${compiled.ref}', ${select.join(',\n  ')}\n` +
    `FROM (SELECT r, (r * 48271 + 11) % ${M} AS a FROM ${range}) AS s`
  );
}

// ---------------------------------------------------------------------------
// Children: each measurement in a process of its own, for its own peak memory.

async function load(dist) {
  const sql = await import(pathToFileURL(join(dist, 'sql.js')).href);
  const { aggregate } = await import(pathToFileURL(join(dist, 'aggregate.js')).href);
  // The compiled form of aggregate() is internal: the generator keeps its own view of the definition.
  const { inventoryDefinition: definition, questionsOf } = await import(pathToFileURL(join(dist, 'schema.js')).href);
  const compiled = compile(definition, questionsOf);
  return { sql, aggregate, definition, compiled, plans: planOf(compiled) };
}

/** The little of a compiled definition the generator needs: per question its codes, exclusive options and condition. */
function compile(definition, questionsOf) {
  const all = questionsOf(definition);
  const indexOf = new Map(all.map(({ question }, i) => [question.id, i]));
  const condition = (c) => c && { target: indexOf.get(c.question), equals: c.equals, includes: c.includes };
  const kinds = { one: 0, many: 1, number: 2, text: 3, date: 4, scale: 5 };
  return {
    ref: `${definition.id}@${definition.version}`,
    sections: definition.sections.map((s) => ({ when: condition(s.when) })),
    questions: all.map(({ section, question }, index) => {
      const options = question.kind === 'scale'
        ? [...Array.from({ length: question.points ?? 5 }, (_, p) => String(p + 1)), ...(question.dontKnow ? ['dont-know'] : [])]
        : (question.options ?? question.groups?.flatMap((g) => g.options) ?? []).map((o) => o.code);
      const exclusive = (question.kind === 'many' ? question.options : []).map((o) => (o.exclusive ? 1 : 0));
      return {
        index,
        id: question.id,
        kind: kinds[question.kind],
        codeList: options,
        exclusive: options.map((_, i) => exclusive[i] ?? 0),
        required: question.required === true,
        when: condition(question.when),
        sectionIndex: definition.sections.indexOf(section),
      };
    }),
  };
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * A measuring child's side: says it is ready, then times `count()` once per
 * "run" line on stdin (one JSON line with its milliseconds each), reads its
 * engine's files into the OS file cache on "warm" (`warm()`, before the cold
 * run) and answers "done" with `finish(lastResult)`.
 */
async function serve(count, finish, warm = async () => ({})) {
  const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
  let last;
  out({ ready: true });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'warm') {
      out({ warm: await warm() });
    } else if (line === 'run') {
      const started = performance.now();
      last = await count();
      out({ ms: performance.now() - started });
    } else if (line === 'done') {
      out(await finish(last));
      return;
    }
  }
}

/** The parent's side of `serve`: `run()` resolves with one run's milliseconds, `done()` with the child's last word. */
function startWorker(args, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), ...args], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  const lines = [];
  let failure;
  const settle = () => {
    while (waiting.length && (lines.length || failure)) {
      const { resolve, reject } = waiting.shift();
      if (lines.length) resolve(lines.shift());
      else reject(failure);
    }
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      lines.push(JSON.parse(line));
    } catch {
      return; // Not a line of the protocol.
    }
    settle();
  });
  child.on('close', (code) => {
    failure = new Error(`bench/sql ${args.join(' ')} exited with ${code}`);
    settle();
  });
  const next = () => new Promise((resolve, reject) => {
    waiting.push({ resolve, reject });
    settle();
  });
  const ready = next();
  const ask = async (command) => {
    await ready;
    child.stdin.write(`${command}\n`);
    return next();
  };
  return {
    ready,
    pid: child.pid,
    run: async () => (await ask('run')).ms,
    warm: async () => (await ask('warm')).warm,
    done: async () => {
      const last = await ask('done');
      child.stdin.end();
      return last;
    },
    /** Ends the child if it is still running (a run that failed). */
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/** The CPU time (user and system, in clock ticks, every thread) a process has used, or null where /proc does not say. */
function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until the sides' processes use no CPU (at most a tick in 100 ms), for
 * at most `limit` ms: what one side leaves running when its run has answered
 * (V8 sweeping a heap that holds 10M records, in threads of its own) must not
 * take a core from the run after it.
 */
async function whenIdle(pids, limit = 60_000) {
  let before = pids.map(cpuTicks);
  if (before.some((t) => t === null)) return;
  for (const started = Date.now(); Date.now() - started < limit; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = pids.map(cpuTicks);
    if (now.every((t, i) => t !== null && t - before[i] <= 1)) return;
    before = now;
  }
}

async function nodeChild(dist, size) {
  const { aggregate, compiled, plans } = await load(dist);
  globalThis.gc?.();
  const base = peakRss();
  const records = new Array(size);
  for (let r = 0; r < size; r++) records[r] = recordAt(compiled, plans, r);
  globalThis.gc?.();
  const withRecords = peakRss();
  await serve(
    () => aggregate(records, { by: BY, minCount: 1 }),
    (result) => ({ result, memory: { base, withRecords, peak: peakRss() } }),
  );
}

async function duckdbLoadChild(dist, size, file) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { sql, definition, compiled, plans } = await load(dist);
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(sql.createTableSql(definition, { dialect: 'duckdb' }));
  await connection.run(insertRecordsSql(compiled, plans, { dialect: 'duckdb', table: 'samsyn_records', count: size }));
  await connection.run('CHECKPOINT');
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();
  return { seconds };
}

async function duckdbQueryChild(dist, file) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { sql, definition } = await load(dist);
  globalThis.gc?.();
  const base = peakRss();
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const opened = peakRss();
  const q = sql.aggregateSql(definition, { dialect: 'duckdb', kommun: KOMMUN, period: PERIOD, by: BY });
  await serve(
    async () => {
      const rows = (await connection.runAndReadAll(q.text, q.values)).getRowObjectsJS();
      return { rows: rows.length, result: sql.fromSqlRows(definition, rows, { by: BY, minCount: 1 }) };
    },
    (last) => ({ result: last.result, rows: last.rows, memory: { base, opened, peak: peakRss() }, heapUsed: process.memoryUsage().heapUsed }),
    async () => ({ bytes: readThrough(file) }),
  );
}

/** Reads a file from start to end, so that the OS keeps it in its file cache; its size in bytes. */
function readThrough(file) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(8 * MB);
  let bytes = 0;
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, bytes)) > 0; ) bytes += n;
  } finally {
    closeSync(fd);
  }
  return bytes;
}

async function postgresQueryChild(dist, url) {
  const { default: pg } = await import('pg');
  const { sql, definition } = await load(dist);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const q = sql.aggregateSql(definition, { dialect: 'postgres', kommun: KOMMUN, period: PERIOD, by: BY });
  await serve(
    async () => {
      const { rows } = await client.query(q.text, q.values);
      return { rows: rows.length, result: sql.fromSqlRows(definition, rows, { by: BY, minCount: 1 }) };
    },
    async (last) => {
      let backendPeak = null;
      try {
        const status = readFileSync(`/proc/${backend}/status`, 'utf8');
        backendPeak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) * 1024 || null;
      } catch {
        // Not on this machine's /proc (a remote server): not measured.
      }
      await client.end();
      return { result: last.result, rows: last.rows, memory: { backendPeak, client: peakRss() } };
    },
    // The table and its index read into the OS file cache ('read': not into shared buffers, which the restart emptied).
    async () => {
      const { rows } = await client.query(
        "SELECT sum(pg_prewarm(c.oid::regclass, 'read')) AS blocks FROM pg_class c WHERE c.relname = 'samsyn_records' OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'samsyn_records'::regclass)",
      );
      return { bytes: Number(rows[0].blocks) * 8192 };
    },
  );
}

/** Runs a script with pg as a client: loads the records into a fresh server's table. */
async function postgresLoad(dist, url, size) {
  const { default: pg } = await import('pg');
  const { sql, definition, compiled, plans } = await load(dist);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  await client.query(sql.createTableSql(definition, { dialect: 'postgres' }));
  await client.query(insertRecordsSql(compiled, plans, { dialect: 'postgres', table: 'samsyn_records', count: size }));
  await client.query('VACUUM ANALYZE samsyn_records');
  // pg_prewarm (a contrib module of PostgreSQL's own) reads the table into the OS file cache before the cold run.
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { seconds };
}

// ---------------------------------------------------------------------------

const versionOf = (name) => JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Measures every size; figures for bench/results.json. */
export async function run({ quick = false, sizes = SIZES, dist = distDir() } = {}) {
  const built = await builtExports(dist, 'sql.js', ['aggregateSql', 'fromSqlRows', 'createTableSql']);
  if (built.missing) {
    return sizes.flatMap((s) =>
      ['duckdb', 'postgres'].map((e) => notBuiltYet(`sql.${e}.${label(s)}.time`, `${e}: aggregate ${label(s)} records through samsyn/sql`, 'ms', built.missing.join(', '))),
    );
  }
  const { startPostgres, findPostgres } = await import('../tests/helpers/postgres.mjs');
  const runs = RUNS[quick ? 'quick' : 'full'];
  const script = fileURLToPath(import.meta.url);
  const figures = [];
  const gc = ['--expose-gc'];
  const child = (args) => runChild(script, ['--dist', dist, ...args], { nodeArgs: gc });
  const worker = (args, heap) => startWorker(['--dist', dist, ...args], [...gc, ...(heap ? [`--max-old-space-size=${heap}`] : [])]);
  for (const size of sizes) {
    const key = (engine) => `sql.${engine}.${label(size)}`;
    const dir = mkdtempSync(join(os.tmpdir(), 'samsyn-bench-'));
    /** @type {Array<{ engine: string, what: string, loaded?: { seconds: number }, worker: ReturnType<typeof startWorker>, cold?: number, warmed?: any, warm?: any, last?: any }>} */
    const sides = [];
    let server;
    try {
      // Both engines loaded first; then one process per side, kept open while the runs alternate.
      const file = join(dir, 'records.duckdb');
      const duckdbLoaded = await child(['--child', 'duckdb-load', '--size', String(size), '--file', file]);
      let postgresLoaded;
      if (findPostgres()) {
        const settings = { shared_buffers: '2GB', work_mem: '256MB', max_parallel_workers_per_gather: '2', maintenance_work_mem: '1GB', max_wal_size: '8GB' };
        server = await startPostgres({ settings });
        postgresLoaded = await child(['--child', 'postgres-load', '--size', String(size), '--url', server.url]);
        // A fresh server for the cold run: its shared buffers empty (the OS file cache is read in again just before).
        await server.restart();
      } else {
        figures.push(figure(`${key('postgres')}.time`, { label: `PostgreSQL, ${label(size)} records`, value: null, unit: 'ms', note: 'not run: PostgreSQL is not installed' }));
      }
      const needed = size * RECORD_BYTES;
      let skipped;
      if (needed * 2 < os.freemem()) {
        sides.push({ engine: 'node', what: 'aggregate() in Node', worker: worker(['--child', 'node', '--size', String(size)], Math.ceil((needed * 1.6) / MB)) });
      } else {
        skipped = `not run: ${label(size)} records take about ${round(needed / 2 ** 30)} GiB in Node, and only ${round(os.freemem() / 2 ** 30)} GiB were free`;
      }
      sides.push({ engine: 'duckdb', what: `DuckDB ${versionOf('@duckdb/node-api')} (embedded, a database file)`, loaded: duckdbLoaded, worker: worker(['--child', 'duckdb-query', '--file', file]) });
      if (server) sides.push({ engine: 'postgres', what: 'PostgreSQL (Debian, a server of its own)', loaded: postgresLoaded, worker: worker(['--child', 'postgres-query', '--url', server.url]) });
      await Promise.all(sides.map((side) => side.worker.ready));
      // The records, the database file or the table, may have left the OS file cache while the others were made: read them in again first.
      const pids = sides.map((side) => side.worker.pid);
      for (const side of sides) {
        side.warmed = await side.worker.warm();
        await whenIdle(pids);
        side.cold = await side.worker.run();
      }
      const warm = sides.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [j, side] of sides.entries()) {
          await whenIdle(pids);
          warm[j].push(await side.worker.run());
        }
      }
      for (const [j, side] of sides.entries()) {
        side.warm = summarize(warm[j]);
        side.last = await side.worker.done();
      }
      const inNode = sides.find((side) => side.engine === 'node');
      const reference = inNode?.last.result;
      const peer = inNode ? { peer: 'aggregate() in Node', peerValue: inNode.warm.median } : {};
      if (inNode) {
        figures.push(
          figure(`sql.node.${label(size)}.time`, {
            label: `aggregate() in Node, ${label(size)} records by gender`,
            value: inNode.warm.median,
            spread: inNode.warm,
            unit: 'ms',
            note: `cold ${round(inNode.cold)} ms; peak RSS ${round(inNode.last.memory.peak / MB)} MB, of which the records ${round((inNode.last.memory.withRecords - inNode.last.memory.base) / MB)} MB`,
          }),
        );
      } else {
        figures.push(figure(`sql.node.${label(size)}.time`, { label: `aggregate() in Node, ${label(size)} records`, value: null, unit: 'ms', note: skipped }));
      }
      for (const side of sides) {
        if (side.engine === 'node') continue;
        const { engine, what, last: measured } = side;
        const equal = reference ? isDeepStrictEqual(measured.result, reference) : undefined;
        if (equal === false) {
          figures.push(figure(`${key(engine)}.time`, { label: `${what}: ${label(size)} records`, value: null, unit: 'ms', note: 'NOT EQUAL to aggregate(): not measured' }));
          continue;
        }
        if (measured.result.total.all.count !== size) throw new Error(`${engine} counted ${measured.result.total.all.count} records of ${size}`);
        const ratio = inNode ? `; ${round(inNode.warm.median / side.warm.median, 2)}× the speed of aggregate() in Node warm, ${round(inNode.cold / side.cold, 2)}× cold` : '';
        figures.push(
          figure(`${key(engine)}.time`, {
            label: `${what}: aggregateSql + fromSqlRows, ${label(size)} records by gender`,
            value: side.warm.median,
            spread: side.warm,
            unit: 'ms',
            ...peer,
            note:
              `cold ${round(side.cold)} ms${ratio} (${round(side.warmed.bytes / MB)} MB read into the OS file cache first); ${measured.rows} rows from the engine; ` +
              (equal ? 'result deep-equal to aggregate()' : 'aggregate() not run at this size, so not compared') +
              `; loaded in ${round(side.loaded.seconds)} s`,
          }),
        );
        const memory =
          engine === 'duckdb'
            ? {
                value: (measured.memory.peak - measured.memory.base) / MB,
                note: `peak RSS of the Node process that opens the file and counts (DuckDB inside it), above its RSS before opening; JS heap ${round(measured.heapUsed / MB)} MB after`,
              }
            : {
                value: measured.memory.backendPeak === null ? null : measured.memory.backendPeak / MB,
                note: `peak RSS of the PostgreSQL backend that ran the query (shared buffers it touched included; parallel workers not); the Node client's peak RSS ${round(measured.memory.client / MB)} MB`,
              };
        figures.push(
          figure(`${key(engine)}.peakMemory`, {
            label: `${what}: peak memory counting ${label(size)} records`,
            unit: 'MB',
            ...(engine === 'duckdb' && inNode ? { peer: 'aggregate() in Node', peerValue: (inNode.last.memory.peak - inNode.last.memory.base) / MB } : {}),
            ...memory,
          }),
        );
      }
    } finally {
      for (const side of sides) side.worker.kill();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseOptions(process.argv.slice(2), { child: '', dist: '', size: '', file: '', url: '', quick: false, sizes: '', json: false });
  const dist = distDir(o.dist);
  const out = (value) => console.log(JSON.stringify(value));
  if (o.child === 'node') await nodeChild(dist, Number(o.size));
  else if (o.child === 'duckdb-load') out(await duckdbLoadChild(dist, Number(o.size), o.file));
  else if (o.child === 'duckdb-query') await duckdbQueryChild(dist, o.file);
  else if (o.child === 'postgres-load') out(await postgresLoad(dist, o.url, Number(o.size)));
  else if (o.child === 'postgres-query') await postgresQueryChild(dist, o.url);
  else {
    const figures = await run({ quick: o.quick, dist, ...(o.sizes ? { sizes: o.sizes.split(',').map(Number) } : {}) });
    if (o.json) out(figures);
    else console.log(textTable(['figure', 'samsyn', 'peer', 'ratio', 'note'], tableRows(figures)));
    if (figures.some((f) => f.value === null && !/^not (built yet|run)/.test(f.note ?? ''))) process.exitCode = 1;
  }
}

#!/usr/bin/env node
// @ts-check
// Ingest: records per second POSTed to samsyn-server through its API, by 50
// concurrent clients (each POST validated and committed before its 201), on
// the embedded DuckDB file and on PostgreSQL. The server runs as its own
// process, as a kommun runs it; this process is only the clients (the same
// ones as the durability test's: tests/helpers/server-load.mjs). The rate
// limit is off here: the figure is what the service can take, not the limit.
//
//   node bench/ingest.mjs [--quick] [--records 10000] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseOptions, projectRoot } from './lib/child.mjs';
import { figure, tableRows, textTable } from './lib/figures.mjs';
import { postConcurrently, spawnServer } from '../tests/helpers/server-load.mjs';

const CLIENTS = 50;

/** POSTs `count` records (keys `<run>-0`, …) from CLIENTS concurrent clients; resolves with records per second. */
async function ingest(/** @type {string} */ base, /** @type {string} */ run, /** @type {number} */ count, /** @type {any[]} */ records, /** @type {string} */ bearer) {
  const bodies = records.map((r) => JSON.stringify({ ...r, unit: 'nv-boendestod' }));
  const load = await postConcurrently({ base, bearer, count, clients: CLIENTS, period: '2050', bodyOf: (i) => bodies[i % bodies.length], keyOf: (i) => `${run}-${i}` });
  const other = Object.keys(load.statuses).filter((s) => s !== '201');
  if (other.length) throw new Error(`POSTs answered ${JSON.stringify(load.statuses)}`);
  return count / load.seconds;
}

export async function run({ quick = false, records: wanted = undefined } = {}) {
  const count = Number(wanted ?? (quick ? 2000 : 10_000));
  const { generateRecords } = await import(pathToFileURL(join(projectRoot, 'dist/aggregate.js')).href);
  const { readFileSync } = await import('node:fs');
  const access = JSON.parse(readFileSync(join(projectRoot, 'demo/tokens.json'), 'utf8'));
  const bearer = access.tokens.find((/** @type {any} */ t) => t.kommun === 'norrvik' && t.role === 'caseworker').token;
  const records = generateRecords({ count: 1000, seed: 50 });
  const figures = [];
  for (const engine of ['duckdb', 'postgres']) {
    const key = `ingest.${engine}`;
    const label = `ingest through the API, ${engine === 'duckdb' ? 'DuckDB file' : 'PostgreSQL'} (${CLIENTS} clients)`;
    /** @type {{ env: Record<string, string>, stop: () => Promise<void> } | undefined} */
    let db;
    try {
      if (engine === 'duckdb') {
        const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-'));
        db = { env: { SAMSYN_DATA: join(dir, 'samsyn.duckdb') }, stop: async () => rmSync(dir, { recursive: true, force: true }) };
      } else {
        const { startPostgres } = await import(pathToFileURL(join(projectRoot, 'tests/helpers/postgres.mjs')).href);
        const pg = await startPostgres();
        db = { env: { DATABASE_URL: pg.url }, stop: async () => pg.stop() };
      }
    } catch (error) {
      figures.push(figure(key, { label, value: null, unit: 'records/s', note: `not measured: ${/** @type {Error} */ (error).message}` }));
      continue;
    }
    const server = await spawnServer({ ...db.env, SAMSYN_RATE_LIMIT: '0' });
    try {
      await ingest(server.url, 'warm-up', Math.min(500, count), records, bearer); // connections, JIT, the table's first pages
      const rate = await ingest(server.url, 'bench', count, records, bearer);
      figures.push(figure(key, { label, value: rate, unit: 'records/s', note: `${count} records, each validated and committed before its 201` }));
    } finally {
      await server.stop();
      await db.stop();
    }
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const o = parseOptions(process.argv.slice(2), { quick: false, records: '', json: false });
  const figures = await run({ quick: o.quick, records: o.records || undefined });
  if (o.json) console.log(JSON.stringify(figures));
  else console.log(textTable(['figure', 'samsyn', 'peer', 'ours ÷ peer', 'notes'], tableRows(figures)));
}

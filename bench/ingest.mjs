#!/usr/bin/env node
// @ts-check
// Ingest: records per second POSTed to samsyn-server through its API, by 50
// concurrent clients (each POST validated and committed before its 201), on
// the embedded DuckDB file and on PostgreSQL. The server runs as its own
// process, as a kommun runs it; this process is only the clients.
//
//   node bench/ingest.mjs [--quick] [--records 10000] [--json]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseOptions, projectRoot } from './lib/child.mjs';
import { figure, tableRows, textTable } from './lib/figures.mjs';

const CLIENTS = 50;

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
  probe.close();
  await once(probe, 'close');
  return port;
}

/** samsyn-server as a child process on `env`; resolves with it and its address once it listens. */
async function startServer(/** @type {Record<string, string>} */ env) {
  const port = await freePort();
  const child = spawn(process.execPath, ['server/cli.mjs'], { cwd: projectRoot, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes('samsyn-server on')) resolve(undefined);
    });
    child.once('exit', (code) => reject(new Error(`samsyn-server exited (${code}): ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** POSTs `count` records from CLIENTS concurrent clients; resolves with records per second. */
async function ingest(/** @type {string} */ base, /** @type {number} */ count, /** @type {any[]} */ records, /** @type {string} */ bearer) {
  const bodies = records.map((r) => JSON.stringify({ ...r, unit: 'nv-boendestod' }));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; i < count; i += CLIENTS) {
        const response = await fetch(`${base}/api/records?period=2050`, {
          method: 'POST',
          headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'idempotency-key': `bench-${i}` },
          body: bodies[i % bodies.length],
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`POST answered ${response.status}`);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
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
    const server = await startServer(db.env);
    try {
      await ingest(server.base, Math.min(500, count), records, bearer); // warm-up: connections, JIT, the table's first pages
      const rate = await ingest(server.base, count, records, bearer);
      figures.push(figure(key, { label, value: rate, unit: 'records/s', note: `${count} records, each validated and committed before its 201` }));
    } finally {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
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

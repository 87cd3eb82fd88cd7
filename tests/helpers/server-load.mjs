// @ts-check
// The load on samsyn-server that tests/node/server-durability.test.mjs and
// bench/ingest.mjs both make, written once: the server as a process of its
// own on a free port (as a kommun runs it: the clients do not share its
// event loop), and many concurrent clients POSTing records, each with an
// Idempotency-Key, some sent twice (a retry while the first is on its way, or
// after its answer was lost), and every 429 or 503 waited out for its
// Retry-After and sent again, as a careful client does.
//
//   const server = await spawnServer({ SAMSYN_DATA: file });         // { child, url, stop }
//   const load = await postConcurrently({ base: server.url, bearer, count: 10_000, clients: 50,
//     bodyOf: (i) => JSON.stringify(records[i % records.length]), keyOf: (i) => `load-${i}` });
//   // load: { statuses: { 201: 10000 }, retried, throttled, seconds }
//   await server.stop();
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as wait } from 'node:timers/promises';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on right now. */
export async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * Resolves when `child` has exited: at once when it already has (its 'exit'
 * event is gone by then, and waiting for it would wait for ever).
 * @param {import('node:child_process').ChildProcess} child
 */
export const exited = (child) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit'));

/**
 * `node server/cli.mjs` in the project's folder with `env` added to this
 * process's environment (the demo's access file unless `env` names one);
 * resolves once it says it listens.
 * @param {Record<string, string>} env
 * @param {{ port?: number }} [options] The port (a free one by default): a restart can take the same.
 */
export async function spawnServer(env, { port } = {}) {
  const at = port ?? (await freePort());
  const child = spawn(process.execPath, ['server/cli.mjs'], {
    cwd: root,
    env: { ...process.env, SAMSYN_ACCESS: 'demo/tokens.json', ...env, PORT: String(at) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('samsyn-server on')) resolve(undefined);
    });
    child.once('exit', (code) => reject(new Error(`samsyn-server exited (${code}) before listening: ${out}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${at}`,
    /** SIGTERM, and resolves once it has exited. */
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** How many times one request waits out a 429 or 503 before its status is taken as the answer. */
const PATIENCE = 60;

/**
 * POSTs one record (`body`, JSON text) with an Idempotency-Key. A 429 or 503
 * with Retry-After is waited out and sent again (counted in
 * `stats.throttled`). Resolves with the final status, 0 when the connection
 * failed.
 * @param {{ base: string, bearer: string, body: string, key: string, period: string, stats?: { throttled: number } }} request
 */
export async function postRecord({ base, bearer, body, key, period, stats }) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(`${base}/api/records?period=${period}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'idempotency-key': key },
        body,
      });
      await response.arrayBuffer();
    } catch {
      return 0;
    }
    const header = response.headers.get('retry-after');
    const after = header === null ? NaN : Number(header);
    if (!(response.status === 429 || response.status === 503) || !(after >= 0) || attempt >= PATIENCE) return response.status;
    if (stats) stats.throttled++;
    // Retry-After is the protocol here: the server said when to come back.
    await wait(Math.max(after, 0.05) * 1000);
  }
}

/**
 * `count` records POSTed by `clients` concurrent clients (client c sends
 * record c, c + clients, …, one after the other). `retry(i)` sends record i
 * twice with the same key: `'together'` (the retry while the first is on its
 * way) or `'after'` (once the first is answered, as when its answer was lost).
 * @param {object} options
 * @param {string} options.base
 * @param {string | ((client: number) => string)} options.bearer A caseworker's token, or client c's own.
 * @param {number} options.count
 * @param {number} options.clients
 * @param {(i: number) => string} options.bodyOf Record i as JSON text.
 * @param {(i: number) => string} options.keyOf Record i's Idempotency-Key.
 * @param {string} [options.period]
 * @param {(i: number) => 'together' | 'after' | null} [options.retry]
 * @returns {Promise<{ statuses: Record<string, number>, retried: number, throttled: number, seconds: number }>}
 *   `statuses`: how many requests got each final status (retries included).
 */
export async function postConcurrently({ base, bearer, count, clients, bodyOf, keyOf, period = '2040', retry = () => null }) {
  /** @type {Record<string, number>} */
  const statuses = {};
  const stats = { throttled: 0 };
  let retried = 0;
  const tokenOf = typeof bearer === 'function' ? bearer : () => bearer;
  const send = async (/** @type {number} */ i) => {
    const status = await postRecord({ base, bearer: tokenOf(i % clients), body: bodyOf(i), key: keyOf(i), period, stats });
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; i < count; i += clients) {
        const twice = retry(i);
        if (twice) retried++;
        if (twice === 'together') await Promise.all([send(i), send(i)]);
        else {
          await send(i);
          if (twice === 'after') await send(i);
        }
      }
    }),
  );
  return { statuses, retried, throttled: stats.throttled, seconds: (performance.now() - started) / 1000 };
}

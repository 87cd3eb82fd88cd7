// @ts-check
// Starts samsyn-server for a test on a free port, over either engine, and
// talks to it over real HTTP.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/index.mjs';
import { startPostgres } from './postgres.mjs';

/** @type {{ tokens: Array<{ token: string, kommun: string, role: string }> }} */
export const access = JSON.parse(readFileSync(new URL('../../demo/tokens.json', import.meta.url), 'utf8'));

/** The demo token of `kommun` and `role`. */
export const token = (/** @type {string} */ kommun, /** @type {string} */ role) => {
  const found = access.tokens.find((t) => t.kommun === kommun && t.role === role);
  if (!found) throw new Error(`no demo token for ${kommun} ${role}`);
  return found.token;
};

export const ENGINES = /** @type {const} */ (['duckdb', 'postgres']);

/** Why the PostgreSQL runs are skipped here (not installed, and not CI, which installs it), or false. */
export { postgresSkipReason } from './postgres.mjs';

/**
 * A database of `engine` for one test file: a DuckDB file in a temporary
 * folder, or a PostgreSQL cluster of its own.
 * @param {'duckdb' | 'postgres'} engine
 * @returns {Promise<{ options: { databaseUrl?: string, duckdbPath?: string }, stop: () => Promise<void> }>}
 */
export async function openDatabase(engine) {
  if (engine === 'postgres') {
    const pg = await startPostgres();
    return { options: { databaseUrl: pg.url }, stop: async () => pg.stop() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-duckdb-'));
  return { options: { duckdbPath: join(dir, 'samsyn.duckdb') }, stop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The service on a free port over `database`.
 * @param {{ databaseUrl?: string, duckdbPath?: string }} database
 * @param {Omit<Parameters<typeof startServer>[0], 'port' | 'accessPath' | 'databaseUrl' | 'duckdbPath'>} [more] Seeding, static files, rate limits, proxies, import workers.
 */
export async function startTestServer(database, more = {}) {
  return startServer({ port: 0, accessPath: 'demo/tokens.json', ...database, ...more });
}

/**
 * One request; the reply's status, headers and body (JSON when it is JSON).
 * @param {string} base
 * @param {string} path
 * @param {{ method?: string, token?: string | null, json?: unknown, body?: BodyInit, headers?: Record<string, string>, lang?: string }} [options]
 */
export async function call(base, path, { method = 'GET', token: bearer = null, json, body, headers = {}, lang } = {}) {
  /** @type {Record<string, string>} */
  const h = { ...headers };
  if (bearer) h.authorization = `Bearer ${bearer}`;
  if (lang) h['accept-language'] = lang;
  if (json !== undefined) h['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(base + path, { method, headers: h, body: json !== undefined ? JSON.stringify(json) : body });
  } catch (error) {
    throw new Error(`${method} ${path}: ${/** @type {any} */ (error).cause?.message ?? error}`);
  }
  const text = await response.text();
  let data = /** @type {any} */ (text);
  if ((response.headers.get('content-type') ?? '').includes('json')) data = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: data };
}

// @ts-check
// The two engines behind one small interface: an embedded DuckDB file (the
// default, nothing to install) or PostgreSQL (DATABASE_URL). The SQL itself
// comes from samsyn/sql; this file only runs it.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {Record<string, unknown>} Row
 * @typedef {(text: string, values?: unknown[]) => Promise<Row[]>} Query
 * @typedef {object} Store
 * @property {'duckdb' | 'postgres'} dialect
 * @property {Query} query
 * @property {<T>(work: (query: Query) => Promise<T>) => Promise<T>} transaction All or nothing.
 * @property {(error: unknown) => boolean} isDuplicateKey Whether an insert failed on the primary key.
 * @property {() => Promise<void>} close
 */

/** Counts come back as bigint from both drivers' 64-bit integers; the aggregate layer wants numbers. */
const plain = (/** @type {Row} */ row) => {
  /** @type {Row} */
  const out = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
};

/**
 * An embedded DuckDB file. DuckDB allows one writing process; within it,
 * every statement runs on one connection, one after the other, so that a
 * transaction never interleaves with another request's statement.
 * @param {string} path A file path, or ':memory:'.
 * @returns {Promise<Store>}
 */
export async function openDuckDb(path) {
  const { DuckDBInstance, listValue } = await import('@duckdb/node-api');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  /** @type {Promise<unknown>} */
  let tail = Promise.resolve();
  /** @template T @param {() => Promise<T>} work @returns {Promise<T>} */
  const serial = (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
  /** @param {unknown} v @returns {any} */
  const toDuck = (v) => (Array.isArray(v) ? listValue(v.map(toDuck)) : v === undefined ? null : v);
  // Planning an insert of a wide row costs more than running it: each distinct insert is prepared once.
  /** @type {Map<string, import('@duckdb/node-api').DuckDBPreparedStatement>} */
  const prepared = new Map();
  /** @type {Query} */
  const direct = async (text, values = []) => {
    if (values.length && /^\s*INSERT\b/i.test(text)) {
      let statement = prepared.get(text);
      if (!statement) {
        statement = await connection.prepare(text);
        if (prepared.size > 100) prepared.clear();
        prepared.set(text, statement);
      }
      statement.bind(values.map(toDuck));
      await statement.run();
      return [];
    }
    const reader = await connection.runAndReadAll(text, values.length ? values.map(toDuck) : undefined);
    return reader.getRowObjectsJS().map(plain);
  };
  return {
    dialect: 'duckdb',
    query: (text, values) => serial(() => direct(text, values)),
    transaction: (work) =>
      serial(async () => {
        await connection.run('BEGIN TRANSACTION');
        try {
          const result = await work(direct);
          await connection.run('COMMIT');
          return result;
        } catch (error) {
          await connection.run('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
    isDuplicateKey: (error) => /duplicate key|primary key|unique constraint/i.test(String(/** @type {Error} */ (error)?.message)),
    close: async () =>
      serial(async () => {
        connection.closeSync();
        instance.closeSync();
      }),
  };
}

/**
 * PostgreSQL through a small pool. Every statement outside a transaction
 * commits on its own, so a reply sent after it is durable (synchronous_commit
 * is on by default).
 * @param {string} url postgres://…
 * @returns {Promise<Store>}
 */
export async function openPostgres(url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's error (the database restarted) must not take the process down.
  pool.on('error', () => undefined);
  /** @param {import('pg').Pool | import('pg').PoolClient} client @returns {Query} */
  const on = (client) => async (text, values = []) => {
    // Several statements in one text (a table and its index) give one result each: the last one's rows.
    // An insert is prepared once per connection (a named statement), the others are planned each time.
    const name = values.length && /^\s*INSERT\b/i.test(text) ? `samsyn-${createHash('sha1').update(text).digest('hex').slice(0, 16)}` : undefined;
    const result = /** @type {any} */ (await client.query(name ? { name, text, values } : { text, values }));
    return (Array.isArray(result) ? result.at(-1) : result).rows.map(plain);
  };
  return {
    dialect: 'postgres',
    query: on(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    isDuplicateKey: (error) => /** @type {{ code?: string }} */ (error)?.code === '23505',
    close: () => pool.end(),
  };
}

/**
 * The engine DATABASE_URL names, or the DuckDB file.
 * @param {{ databaseUrl?: string, duckdbPath?: string }} options
 */
export function openStore({ databaseUrl, duckdbPath = 'data/samsyn.duckdb' }) {
  return databaseUrl ? openPostgres(databaseUrl) : openDuckDb(duckdbPath);
}

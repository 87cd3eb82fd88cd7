// @ts-check
// The two engines behind one small interface: an embedded DuckDB file (the
// default, nothing to install) or PostgreSQL (DATABASE_URL). The SQL itself
// comes from samsyn/sql; this file only runs it.
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
  /** @type {Query} */
  const direct = async (text, values = []) => {
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
  const on = (client) => async (text, values = []) => (await client.query(text, values)).rows.map(plain);
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

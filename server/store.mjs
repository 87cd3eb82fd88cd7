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
 * @property {Query} read A statement that only reads. It sees what was committed before it and never waits for a
 *   transaction under way (on DuckDB it has a connection of its own, which an import's transaction does not hold).
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

/** A queue that runs each piece of work after the one before it has settled. */
function serially() {
  /** @type {Promise<unknown>} */
  let tail = Promise.resolve();
  /** @template T @param {() => Promise<T>} work @returns {Promise<T>} */
  return (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * An embedded DuckDB file. DuckDB allows one writing process; within it,
 * every statement that writes runs on one connection, one after the other,
 * so that a transaction never interleaves with another request's statement.
 * Reads (`read`) run on a second connection, one after the other: a report
 * asked for while an import's transaction stores 20,000 rows (9–16 s) is
 * counted from what was committed before it, at once, and does not wait for
 * the import.
 * @param {string} path A file path, or ':memory:'.
 * @returns {Promise<Store>}
 */
export async function openDuckDb(path) {
  const { DuckDBInstance, listValue } = await import('@duckdb/node-api');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const reader = await instance.connect();
  const serial = serially();
  const serialRead = serially();
  /** @param {unknown} v @returns {any} */
  const toDuck = (v) => (Array.isArray(v) ? listValue(v.map(toDuck)) : v === undefined ? null : v);
  /** The rows of a statement on `on`. @param {import('@duckdb/node-api').DuckDBConnection} on @param {string} text @param {unknown[]} values */
  const rowsOf = async (on, text, values) => (await on.runAndReadAll(text, values.length ? values.map(toDuck) : undefined)).getRowObjectsJS().map(plain);
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
    return rowsOf(connection, text, values);
  };
  return {
    dialect: 'duckdb',
    query: (text, values) => serial(() => direct(text, values)),
    read: (text, values = []) => serialRead(() => rowsOf(reader, text, values)),
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
    close: async () => {
      await Promise.all([serial(async () => connection.closeSync()), serialRead(async () => reader.closeSync())]);
      instance.closeSync();
    },
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
    read: on(pool),
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
 * Inserts of the same table and columns as fewer statements of up to `rows`
 * rows each (`INSERT … VALUES (…), (…)`, the placeholders renumbered): an
 * import of 20,000 records is 1,000 round trips instead of 20,000. On DuckDB,
 * whose one connection the import's transaction holds, 20 rows a statement
 * stored 20,000 records two to three times as fast as one (8.6–16 s against
 * 26–39 s on a loaded 2-core machine); 100 rows a statement were slower again.
 * A statement of another shape is kept as it is.
 * @param {Array<{ text: string, values: unknown[] }>} statements
 * @param {number} [rows]
 */
export function combineInserts(statements, rows = 20) {
  /** What each distinct text is: its part before VALUES and its tuple cut at the placeholders, or null when it is not one plain tuple. */
  /** @type {Map<string, { head: string, pieces: string[] } | null>} */
  const shapes = new Map();
  const shapeOf = (/** @type {string} */ text, /** @type {number} */ count) => {
    if (!shapes.has(text)) {
      const at = text.lastIndexOf(' VALUES (');
      const tuple = at > 0 && text.endsWith(')') && /^\s*INSERT\b/i.test(text) ? text.slice(at + ' VALUES '.length) : null;
      // One tuple whose placeholders are $1 … $n in order, each once: anything else is left alone.
      const numbers = tuple ? [...tuple.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])) : [];
      const plain = tuple !== null && numbers.every((n, i) => n === i + 1);
      shapes.set(text, plain ? { head: text.slice(0, at), pieces: /** @type {string} */ (tuple).split(/\$\d+/) } : null);
    }
    const shape = shapes.get(text);
    return shape && shape.pieces.length === count + 1 ? shape : null;
  };
  /** @type {Array<{ text: string, values: unknown[] }>} */
  const out = [];
  /** @type {{ text: string, head: string, tuples: string[], values: unknown[] } | null} */
  let open = null;
  const close = () => {
    if (open) out.push(open.tuples.length === 1 ? { text: open.text, values: open.values } : { text: `${open.head} VALUES ${open.tuples.join(', ')}`, values: open.values });
    open = null;
  };
  for (const { text, values } of statements) {
    const shape = shapeOf(text, values.length);
    if (!shape) {
      close();
      out.push({ text, values });
      continue;
    }
    if (!open || open.text !== text || open.tuples.length >= rows) {
      close();
      open = { text, head: shape.head, tuples: [], values: [] };
    }
    const offset = open.values.length;
    let tuple = shape.pieces[0];
    for (let i = 1; i < shape.pieces.length; i++) tuple += `$${offset + i}${shape.pieces[i]}`;
    open.tuples.push(tuple);
    open.values.push(...values);
  }
  close();
  return out;
}

/**
 * The engine DATABASE_URL names, or the DuckDB file.
 * @param {{ databaseUrl?: string, duckdbPath?: string }} options
 */
export function openStore({ databaseUrl, duckdbPath = 'data/samsyn.duckdb' }) {
  return databaseUrl ? openPostgres(databaseUrl) : openDuckDb(duckdbPath);
}

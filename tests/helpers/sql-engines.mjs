// The two engines `samsyn/sql` writes for, behind one small interface for
// tests: `exec(sql)` runs statements, `query(text, values)` returns rows as
// plain objects, the way each driver gives them (DuckDB: bigints; pg:
// strings for bigint).
//
//   const engine = await openEngine('duckdb');  // or 'postgres'
//   await engine.exec(createTableSql(def, { dialect: engine.dialect }));
//   await engine.close();
//
// PostgreSQL is a fresh cluster from ./postgres.mjs, started once per
// process and stopped when the last engine on it closes.
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { startPostgres } from './postgres.mjs';

export const DIALECTS = /** @type {const} */ (['duckdb', 'postgres']);

let server;
let users = 0;

/**
 * An engine: `{ dialect, exec(sql), query(text, values), close() }`.
 * @param {import('samsyn/sql').SqlDialect} dialect
 */
export async function openEngine(dialect) {
  if (dialect === 'duckdb') {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    return {
      dialect,
      exec: async (sql) => {
        await connection.run(sql);
      },
      query: async (text, values = []) => (await connection.runAndReadAll(text, values)).getRowObjectsJS(),
      close: async () => {
        connection.closeSync();
        instance.closeSync();
      },
    };
  }
  if (dialect !== 'postgres') throw new Error(`openEngine: no engine "${dialect}"`);
  users++;
  server ??= startPostgres();
  let client;
  try {
    const { url } = await server;
    client = new pg.Client({ connectionString: url });
    await client.connect();
  } catch (error) {
    await release();
    throw error;
  }
  return {
    dialect,
    url: (await server).url,
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async (text, values = []) => (await client.query(text, values)).rows,
    close: async () => {
      await client.end();
      await release();
    },
  };
}

async function release() {
  if (--users > 0 || !server) return;
  const started = server;
  server = undefined;
  await (await started.catch(() => ({ stop: () => undefined }))).stop();
}

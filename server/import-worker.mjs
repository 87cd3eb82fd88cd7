// @ts-check
// A worker thread of the import pool (import-pool.mjs): turns a CSV or XLSX
// file into the statements that store it (the spreadsheet-bomb check,
// parsing, every row checked with samsyn/schema, the inserts written by
// samsyn/sql), away from the event loop that answers requests. The
// statements go back in parts, so that taking them in never holds up the
// event loop for long either.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { insertSql } from '../dist/sql.js';
import { ImportRefused, readRows, rowsToRecords } from './import.mjs';
import { combineInserts } from './store.mjs';

/** @type {{ definition: any, dialect: 'duckdb' | 'postgres', table: string }} */
const { definition, dialect, table } = workerData;
/** Statements a message: 50 of 20 rows, a thousand records. */
const PART = 50;
/** Errors named in the answer; the count says how many there were. */
const NAMED_ERRORS = 1000;

/** @typedef {{ id: number, bytes: Uint8Array, locale: import('./messages.mjs').Locale, kommun: string, period: string }} Job */

/** @param {Job} job */
async function read({ id, bytes, locale, kommun, period }) {
  const post = (/** @type {object} */ message) => parentPort?.postMessage({ id, ...message });
  try {
    const rows = await readRows(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), locale);
    const { records, errors } = rowsToRecords(definition, rows, locale);
    if (errors.length) return post({ errors: errors.slice(0, NAMED_ERRORS), errorCount: errors.length });
    const statements = combineInserts(records.map((record) => insertSql(definition, record, { dialect, table, kommun, period, id: randomUUID() })));
    for (let at = 0; at < statements.length; at += PART) post({ statements: statements.slice(at, at + PART) });
    post({ imported: records.length });
  } catch (error) {
    if (error instanceof ImportRefused) return post({ refused: { status: error.status, message: error.message } });
    post({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

parentPort?.on('message', (/** @type {Job} */ job) => void read(job));

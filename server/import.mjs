// @ts-check
// Spreadsheet import: a CSV or XLSX file whose columns are the question ids
// (and `unit`) and whose cells are the option codes. Every row is checked with
// samsyn/schema; the caller stores all rows or none.
import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { questionsOf, recordSchemaFor, definitionRef } from '../dist/schema.js';
import { messages } from './messages.mjs';

/** @typedef {import('./messages.mjs').Locale} Locale */
/** @typedef {{ row: number | null, column: string | null, message: string }} ImportError */

export const MAX_ROWS = 20_000;
/** What all of an XLSX file's parts may unpack to: a real sheet of 20,000 rows is a few MB. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Codes of a many-choice question in one cell. */
export const MANY_SEPARATOR = '|';

export class ImportRefused extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {number} bytes */
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The template: a header row of `unit` and every question id, `;`-separated
 * with a BOM so that Swedish Excel opens it in columns.
 * @param {any} definition
 */
export function templateCsv(definition) {
  const columns = ['unit', ...questionsOf(definition).map((/** @type {any} */ { question }) => question.id)];
  return `\uFEFF${columns.join(';')}\r\n`;
}

/**
 * Unpacks the zip in a stream, counting what comes out, and refuses it as
 * soon as it passes the limit: the sizes an archive declares can lie, so a
 * bomb is caught by what inflating it actually gives, never by allocating it.
 * Resolves whether it stayed within `limit`, and how much it had unpacked.
 * @param {Uint8Array} bytes
 * @param {number} limit
 * @returns {{ within: boolean, unpacked: number }}
 */
export function checkUnpackedSize(bytes, limit = MAX_UNPACKED_BYTES) {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    if (over) return;
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Feeding in small slices stops the work soon after the limit (deflate packs up to about 1,000:1).
  const slice = 4 * 1024;
  for (let at = 0; at < bytes.length && !over; at += slice) {
    unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
  }
  return { within: !over, unpacked: total };
}

/** @param {Uint8Array} bytes */
const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The file's rows as cells, header first.
 * @param {Buffer} bytes
 * @param {Locale} locale
 * @returns {Promise<unknown[][]>}
 */
export async function readRows(bytes, locale) {
  const m = messages[locale];
  if (isZip(bytes)) {
    let safe;
    try {
      safe = checkUnpackedSize(bytes).within;
    } catch {
      throw new ImportRefused(400, m.unreadableFile);
    }
    if (!safe) throw new ImportRefused(413, m.spreadsheetTooLarge(mb(MAX_UNPACKED_BYTES)));
    try {
      return /** @type {unknown[][]} */ (await readSheet(bytes));
    } catch {
      throw new ImportRefused(400, m.unreadableFile);
    }
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000')) throw new ImportRefused(415, m.unknownFileType);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to: MAX_ROWS + 2 });
  } catch {
    throw new ImportRefused(400, m.unreadableFile);
  }
}

/** A cell a spreadsheet program could run: =, +, -, @ (or a tab or return before them) first, and not simply a number. */
const looksLikeFormula = (/** @type {string} */ s) => /^[\t\r ]*[=+\-@]/.test(s) && !/^[+-]?\d+([.,]\d+)?$/.test(s.trim());

/**
 * Turns rows into records, or lists every bad row and column.
 * @param {any} definition
 * @param {unknown[][]} rows
 * @param {Locale} locale
 * @returns {{ records: any[], errors: ImportError[] }}
 */
export function rowsToRecords(definition, rows, locale) {
  const m = messages[locale];
  /** @type {ImportError[]} */
  const errors = [];
  const [header = [], ...body] = rows;
  // Spreadsheet row numbers (the header is row 1) of the rows that hold anything.
  const data = body
    .map((row, i) => /** @type {[unknown[], number]} */ ([row, i + 2]))
    .filter(([row]) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''));
  if (data.length === 0) throw new ImportRefused(400, m.emptyFile);
  if (data.length > MAX_ROWS) throw new ImportRefused(413, m.tooManyRows(MAX_ROWS));
  const questions = new Map(questionsOf(definition).map((/** @type {any} */ { question }) => [question.id, question]));
  const columns = header.map((cell) => String(cell ?? '').replace(/^\uFEFF/, '').trim());
  const seen = new Set();
  columns.forEach((column) => {
    if (column === '') return;
    if (seen.has(column)) errors.push({ row: 1, column, message: m.duplicateColumn(column) });
    else if (column !== 'unit' && !questions.has(column)) errors.push({ row: 1, column, message: m.unknownColumn(column) });
    seen.add(column);
  });
  if (errors.length) return { records: [], errors };
  const schema = recordSchemaFor(definition, { locale });
  const ref = definitionRef(definition);
  const records = [];
  const position = new Map(columns.map((c, i) => [c, i]));
  for (const [row, rowNumber] of data) {
    /** @type {Record<string, unknown>} */
    const answers = {};
    /** @type {Record<string, unknown>} */
    const record = { definition: ref };
    /** @type {ImportError[]} */
    const rowErrors = [];
    columns.forEach((column, c) => {
      const cell = row[c];
      if (column === '' || cell === null || cell === undefined) return;
      const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
      if (text === '') return;
      if (looksLikeFormula(text)) {
        rowErrors.push({ row: rowNumber, column, message: m.formula });
        return;
      }
      if (column === 'unit') {
        record.unit = text;
        return;
      }
      const q = questions.get(column);
      if (q.kind === 'many') answers[column] = text.split(MANY_SEPARATOR).map((s) => s.trim()).filter(Boolean);
      else if (q.kind === 'number' || (q.kind === 'scale' && /^[\d.,-]+$/.test(text))) {
        const n = typeof cell === 'number' ? cell : Number(text.replace(',', '.'));
        if (Number.isNaN(n)) rowErrors.push({ row: rowNumber, column, message: m.notANumber });
        else answers[column] = n;
      } else answers[column] = text;
    });
    record.answers = answers;
    // The rest of the row is still checked, so that one reply names every problem; a cell already refused is named once.
    const parsed = schema.safeParse(record);
    if (parsed.success && rowErrors.length === 0) records.push(parsed.data);
    if (!parsed.success) {
      const refused = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] === 'answers' && typeof issue.path[1] === 'string' ? issue.path[1] : issue.path[0] === 'unit' ? 'unit' : null;
        if (!refused.has(column)) rowErrors.push({ row: rowNumber, column, message: issue.message });
      }
    }
    const at = (/** @type {string | null} */ column) => (column === null ? -1 : position.get(column) ?? columns.length);
    errors.push(...rowErrors.sort((a, b) => at(a.column) - at(b.column)));
  }
  return { records: errors.length ? [] : records, errors };
}

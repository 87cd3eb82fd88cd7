import { aggregateCounted, breakdownsFor, type AggregateOptions, type FinestCounts } from '../aggregate/aggregate.js';
import { Kind, compileDefinition, type CompiledDefinition, type CompiledQuestion } from '../aggregate/compile.js';
import type { AggregateResult } from '../schema/aggregate-result.js';
import type { Definition } from '../schema/questionnaire.js';
import { recordSchemaFor } from '../schema/record.js';

/** The SQL engines the text is written for. PostgreSQL's also runs on Citus and PGlite. */
export type SqlDialect = 'postgres' | 'duckdb';

/** A statement with positional `$1`, `$2`… placeholders and their values, for any driver of either engine. */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

export interface TableOptions {
  dialect: SqlDialect;
  /** The records table, optionally with its schema (`stats.samsyn_records`). Default `samsyn_records`. */
  table?: string;
}

export interface InsertOptions extends TableOptions {
  /** The kommun the record belongs to (its kommun code, such as `0180`). */
  kommun: string;
  /** The period the record describes (`2015`, `2026-H1`). */
  period: string;
  /** The record's id; the database makes a random one (a UUID) when absent. */
  id?: string;
}

export interface AggregateSqlOptions extends TableOptions {
  /** Break every figure down by this single-choice question, as `aggregate()` accepts it. */
  by?: string;
  kommun: string;
  /** Only the records of this period; every period when absent. */
  period?: string;
}

/** The issues a record failed on, as the record schema (`samsyn/schema`) gives them. */
export interface InvalidRecordIssue {
  path: PropertyKey[];
  message: string;
}

export const DEFAULT_TABLE = 'samsyn_records';
/** Options of a multiple-choice question are bits of a BIGINT, leaving out the sign bit. */
export const MAX_MANY_OPTIONS = 63;

const DIALECTS: readonly SqlDialect[] = ['postgres', 'duckdb'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function checkDialect(dialect: unknown): SqlDialect {
  if (!DIALECTS.includes(dialect as SqlDialect)) {
    throw new TypeError(`samsyn/sql: dialect must be one of ${DIALECTS.map((d) => `"${d}"`).join(', ')}, not ${shown(dialect)}.`);
  }
  return dialect as SqlDialect;
}

/** A value as a message shows it: JSON where it can be, bigints as digits. */
function shown(value: unknown): string {
  if (typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The table name, checked (letters, digits, underscores; a schema before a dot) and quoted. */
function tableName(table: unknown): { sql: string; name: string } {
  const name = table ?? DEFAULT_TABLE;
  const parts = typeof name === 'string' ? name.split('.') : [];
  if (parts.length < 1 || parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
    throw new TypeError(
      `samsyn/sql: table must be a name of letters, digits and underscores (at most 63, not starting with a digit), optionally after a schema and a dot; not ${shown(name)}.`,
    );
  }
  return { sql: parts.map(quote).join('.'), name: parts[parts.length - 1] };
}

function checkText(name: string, value: unknown, optional = false): string | undefined {
  if (optional && value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(`samsyn/sql: ${name} must be a non-empty string, not ${shown(value)}.`);
  }
  return storable(name, value);
}

/** PostgreSQL's text cannot hold the NUL character; refused in both dialects, so that a table moves between them. */
function storable(name: string, value: string): string {
  if (value.includes('\0')) throw new TypeError(`samsyn/sql: ${name} contains a NUL character (U+0000), which PostgreSQL cannot store.`);
  return value;
}

/** 32-bit FNV-1a, for a short stable suffix. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A question's column: `q_` and its id (so that no question id can take the
 * name of a fixed column), cut to PostgreSQL's 63 bytes with a hash of the
 * whole id when longer. Question ids are ASCII letters and digits.
 */
export function columnName(questionId: string): string {
  const name = `q_${questionId}`;
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${fnv1a(questionId)}`;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

function columnType(q: CompiledQuestion, dialect: SqlDialect): string {
  const question = q.question;
  switch (q.kind) {
    case Kind.One:
    case Kind.Scale:
      // DuckDB counts an ENUM by its small integer; PostgreSQL keeps the code as text.
      return dialect === 'duckdb' ? `ENUM(${q.codeList.map(sqlString).join(', ')})` : 'text';
    case Kind.Many:
      if (q.codeList.length > MAX_MANY_OPTIONS) {
        throw new RangeError(
          `samsyn/sql: question "${q.id}" has ${q.codeList.length} options; a multiple-choice column holds at most ${MAX_MANY_OPTIONS} (one bit each).`,
        );
      }
      return 'bigint';
    case Kind.Number:
      return question.kind === 'number' && question.integer ? 'bigint' : 'double precision';
    case Kind.Text:
      return 'text';
    default:
      return 'date';
  }
}

/**
 * The records table of a definition: the record's place (kommun, period,
 * unit), its form type and role, its definition, and one typed column per
 * question. PostgreSQL also gets an index on kommun, period and definition,
 * which every aggregation filters on; DuckDB skips rows by the min/max of
 * each column's row groups instead, and an index would only slow loading.
 */
export function createTableSql(definition: Definition, options: TableOptions): string {
  const dialect = checkDialect(options?.dialect);
  const table = tableName(options.table);
  const compiled = compileDefinition(definition);
  const id = dialect === 'duckdb' ? 'text PRIMARY KEY DEFAULT (CAST(uuid() AS text))' : 'text PRIMARY KEY DEFAULT (gen_random_uuid()::text)';
  const columns = [
    `id ${id}`,
    'kommun text NOT NULL',
    'period text NOT NULL',
    'unit text',
    'form_type text',
    'role text',
    'definition text NOT NULL',
    'created_at timestamptz NOT NULL DEFAULT current_timestamp',
    ...compiled.questions.map((q) => `${quote(columnName(q.id))} ${columnType(q, dialect)}`),
  ];
  const statements = [`CREATE TABLE IF NOT EXISTS ${table.sql} (\n  ${columns.join(',\n  ')}\n)`];
  if (dialect === 'postgres') {
    statements.push(`CREATE INDEX IF NOT EXISTS ${quote(`${table.name.slice(0, 40)}_kommun_period_idx`)} ON ${table.sql} (kommun, period, definition)`);
  }
  return statements.join(';\n');
}

/** A multiple-choice answer as its bitmask (bit k: the k-th option), in decimal: wider than a safe JS integer. */
function maskOf(q: CompiledQuestion, codes: readonly string[]): string {
  let mask = 0n;
  for (const code of codes) mask |= 1n << BigInt(q.codeList.indexOf(code));
  return mask.toString();
}

/**
 * The INSERT of one record, validated first with the definition's record
 * schema; throws a TypeError with the schema's `issues` when invalid.
 * Unanswered questions (and an empty text or choice) are NULL.
 */
export function insertSql(definition: Definition, record: unknown, options: InsertOptions): SqlQuery {
  checkDialect(options?.dialect);
  const table = tableName(options.table);
  const kommun = checkText('kommun', options.kommun)!;
  const period = checkText('period', options.period)!;
  const id = checkText('id', options.id, true);
  const compiled = compileDefinition(definition);
  const parsed = recordSchemaFor(definition).safeParse(record);
  if (!parsed.success) {
    const issues: InvalidRecordIssue[] = parsed.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
    const lines = issues.map((i) => `- ${i.path.join('.') || 'record'}: ${i.message}`);
    throw Object.assign(new TypeError(`samsyn/sql: the record is not valid for ${compiled.ref}:\n${lines.join('\n')}`), { issues });
  }
  // `unit` and `formType` are read whatever the record schema of the day says about them.
  const data = parsed.data as typeof parsed.data & { unit?: unknown; formType?: unknown };
  const optionalText = (name: string, v: unknown) => (typeof v === 'string' && v !== '' ? storable(name, v) : null);
  const columns = ['kommun', 'period', 'unit', 'form_type', 'role', 'definition'];
  const values: unknown[] = [
    kommun,
    period,
    optionalText('unit', data.unit),
    optionalText('formType', data.formType),
    optionalText('role', data.role),
    compiled.ref,
  ];
  if (id !== undefined) {
    columns.unshift('id');
    values.unshift(id);
  }
  const placeholders = values.map((_, i) => `$${i + 1}`);
  for (const q of compiled.questions) {
    const answer = data.answers[q.id];
    let value: unknown = null;
    let placeholder = `$${values.length + 1}`;
    if (answer !== undefined && answer !== null && answer !== '' && !(Array.isArray(answer) && answer.length === 0)) {
      switch (q.kind) {
        case Kind.One:
        case Kind.Scale:
          value = String(answer);
          break;
        case Kind.Many:
          value = maskOf(q, answer as string[]);
          placeholder = `CAST(${placeholder} AS bigint)`;
          break;
        case Kind.Date:
          value = answer;
          placeholder = `CAST(${placeholder} AS date)`;
          break;
        case Kind.Text:
          value = storable(`the answer to ${q.id}`, answer as string);
          break;
        default:
          value = answer;
      }
    } else if (q.kind === Kind.Many || q.kind === Kind.Date) {
      placeholder = `CAST(${placeholder} AS ${q.kind === Kind.Many ? 'bigint' : 'date'})`;
    }
    columns.push(quote(columnName(q.id)));
    values.push(value);
    placeholders.push(placeholder);
  }
  return {
    text: `INSERT INTO ${table.sql} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
    values,
  };
}

/** The column of a breakdown in the rows of the aggregation query. */
const breakdownColumn = (q: CompiledQuestion) => `b${q.index}`;

/**
 * The aggregation query: every question's answers counted at the finest
 * grain (question × answer × breakdown cell, "no answer" a cell of its own)
 * with one plain GROUP BY, for the records of one kommun (and period) and of
 * this definition. The breakdowns are those `aggregate()` protects together
 * (gender, age band) and `by`. Give its rows to `fromSqlRows`.
 *
 * The question columns are unpivoted by a CROSS JOIN with a VALUES list of
 * question numbers and a CASE per output column: one pass over the table,
 * one row per record and question (a multiple-choice answer is one bitmask).
 * A LATERAL (VALUES …) was 7–68× slower on both engines.
 */
export function aggregateSql(definition: Definition, options: AggregateSqlOptions): SqlQuery {
  const dialect = checkDialect(options?.dialect);
  const table = tableName(options.table);
  const kommun = checkText('kommun', options.kommun)!;
  const period = checkText('period', options.period, true);
  const compiled = compileDefinition(definition);
  const dims = breakdownsFor(definition, options.by);
  const values: unknown[] = [kommun, compiled.ref];
  let where = 'kommun = $1 AND definition = $2';
  if (period !== undefined) {
    values.push(period);
    where += ' AND period = $3';
  }
  if (compiled.questions.length === 0) {
    return { text: `SELECT count(*) AS n FROM ${table.sql} WHERE ${where}`, values };
  }
  const col = (q: CompiledQuestion) => quote(columnName(q.id));
  const k: string[] = [];
  const c: string[] = [];
  const x: string[] = [];
  for (const q of compiled.questions) {
    const when = `WHEN ${q.index} THEN `;
    switch (q.kind) {
      case Kind.One:
      case Kind.Scale:
        if (dialect === 'duckdb') k.push(`${when}enum_code(${col(q)})`);
        else c.push(`${when}${col(q)}`);
        break;
      case Kind.Many:
        k.push(`${when}${col(q)}`);
        break;
      case Kind.Number:
        x.push(`${when}CAST(${col(q)} AS double precision)`);
        break;
      default:
        k.push(`${when}CASE WHEN ${col(q)} IS NULL THEN NULL ELSE 1 END`);
    }
  }
  const cases = (name: string, whens: string[], type: string) =>
    whens.length ? `CASE u.q ${whens.join(' ')} END AS ${name}` : `CAST(NULL AS ${type}) AS ${name}`;
  const select = [
    'u.q AS q',
    cases('k', k, 'bigint'),
    ...(dialect === 'postgres' ? [cases('c', c, 'text')] : []),
    cases('x', x, 'double precision'),
    ...dims.map((q) => `${col(q)} AS ${breakdownColumn(q)}`),
  ];
  const groupBy = select.map((_, i) => i + 1).join(', ');
  const list = compiled.questions.map((q) => `(${q.index})`).join(', ');
  return {
    text:
      `SELECT ${select.join(', ')}, count(*) AS n\n` +
      `FROM ${table.sql} CROSS JOIN (VALUES ${list}) AS u(q)\n` +
      `WHERE ${where}\n` +
      `GROUP BY ${groupBy}`,
    values,
  };
}

/** A whole number from a driver: a number, a bigint (DuckDB) or a numeric string (pg's bigint). */
function whole(value: unknown, what: string): number {
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new TypeError(`samsyn/sql: ${what} must be a whole number of 0 or more, not ${shown(value)}.`);
  }
  return n;
}

const isMissing = (v: unknown) => v === null || v === undefined;

/**
 * The rows of `aggregateSql(definition, { by, … })` turned into the very
 * `AggregateResult` that `aggregate(records, { definition, by, … })` gives
 * for the same records, with the same disclosure control applied here, after
 * the counting. Pass the same `by` as to `aggregateSql`. Records in the
 * table were validated when inserted, so `rejected` is always empty.
 */
export function fromSqlRows(definition: Definition, rows: readonly object[], options: AggregateOptions = {}): AggregateResult {
  if (!Array.isArray(rows)) throw new TypeError('samsyn/sql: rows must be the array of rows the aggregation query returned.');
  return aggregateCounted(definition, { ...options, definition }, (counts, dims, compiled) => fill(counts, dims, compiled, rows as ReadonlyArray<Record<string, unknown>>));
}

function fill(counts: FinestCounts, dims: readonly CompiledQuestion[], compiled: CompiledDefinition, rows: ReadonlyArray<Record<string, unknown>>): void {
  const { cols, strides, totals, answered, options } = counts;
  const codeIndex = compiled.questions.map((q) => new Map(q.codeList.map((code, i) => [code, i])));
  const first = compiled.questions[0];
  const byColumns = dims.map(breakdownColumn);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (typeof row !== 'object' || row === null) throw new TypeError(`samsyn/sql: row ${r} is not an object.`);
    const n = whole(row.n, `row ${r}: n`);
    let g = 0;
    for (let d = 0; d < dims.length; d++) {
      const value = row[byColumns[d]];
      if (value === undefined) {
        throw new TypeError(
          `samsyn/sql: row ${r} has no column ${byColumns[d]} (${dims[d].id}): give fromSqlRows the rows of aggregateSql with the same "by".`,
        );
      }
      const level = isMissing(value) ? dims[d].codeList.length : typeof value === 'string' ? codeIndex[dims[d].index].get(value) : undefined;
      if (level === undefined) throw new TypeError(`samsyn/sql: row ${r}: ${shown(value)} is not an answer to ${dims[d].id}.`);
      g += level * strides[d];
    }
    if (!first) {
      totals[g] += n;
      continue;
    }
    const qi = whole(row.q, `row ${r}: q`);
    const q = compiled.questions[qi];
    if (!q) throw new TypeError(`samsyn/sql: row ${r}: question number ${qi} is not in ${compiled.ref}.`);
    if (q === first) totals[g] += n;
    const problem = (value: unknown) => new TypeError(`samsyn/sql: row ${r}: ${shown(value)} is not an answer to ${q.id}.`);
    switch (q.kind) {
      case Kind.One:
      case Kind.Scale: {
        const value = isMissing(row.c) ? row.k : row.c;
        if (isMissing(value)) continue;
        const k = typeof value === 'string' ? codeIndex[qi].get(value) : whole(value, `row ${r}: k`);
        if (k === undefined || k >= q.codeList.length) throw problem(value);
        answered[qi * cols + g] += n;
        options[(q.optionOffset + k) * cols + g] += n;
        break;
      }
      case Kind.Many: {
        const raw = row.k;
        if (isMissing(raw)) continue;
        const width = q.codeList.length;
        answered[qi * cols + g] += n;
        if (width <= 53) {
          // Exact as a JS number, and much faster than BigInt for the rows of every combination.
          const mask = typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'string' ? Number(raw) : NaN;
          if (!Number.isSafeInteger(mask) || mask <= 0 || mask >= 2 ** width) throw problem(raw);
          for (let k = 0, m = mask; m > 0; k++, m = Math.floor(m / 2)) if (m % 2 === 1) options[(q.optionOffset + k) * cols + g] += n;
          break;
        }
        let mask: bigint;
        try {
          mask = BigInt(raw as string);
        } catch {
          throw problem(raw);
        }
        if (mask <= 0n || mask >> BigInt(width) !== 0n) throw problem(raw);
        for (let k = 0; mask !== 0n; k++, mask >>= 1n) if (mask & 1n) options[(q.optionOffset + k) * cols + g] += n;
        break;
      }
      case Kind.Number: {
        if (isMissing(row.x)) continue;
        const value = typeof row.x === 'string' ? Number(row.x) : row.x;
        if (typeof value !== 'number' || !Number.isFinite(value)) throw problem(row.x);
        answered[qi * cols + g] += n;
        if (n > 0) counts.pushCounted(qi, value, g, n);
        break;
      }
      default:
        if (isMissing(row.k)) continue;
        answered[qi * cols + g] += n;
    }
  }
}

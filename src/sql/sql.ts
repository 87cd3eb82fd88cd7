import { aggregateCounted, breakdownsFor, type AggregateOptions, type FinestCounts } from '../aggregate/aggregate.js';
import { Kind, compileDefinition, type CompiledDefinition, type CompiledQuestion } from '../aggregate/compile.js';
import type { AggregateResult } from '../schema/aggregate-result.js';
import { issueLines, type Definition } from '../schema/questionnaire.js';
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
    throw Object.assign(new TypeError(`samsyn/sql: the record is not valid for ${compiled.ref}:\n${issueLines(issues, 'record')}`), { issues });
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
/** The columns of a question's counts in the rows: how many answered it, how many chose its option k. */
const answeredColumn = (q: CompiledQuestion) => `a${q.index}`;
const optionColumn = (q: CompiledQuestion, k: number) => `o${q.index}_${k}`;
/** DuckDB: a counted question's column as the inner query computes it once (its option's number, or its mask). */
const valueColumn = (q: CompiledQuestion) => `x${q.index}`;
/** How many multiple-choice answers are not a bitmask of their question's options (rows written past insertSql). */
const BAD_MASKS = 'bad';
/**
 * Counts per output row, so at most this many columns: PostgreSQL allows
 * 1,664 in a SELECT list, and every column is one more count per record.
 */
const MAX_COUNTED_COLUMNS = 1600;

/** The narrowest integer type that holds a mask of this many options, so that DuckDB computes it into a vector of its own. */
const maskType = (options: number) => (options <= 15 ? 'SMALLINT' : options <= 31 ? 'INTEGER' : 'BIGINT');

/** The column of a question the query groups by besides the breakdowns. */
const keyColumn = (q: CompiledQuestion) => `k${q.index}`;
/** The levels of a grouped question: its options and "no answer". */
const levelsOf = (q: CompiledQuestion) => q.codeList.length + 1;
/** The bits DuckDB's perfect hash takes for a grouped question: the bit length of the span of its stored ENUM numbers plus 2 (one for NULL), so at most that of its options plus 1. */
const bitsOf = (q: CompiledQuestion) => 32 - Math.clz32(q.codeList.length + 1);
/** DuckDB groups with a perfect hash (an array, no hashing) when the grouped columns need at most this many bits (its perfect_ht_threshold). */
const PERFECT_HASH_BITS = 12;
/** At most this many groups, so that the rows stay few: each is a row of counts for the driver and fromSqlRows to read. */
const MAX_GROUPS = 256;

/**
 * The single-choice questions the query groups by besides the breakdowns,
 * the most options first, while the groups stay within DuckDB's perfect hash
 * and within MAX_GROUPS: their answers then come from the records of each
 * group, not from a count per option (for the national inventory by gender,
 * housing: 10 counts fewer per record). The same in both dialects, so that
 * fromSqlRows needs no dialect.
 */
function keysFor(compiled: CompiledDefinition, dims: readonly CompiledQuestion[]): CompiledQuestion[] {
  let bits = dims.reduce((sum, q) => sum + bitsOf(q), 0);
  let groups = dims.reduce((product, q) => product * levelsOf(q), 1);
  const keys: CompiledQuestion[] = [];
  const candidates = compiled.questions.filter((q) => (q.kind === Kind.One || q.kind === Kind.Scale) && !dims.includes(q));
  for (const q of candidates.sort((a, b) => b.codeList.length - a.codeList.length || a.index - b.index)) {
    if (bits + bitsOf(q) > PERFECT_HASH_BITS || groups * levelsOf(q) > MAX_GROUPS) continue;
    bits += bitsOf(q);
    groups *= levelsOf(q);
    keys.push(q);
  }
  return keys;
}

/**
 * The aggregation query: what `aggregate()` counts at the finest grain, for
 * the records of one kommun (and period) and of this definition. The
 * breakdowns are those `aggregate()` protects together (gender, age band)
 * and `by`; a finest cell is one answer (or "no answer") to each. Give its
 * rows to `fromSqlRows`.
 *
 * One plain GROUP BY over the breakdowns and a few more single-choice
 * questions (`keysFor`), one row per finest cell and answer to those, with
 * a count per other question (answered) and per option (chosen) as
 * columns: a multiple-choice option is counted by its bit, so no
 * combination of options is ever a group of its own. The questions grouped
 * by need no counts: a row is one answer to each, so its records are its
 * count.
 * Number questions need their values, so they come after a UNION ALL: one
 * row per question, value and cell (their questions unpivoted by a CROSS
 * JOIN with a VALUES list).
 *
 * DuckDB counts over an inner query that computes each counted column once
 * (an ENUM's number, a mask in its narrowest integer type). Its scan hands
 * the rows that pass the WHERE on as a selection over the stored vectors,
 * and every comparison on such a vector takes a slower path; the computed
 * columns are plain vectors again. Single-choice answers in DuckDB are
 * ENUMs, which hold nothing but options, so how many answered is the sum of
 * the options there, not a count of its own. docs/sql.md has the
 * measurements.
 */
export function aggregateSql(definition: Definition, options: AggregateSqlOptions): SqlQuery {
  const dialect = checkDialect(options?.dialect);
  const table = tableName(options.table);
  const kommun = checkText('kommun', options.kommun)!;
  const period = checkText('period', options.period, true);
  const compiled = compileDefinition(definition);
  const dims = breakdownsFor(definition, options.by);
  const keys = keysFor(compiled, dims);
  const values: unknown[] = [kommun, compiled.ref];
  let where = 'kommun = $1 AND definition = $2';
  if (period !== undefined) {
    values.push(period);
    where += ' AND period = $3';
  }
  if (compiled.questions.length === 0) {
    return { text: `SELECT count(*) AS n FROM ${table.sql} WHERE ${where}`, values };
  }
  const duckdb = dialect === 'duckdb';
  const col = (q: CompiledQuestion) => quote(columnName(q.id));
  // DuckDB: the inner query's computed column; PostgreSQL: the stored one.
  const counted = (q: CompiledQuestion) => (duckdb ? valueColumn(q) : col(q));
  // DuckDB's count_if is its fastest conditional count; PostgreSQL's is FILTER.
  const countIf = (condition: string) => (duckdb ? `count_if(${condition})` : `count(*) FILTER (WHERE ${condition})`);
  const counts: Array<{ name: string; sql: string }> = [];
  const inner: string[] = [];
  const badMasks: string[] = [];
  for (const q of compiled.questions) {
    if (dims.includes(q) || keys.includes(q)) continue;
    const x = counted(q);
    switch (q.kind) {
      case Kind.One:
      case Kind.Scale:
        if (duckdb) inner.push(`CAST(enum_code(${col(q)}) AS ${q.codeList.length <= 32767 ? 'SMALLINT' : 'INTEGER'}) AS ${x}`);
        else counts.push({ name: answeredColumn(q), sql: `count(${x})` });
        q.codeList.forEach((code, k) => {
          let condition: string;
          if (duckdb) {
            // The ENUM's number for the option, not its code as text.
            condition = `${x} = ${k}`;
          } else {
            values.push(code);
            condition = `${x} = $${values.length}`;
          }
          counts.push({ name: optionColumn(q, k), sql: countIf(condition) });
        });
        break;
      case Kind.Many: {
        const options = q.codeList.length;
        if (duckdb) inner.push(`CAST(${col(q)} AS ${maskType(options)}) AS ${x}`);
        counts.push({ name: answeredColumn(q), sql: `count(${x})` });
        q.codeList.forEach((_, k) => {
          const bit = 1n << BigInt(k);
          // DuckDB sums the bit itself (and divides the 12 or so sums), one comparison less per record than count_if.
          counts.push({ name: optionColumn(q, k), sql: duckdb ? `sum(${x} & ${bit}) // ${bit}` : countIf(`(${x} & ${bit}) <> 0`) });
        });
        badMasks.push(`${x} < 1 OR ${x} > ${(1n << BigInt(options)) - 1n}`);
        break;
      }
      default:
        counts.push({ name: answeredColumn(q), sql: `count(${x})` });
        if (duckdb) inner.push(`${col(q)} AS ${x}`);
    }
  }
  if (badMasks.length) counts.push({ name: BAD_MASKS, sql: countIf(badMasks.join(' OR ')) });
  const grouped = [...dims, ...keys];
  if (counts.length + grouped.length + 3 > MAX_COUNTED_COLUMNS) {
    throw new RangeError(
      `samsyn/sql: ${compiled.ref} has ${counts.length} questions and options to count; the aggregation query counts at most ${MAX_COUNTED_COLUMNS - grouped.length - 3}, one column each.`,
    );
  }
  const groupName = (q: CompiledQuestion) => (keys.includes(q) ? keyColumn(q) : breakdownColumn(q));
  const groupColumns = grouped.map((q) => `${col(q)} AS ${groupName(q)}`);
  const groupBy = grouped.length ? `\nGROUP BY ${grouped.map((_, i) => i + 1).join(', ')}` : '';
  // The counts' source: the table, or in DuckDB the inner query over it.
  const source = duckdb
    ? `(SELECT ${[...groupColumns, ...inner].join(', ')}\n  FROM ${table.sql}\n  WHERE ${where}) AS r`
    : `${table.sql}\nWHERE ${where}`;
  const cells = duckdb ? grouped.map(groupName) : groupColumns;
  const numbers = compiled.questions.filter((q) => q.kind === Kind.Number);
  if (numbers.length === 0) {
    return {
      text: `SELECT ${[...cells, 'count(*) AS n', ...counts.map((c) => `${c.sql} AS ${c.name}`)].join(', ')}\nFROM ${source}${groupBy}`,
      values,
    };
  }
  // The number questions' values: after the counts, as rows with a question number and no counts.
  const wide = [...cells, 'CAST(NULL AS integer) AS q', 'CAST(NULL AS double precision) AS x', 'count(*) AS n', ...counts.map((c) => `${c.sql} AS ${c.name}`)];
  const x = `CASE u.q ${numbers.map((q) => `WHEN ${q.index} THEN CAST(${col(q)} AS double precision)`).join(' ')} END`;
  // The values are per breakdown cell only: NULL for the other grouped questions.
  const long = [
    ...dims.map((q) => `${col(q)} AS ${breakdownColumn(q)}`),
    ...keys.map((q) => `NULL AS ${keyColumn(q)}`),
    'u.q AS q',
    `${x} AS x`,
    'count(*) AS n',
    ...counts.map((c) => `CAST(NULL AS bigint) AS ${c.name}`),
  ];
  const longGroupBy = [...dims.map((_, i) => i + 1), grouped.length + 1, grouped.length + 2].join(', ');
  return {
    text:
      `SELECT ${wide.join(', ')}\nFROM ${source}${groupBy}\nUNION ALL\n` +
      `SELECT ${long.join(', ')}\nFROM ${table.sql} CROSS JOIN (VALUES ${numbers.map((q) => `(${q.index})`).join(', ')}) AS u(q)\n` +
      `WHERE ${where}\nGROUP BY ${longGroupBy}`,
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

/** A count column of a row; NULL is 0 (DuckDB's count_if gives NULL when the condition was NULL for every record of the cell). */
function countIn(row: Record<string, unknown>, name: string, r: number): number {
  const value = row[name];
  if (value === undefined) throw new TypeError(`samsyn/sql: row ${r} has no column ${name}: give fromSqlRows the rows of aggregateSql.`);
  return value === null ? 0 : whole(value, `row ${r}: ${name}`);
}

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
  const byColumns = dims.map(breakdownColumn);
  const questions = compiled.questions;
  const hasMany = questions.some((q) => q.kind === Kind.Many);
  // The query also groups by a few single-choice questions (keys); every other question has counts of its own in a row.
  const keys = keysFor(compiled, dims);
  const keyColumns = keys.map(keyColumn);
  const counted = questions.filter((q) => !dims.includes(q) && !keys.includes(q));
  const levels = new Array<number>(dims.length);
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
      levels[d] = level;
      g += level * strides[d];
    }
    if (!isMissing(row.q)) {
      // A number question's value in this cell, and how many gave it.
      const qi = whole(row.q, `row ${r}: q`);
      const q = questions[qi];
      if (!q || q.kind !== Kind.Number) throw new TypeError(`samsyn/sql: row ${r}: question number ${qi} is not a number question of ${compiled.ref}.`);
      if (isMissing(row.x)) continue;
      const value = typeof row.x === 'string' ? Number(row.x) : row.x;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`samsyn/sql: row ${r}: ${shown(row.x)} is not an answer to ${q.id}.`);
      if (n > 0) counts.pushCounted(qi, value, g, n);
      continue;
    }
    // The counts of a finest cell.
    totals[g] += n;
    if (hasMany && countIn(row, BAD_MASKS, r) > 0) {
      const many = questions.filter((q) => q.kind === Kind.Many).map((q) => q.id);
      throw new TypeError(`samsyn/sql: row ${r}: a multiple-choice answer (${many.join(', ')}) is not a bitmask of its question's options.`);
    }
    // A breakdown is not counted: every record of the cell gave its answer (or none). Nor is a key: every record of the row did.
    for (let d = 0; d < dims.length; d++) {
      if (levels[d] === dims[d].codeList.length) continue;
      answered[dims[d].index * cols + g] += n;
      options[(dims[d].optionOffset + levels[d]) * cols + g] += n;
    }
    for (let k = 0; k < keys.length; k++) {
      const value = row[keyColumns[k]];
      if (value === undefined) throw new TypeError(`samsyn/sql: row ${r} has no column ${keyColumns[k]} (${keys[k].id}): give fromSqlRows the rows of aggregateSql.`);
      if (isMissing(value)) continue;
      const level = typeof value === 'string' ? codeIndex[keys[k].index].get(value) : undefined;
      if (level === undefined) throw new TypeError(`samsyn/sql: row ${r}: ${shown(value)} is not an answer to ${keys[k].id}.`);
      answered[keys[k].index * cols + g] += n;
      options[(keys[k].optionOffset + level) * cols + g] += n;
    }
    for (const q of counted) {
      const choice = q.kind === Kind.One || q.kind === Kind.Scale;
      // DuckDB leaves out how many answered a single-choice question: its ENUM holds nothing but options, so it is their sum.
      const a = choice && row[answeredColumn(q)] === undefined ? undefined : countIn(row, answeredColumn(q), r);
      if (a !== undefined && a > n) throw new TypeError(`samsyn/sql: row ${r}: ${a} answered ${q.id} of ${n} records.`);
      if (!choice && q.kind !== Kind.Many) {
        answered[q.index * cols + g] += a!;
        continue;
      }
      let sum = 0;
      for (let k = 0; k < q.codeList.length; k++) {
        const chosen = countIn(row, optionColumn(q, k), r);
        if (a !== undefined && chosen > a) throw new TypeError(`samsyn/sql: row ${r}: ${chosen} chose ${q.codeList[k]} of the ${a} who answered ${q.id}.`);
        options[(q.optionOffset + k) * cols + g] += chosen;
        sum += chosen;
      }
      if (a === undefined && sum > n) throw new TypeError(`samsyn/sql: row ${r}: ${sum} answered ${q.id} of ${n} records.`);
      answered[q.index * cols + g] += a ?? sum;
      // Every answer to a single-choice question is one of its options; text that is none of them is no answer of the definition.
      if (choice && a !== undefined && sum !== a) {
        throw new TypeError(`samsyn/sql: row ${r}: ${a - sum} answers to ${q.id} are not among its options.`);
      }
    }
  }
}

/**
 * `samsyn/sql`: the SQL that stores records and counts them where they live,
 * for PostgreSQL (which also covers Citus and PGlite) and DuckDB, and the
 * step that turns the counts back into the `AggregateResult` of
 * `samsyn/aggregate`. Pure functions, no driver: bring your own (`pg`,
 * `@duckdb/node-api`, …). Runs in Node 20 and in the browser.
 *
 * ## API
 *
 * - `createTableSql(definition, { dialect, table? }): string` — the records
 *   table of a definition (default `samsyn_records`): `id` (text primary
 *   key, a random UUID by default), `kommun`, `period`, `unit`, `form_type`,
 *   `role`, `definition`, `created_at`, and one typed column per question
 *   named `q_<questionId>`. Single choice and scale: the option code (text;
 *   an ENUM of the codes in DuckDB). Multiple choice: a `bigint` bitmask, bit
 *   k for the k-th option of the definition. Numbers: `bigint` for whole
 *   numbers, else `double precision`. Text: `text`. Dates: `date`. May hold
 *   several statements separated by `;` (PostgreSQL adds an index on
 *   kommun, period and definition); `IF NOT EXISTS` throughout.
 * - `insertSql(definition, record, { dialect, table?, kommun, period, id? }): SqlQuery`
 *   — validates the record with `recordSchemaFor(definition)` first and
 *   throws a TypeError carrying the schema's `issues` when it is invalid;
 *   every value is a parameter (`$1`, `$2`…), never SQL text.
 * - `aggregateSql(definition, { dialect, table?, by?, kommun, period? }): SqlQuery`
 *   — counts the kommun's records of this definition (and period) at the
 *   finest grain, question × answer × breakdown cell, with one plain
 *   `GROUP BY` (no `GROUPING SETS`, which Citus cannot distribute): a row
 *   per breakdown cell (and answer to a few more single-choice questions),
 *   a column per question and option. `by` as
 *   `aggregate()` accepts it; anything else throws the Error `aggregate()`
 *   throws.
 * - `fromSqlRows(definition, rows, options): AggregateResult` — the rows of
 *   that query (as any driver returns them: counts as numbers, bigints or
 *   strings) turned into the same result `aggregate(records, options)` gives
 *   for the same records, protected by the same disclosure control, applied
 *   here after the counting. Pass the same `by`. `rejected` is always empty:
 *   records were validated when inserted.
 *
 * docs/sql.md has the column mapping, the dialect notes and the measurements.
 */
export {
  aggregateSql,
  columnName,
  createTableSql,
  fromSqlRows,
  insertSql,
  DEFAULT_TABLE,
  MAX_MANY_OPTIONS,
  type AggregateSqlOptions,
  type InsertOptions,
  type InvalidRecordIssue,
  type SqlDialect,
  type SqlQuery,
  type TableOptions,
} from './sql.js';

/**
 * `samsyn/aggregate`: records in, aggregated results out. Pure functions, no
 * DOM; runs in Node 20 on a vendor's server exactly as in the page.
 *
 * ## API
 *
 * - `aggregate(records, { definition?, by?, population?, minCount?, period?, locale? }): AggregateResult`
 *   — one pass over the records. `definition` defaults to the national
 *   inventory. `by`: none, `'gender'`, `'ageBand'` or any single-choice
 *   (`one`/`scale`) question id; anything else throws an Error. Every
 *   question gets `answered`/`unanswered` counts; choice and scale questions
 *   `options[]` (scale points as codes `'1'`…`'5'` and `'dont-know'`), each
 *   with `cells.all` and `cells.groups[code]` = `{ count, suppressed?,
 *   shareOfAnswered, shareOfAll, perMille? }` (shares 0–1; for `many`
 *   questions they may add up to more than 1); number questions `stats`
 *   (`n`, `mean`, `median`, `min`, `max`) and `histogram` bins `{ from, to,
 *   label, cells }`; text and date questions only the counts. `total` has
 *   `perMille` when a population is given. Records that did not answer `by`
 *   count in `all` only, so groups add up to `all` only when everyone
 *   answered it. The result validates with `aggregateResultSchema`
 *   (`samsyn/schema`). One pass over the records with no allocation per
 *   record; the reader is code generated for the definition wherever zod
 *   compiles code too (not under `z.config({ jitless: true })`, which pages
 *   with a strict Content Security Policy set), same verdicts either way.
 * - Records that do not parse with `recordSchemaFor(definition)` are not
 *   counted: `rejected = { count, reasons: [{ reason, count, question?, message }] }`,
 *   `reason` one of `REJECTION_REASONS`.
 * - Disclosure control is on by default (`minCount` 5): a count from 1 to
 *   `minCount − 1` is `null` with `suppressed: true`, and so is every count
 *   that would let one be worked out — also from every output of the same
 *   records together. The pattern is decided once on the records
 *   cross-classified by gender and age band (and `by`), and each output
 *   publishes its margin, so the total, by gender and by age band give every
 *   figure they share alike. Shares and per-mille figures of a hidden count
 *   are null, and so is a share whose denominator is hidden. Number
 *   statistics are all null when `n` is hidden. Only an explicit
 *   `minCount: 1` turns it off. Show hidden figures as `..` (Kolada's sign),
 *   with the footnote `aggregateSuppressedFootnote(minCount)` from the
 *   message catalog. SECURITY.md states the reader it protects against.
 * - `protectCounts(matrix, { minCount?, rowTotals?, columnTotals? })` — the
 *   same protection for any rows × columns table whose margins are published;
 *   returns the table (plus the margins asked for) with hidden cells as null.
 * - `compare(before, after): Comparison` — per option, the change in persons
 *   and in percentage points of those who answered, overall and per group;
 *   null where either side is hidden.
 * - `toCsv(result, { separator?, decimal?, locale?, bom? }): string` — RFC
 *   4180, `;` and decimal comma with a BOM by default (Swedish Excel), one
 *   row per question × option × group, hidden figures as `..`; row types in
 *   `CSV_ROW_TYPES`.
 * - `generateRecords({ count?, seed?, definition? }): SamsynRecord[]` —
 *   deterministic, valid synthetic records (350 by default) with shares
 *   loosely like the published inventories; millions in seconds.
 */
export { aggregate, type AggregateOptions } from './aggregate.js';
export { DEFAULT_MIN_COUNT, protectCounts, type ProtectCountsOptions } from './disclosure.js';
export { REJECTION_REASONS, type RejectionReason } from './rejections.js';
export { compare } from './compare.js';
export { CSV_ROW_TYPES, toCsv, type CsvOptions, type CsvRowType } from './csv.js';
export { generateRecords, type GenerateOptions } from './synthetic.js';
export type {
  AggregateResult,
  Cell,
  Change,
  Comparison,
  Count,
  HistogramBin,
  NumberStats,
  OptionResult,
  Population,
  QuestionResult,
  Split,
} from '../schema/aggregate-result.js';
export { countMethod, methodFigures } from './method.js';
export type { MethodCount, MethodCounts, MethodFigures } from './method.js';
export { trend } from './trend.js';
export type { Trend, TrendChange, TrendPoint, TrendQuestion, TrendSeries } from './trend.js';
export { oneDenominator } from './denominator.js';

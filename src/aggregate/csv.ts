import * as messages from '../i18n/messages/aggregate.js';
import { writeCsv } from './csv-writer.js';
import type { AggregateResult, Cell, Count, Split } from '../schema/aggregate-result.js';
import { pick, toLocale, type Locale, type LocalizedText } from '../schema/text.js';

export interface CsvOptions {
  /** `;` (default, Swedish Excel) or `,`. */
  separator?: ';' | ',';
  /** `,` (default, Swedish) or `.`. */
  decimal?: ',' | '.';
  /** Language of headers and labels. Swedish by default. */
  locale?: Locale;
  /** Start with a UTF-8 byte order mark so that Excel reads å, ä and ö right. Default true. */
  bom?: boolean;
}

/**
 * The row types of the CSV (its third column), stable in every language:
 * `total` (records counted), `option` (one answer option), `bin` (one
 * histogram bin of a number question), `answered`, `unanswered`, and the
 * statistics of a number question `mean`, `median`, `min`, `max` (in the
 * value column).
 */
export const CSV_ROW_TYPES = ['total', 'option', 'bin', 'answered', 'unanswered', 'mean', 'median', 'min', 'max'] as const;
export type CsvRowType = (typeof CSV_ROW_TYPES)[number];

/** Kolada's sign for a figure hidden by disclosure control. */
const SUPPRESSED = '..';

/**
 * The result as CSV (RFC 4180, CRLF line ends): one row per question ×
 * option × group ("Samtliga" first, then the groups of `by`), with the
 * question id and the option code beside their labels, then each question's
 * answered and unanswered counts; number questions give histogram bins and
 * statistics. Hidden figures are written `..`; a label a spreadsheet would
 * run as a formula gets an apostrophe in front. Semicolons, decimal commas
 * and a byte order mark by default, for Swedish Excel.
 */
export function toCsv(result: AggregateResult, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const decimal = options.decimal ?? ',';
  if (separator !== ';' && separator !== ',') throw new RangeError(`toCsv: the separator is ";" or ",", not ${JSON.stringify(separator)}.`);
  if (decimal !== ',' && decimal !== '.') throw new RangeError(`toCsv: the decimal sign is "," or ".", not ${JSON.stringify(decimal)}.`);
  if (separator === decimal) throw new RangeError('toCsv: the separator and the decimal sign must differ.');
  const locale = toLocale(options.locale);
  const m = messages[locale];
  const text = (t: LocalizedText | undefined) => pick(t, locale);
  const number = (x: number, digits: number) => {
    const fixed = x.toFixed(digits);
    // Whole numbers and trailing zeros are written short: 12 rather than 12,00.
    const short = digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
    return short.replace('.', decimal);
  };
  const lines: string[][] = [
    [
      m.aggregateCsvQuestionId,
      m.aggregateCsvQuestion,
      m.aggregateCsvRowType,
      m.aggregateCsvCode,
      m.aggregateCsvOption,
      m.aggregateCsvGroupCode,
      m.aggregateCsvGroup,
      m.aggregateCsvCount,
      m.aggregateCsvShareOfAnswered,
      m.aggregateCsvShareOfAll,
      m.aggregateCsvPerMille,
      m.aggregateCsvValue,
    ],
  ];
  const columns: Array<{ code: string; label: string; pick: <T>(s: Split<T>) => T | undefined }> = [
    { code: '', label: m.aggregateAll, pick: (s) => s.all },
    ...result.groups.map((g) => ({ code: g.code, label: text(g.label), pick: <T>(s: Split<T>) => s.groups[g.code] })),
  ];
  const countText = (c: Count | Cell | undefined) => (!c ? '' : c.count === null ? SUPPRESSED : String(c.count));
  const share = (c: Cell | undefined, share: number | null | undefined, denominator: Count | undefined) => {
    if (!c) return '';
    if (c.count === null || (share === null && denominator?.count === null)) return SUPPRESSED;
    return share === null || share === undefined ? '' : number(share * 100, 1);
  };
  const perMille = (c: Count | Cell | undefined) =>
    !c || c.perMille === undefined ? '' : c.perMille === null ? SUPPRESSED : number(c.perMille, 2);

  for (const col of columns) {
    const t = col.pick(result.total);
    lines.push(['', '', 'total', '', m.aggregateTotal, col.code, col.label, countText(t), '', '', perMille(t), '']);
  }
  for (const q of result.questions) {
    const head = [q.id, text(q.label)];
    const cellRows = (type: CsvRowType, code: string, label: string, cells: Split<Cell>) => {
      for (const col of columns) {
        const c = col.pick(cells);
        const answered = col.pick(q.answered);
        const total = col.pick(result.total);
        lines.push([
          ...head,
          type,
          code,
          label,
          col.code,
          col.label,
          countText(c),
          share(c, c?.shareOfAnswered, answered),
          share(c, c?.shareOfAll, total),
          perMille(c),
          '',
        ]);
      }
    };
    for (const o of q.options ?? []) cellRows('option', o.code, text(o.label), o.cells);
    for (const b of q.histogram ?? []) cellRows('bin', `${b.from}-${b.to}`, text(b.label) || `${b.from}–${b.to}`, b.cells);
    for (const [type, label, figures] of [
      ['answered', m.aggregateAnswered, q.answered],
      ['unanswered', m.aggregateUnanswered, q.unanswered],
    ] as const) {
      for (const col of columns) {
        const c = col.pick(figures);
        lines.push([...head, type, '', label, col.code, col.label, countText(c), '', '', '', '']);
      }
    }
    if (q.stats) {
      for (const [type, label] of [
        ['mean', m.aggregateMean],
        ['median', m.aggregateMedian],
        ['min', m.aggregateMin],
        ['max', m.aggregateMax],
      ] as const) {
        for (const col of columns) {
          const s = col.pick(q.stats);
          const value = !s ? '' : s.suppressed ? SUPPRESSED : s[type] === null ? '' : number(s[type], type === 'mean' ? 1 : 2);
          lines.push([...head, type, '', label, col.code, col.label, '', '', '', '', value]);
        }
      }
    }
  }
  // The question, codes and labels are text, guarded against formulas; the figures from the count on are plain, so that -2,5 stays a number.
  return writeCsv(lines, separator, (j) => j > 6, options.bom !== false);
}

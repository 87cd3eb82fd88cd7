import { writeCsv } from '../../aggregate/csv-writer.js';
import { translate, type MessageKey } from '../../i18n/catalogs.js';
import { planAreas, targetReached, type ActionPlan } from '../../schema/action-plan.js';
import type { Locale } from '../../schema/locale.js';
import { areaLabel } from '../shared/plan-areas.js';

/*
 * The action plan as CSV, written by the CSV writer of `samsyn/aggregate`:
 * RFC 4180 quoting, UTF-8 with a byte-order mark (so that Excel reads å, ä
 * and ö right), and its guard against formula injection. Semicolon and
 * decimal comma by default (what a Swedish Excel expects), comma and decimal
 * point on request. `csv-import.ts` reads it back.
 */

export interface CsvOptions {
  /** Field separator: `;` (default) or `,`. */
  separator?: ';' | ',';
  /** Decimal sign of numbers: `,` (default) or `.`. */
  decimal?: ',' | '.';
}

/** The plan's columns in order, with the message that names each in a header. */
export const columns = [
  ['plan', 'planFieldTitle'],
  ['period', 'planFieldPeriod'],
  ['areaCode', 'planFieldAreaCode'],
  ['area', 'planFieldArea'],
  ['id', 'planFieldId', 'plain'],
  ['goal', 'planFieldGoal'],
  ['activity', 'planFieldActivity'],
  ['responsible', 'planFieldResponsible'],
  ['deadline', 'planFieldDeadline'],
  ['schedule', 'planFieldSchedule'],
  ['followUpDate', 'planFieldFollowUp'],
  ['status', 'planFieldStatus'],
  ['result', 'planFieldResult'],
  ['targetDescription', 'planFieldTarget'],
  ['targetDirection', 'planFieldTargetDirection'],
  ['targetValue', 'planFieldTargetValue', 'plain'],
  ['targetUnit', 'planFieldTargetUnit'],
  ['targetOutcome', 'planFieldTargetOutcome', 'plain'],
  // Computed; written for the reader, ignored when read back.
  ['targetReached', 'planFieldTargetReached'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey, 'plain'?]>;
export type Column = (typeof columns)[number][0];
type HeaderKey = (typeof columns)[number][1];
export const headerOf = (key: HeaderKey, locale: Locale): string => translate(locale, key);
/**
 * A number in plain positional notation, with the shortest digits that read
 * back as the same number: `String(n)` writes 1e-7 or 1e+21, which a
 * spreadsheet may take for text and a person cannot read.
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  // Where the decimal point goes, counted from the start of `digits`.
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The plan as CSV: one record per row, the plan's title and period repeated on each, headers in `locale`. */
export function planToCsv(plan: ActionPlan, options: CsvOptions & { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'sv';
  const separator = options.separator ?? ';';
  const decimal = options.decimal ?? (separator === ';' ? ',' : '.');
  const number = (n: number | undefined) => (n === undefined ? '' : plainNumber(n).replace('.', decimal));
  const areas = new Map(planAreas(plan).map((a) => [a.code, a]));
  const records: string[][] = [columns.map(([, key]) => headerOf(key, locale))];
  for (const row of plan.rows) {
    const target = row.target;
    const reached = target ? targetReached(target) : undefined;
    const area = areas.get(row.area);
    const cells: Record<Column, string> = {
      plan: plan.title,
      period: plan.period ?? '',
      areaCode: row.area,
      area: area ? areaLabel(area, locale) : row.area,
      id: row.id,
      goal: row.goal,
      activity: row.activity,
      responsible: row.responsible,
      deadline: row.deadline ?? '',
      schedule: row.schedule ?? '',
      followUpDate: row.followUpDate ?? '',
      status: translate(locale, 'planStatus', row.status),
      result: row.result ?? '',
      targetDescription: target?.description ?? '',
      targetDirection: target ? translate(locale, 'planDirection', target.direction) : '',
      targetValue: number(target?.value),
      targetUnit: target ? translate(locale, 'planUnit', target.unit) : '',
      targetOutcome: number(target?.outcome),
      targetReached: reached === undefined ? '' : translate(locale, reached ? 'planReached' : 'planNotReached'),
    };
    records.push(columns.map(([name]) => cells[name]));
  }
  // Row ids and target figures are plain, so that an id reads back as written; every other cell is text, guarded against formulas.
  return writeCsv(records, separator, (j) => columns[j].length > 2);
}

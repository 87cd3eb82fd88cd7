import { registerMessages, translate } from '../../i18n/catalogs.js';
import * as planEditMessages from '../../i18n/messages/plan-edit.js';
import { parseActionPlan, planAreas, planStatuses, targetDirections, targetUnits, type ActionPlan, type PlanArea } from '../../schema/action-plan.js';
import type { Locale } from '../../schema/locale.js';
import { columns, headerOf, type Column } from './csv.js';
import { parseDecimal, withoutUndefined } from '../shared/forms/edit-helpers.js';
import { areaCode } from '../shared/plan-areas.js';
import { describeIssue } from './plan-rows.js';

// Its messages are among the editing texts, which a page that only shows a plan does not load.
registerMessages(planEditMessages);

/*
 * Reading an action plan back from CSV or JSON. CSV as `planToCsv` writes
 * it, and as a spreadsheet keeps it: either separator and decimal sign,
 * headers and values in Swedish, English or as codes. Loaded with the editor.
 */

const guarded = /^'+[=+\-@\t\r]/;
const columnHeader = (name: Column, locale: Locale): string => headerOf(columns.find(([n]) => n === name)![1], locale);

/** The inverse of `guardCell`. */
export function unguardCell(text: string): string {
  return guarded.test(text) ? text.slice(1) : text;
}

export interface CsvReadResult {
  records: string[][];
  /** The 1-based record number whose quoted field never closes. */
  unclosedAt?: number;
}

/** The separator of a header line: the one of `;` and `,` that occurs more often outside quotes. */
function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Parses RFC 4180 CSV (also LF line ends and a leading BOM). Blank lines are
 * skipped. The separator is detected from the first line.
 */
export function readCsv(input: string): CsvReadResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === sep) {
      record.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
      fieldStarted = true;
    }
    i++;
  }
  if (quoted) return { records, unclosedAt: records.length + 1 };
  if (field !== '' || record.length) endRecord();
  return { records };
}
/** The language of the messages, and the plan a file replaces. */
export interface ImportOptions {
  locale?: Locale;
  base?: ActionPlan;
}

export interface PlanImportResult {
  plan?: ActionPlan;
  /** What is wrong, in `locale`, one message per problem. */
  errors: string[];
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** Code ← code, Swedish label or English label (any case). */
function vocabulary(codes: readonly string[], key: 'planStatus' | 'planDirection' | 'planUnit', extra: Record<string, string> = {}) {
  const map = new Map<string, string>(Object.entries(extra));
  for (const code of codes) {
    map.set(code, code);
    map.set(norm(translate('sv', key, code)), code);
    map.set(norm(translate('en', key, code)), code);
  }
  return map;
}

/**
 * A plan from CSV written by `planToCsv` or by hand. `base` is the plan being
 * replaced: its title, period and own areas are kept where the file does not
 * give them (a file with no rows carries no title). Never throws; problems
 * come back in `errors`, named by the file's row number (the header is row 1).
 */
export function parsePlanCsv(text: string, options: ImportOptions = {}): PlanImportResult {
  const locale = options.locale ?? 'sv';
  const { records, unclosedAt } = readCsv(text);
  if (unclosedAt !== undefined) return { errors: [translate(locale, 'planCsvUnclosedQuote', unclosedAt)] };
  const [header, ...body] = records;
  if (!header) return { errors: [translate(locale, 'planCsvNoHeader')] };

  const byName = new Map<string, Column>();
  for (const [name, key] of columns) {
    byName.set(norm(name), name);
    byName.set(norm(headerOf(key, 'sv')), name);
    byName.set(norm(headerOf(key, 'en')), name);
  }
  const index = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = byName.get(norm(cell));
    if (name && !index.has(name)) index.set(name, i);
  });
  const required: Column[] = ['goal', 'activity', 'responsible'];
  const missing = required.filter((c) => !index.has(c));
  if (!index.has('area') && !index.has('areaCode')) missing.unshift('area');
  if (missing.length) {
    const names = missing.map((c) => `”${columnHeader(c, locale)}”`).join(', ');
    return { errors: [translate(locale, 'planCsvMissingColumns', names)] };
  }

  const statuses = vocabulary(planStatuses, 'planStatus');
  const directions = vocabulary(targetDirections, 'planDirection');
  const units = vocabulary(targetUnits, 'planUnit', { '%': 'percent', '‰': 'per-mille' });
  const base = options.base;
  const customAreas: PlanArea[] = [...(base?.areas ?? [])];
  const areaByCode = new Map(planAreas({ areas: customAreas }).map((a) => [a.code, a]));
  const areaByLabel = new Map<string, string>();
  for (const a of areaByCode.values()) {
    areaByLabel.set(norm(a.label.sv), a.code);
    if (a.label.en) areaByLabel.set(norm(a.label.en), a.code);
  }

  const errors: string[] = [];
  // Fields with a problem found here, so the schema's message for the same field is not listed twice.
  const reported = new Set<string>();
  const ids = new Set<string>();
  const rows: unknown[] = [];
  /** A record's cell in column `name`; empty where the file has no such column or the record is short. */
  const cellOf = (record: string[], name: Column): string => record[index.get(name) ?? -1] ?? '';

  body.forEach((record, r) => {
    const line = r + 2;
    if (record.length > header.length && record.slice(header.length).some((f) => f.trim() !== '')) {
      errors.push(translate(locale, 'planCsvWrongLength', line, record.length, header.length));
      return;
    }
    const text = (name: Column) => unguardCell(cellOf(record, name));
    const optionalText = (name: Column) => text(name) || undefined;
    const optionalTrimmed = (name: Column) => cellOf(record, name).trim() || undefined;
    const coded = (name: Column, vocab: Map<string, string>, key: 'planStatus' | 'planDirection' | 'planUnit', codes: readonly string[]) => {
      const raw = cellOf(record, name).trim();
      const code = vocab.get(norm(raw));
      if (code) return code;
      const column = columnHeader(name, locale);
      errors.push(translate(locale, 'planCsvUnknownValue', line, column, raw, codes.map((c) => translate(locale, key, c)).join(', ')));
      reported.add(`${r}.${name}`);
      return raw;
    };

    let area = optionalTrimmed('areaCode');
    const areaText = text('area').trim();
    if (!area && areaText) area = areaByLabel.get(norm(areaText));
    if (!area && areaText) area = areaCode(areaText, new Set(areaByCode.keys()));
    if (area && !areaByCode.has(area)) {
      const created: PlanArea = { code: area, label: { sv: areaText || area } };
      customAreas.push(created);
      areaByCode.set(area, created);
      areaByLabel.set(norm(created.label.sv), area);
    }

    let id = optionalTrimmed('id');
    if (!id) {
      let n = rows.length + 1;
      while (ids.has(`row-${n}`)) n++;
      id = `row-${n}`;
    }
    ids.add(id);

    const statusRaw = cellOf(record, 'status').trim();
    const row: Record<string, unknown> = {
      id,
      area: area ?? '',
      goal: text('goal'),
      activity: text('activity'),
      responsible: text('responsible'),
      deadline: optionalTrimmed('deadline'),
      schedule: optionalText('schedule'),
      followUpDate: optionalTrimmed('followUpDate'),
      // A hand-made sheet often leaves the status out of rows not yet begun.
      status: statusRaw ? coded('status', statuses, 'planStatus', planStatuses) : 'not-started',
      result: optionalText('result'),
    };
    const targetCells = ['targetDescription', 'targetDirection', 'targetValue', 'targetUnit', 'targetOutcome'] as const;
    if (targetCells.some((c) => cellOf(record, c).trim() !== '')) {
      const outcome = optionalTrimmed('targetOutcome');
      row.target = withoutUndefined({
        description: text('targetDescription'),
        direction: coded('targetDirection', directions, 'planDirection', targetDirections),
        value: parseDecimal(cellOf(record, 'targetValue')),
        unit: coded('targetUnit', units, 'planUnit', targetUnits),
        outcome: outcome === undefined ? undefined : parseDecimal(outcome),
      });
    }
    rows.push(withoutUndefined(row));
  });

  const titleCell = body.length && index.has('plan') ? unguardCell(cellOf(body[0], 'plan')) : undefined;
  const periodCell = body.length && index.has('period') ? unguardCell(cellOf(body[0], 'period')) : undefined;
  const candidate = withoutUndefined({
    title: titleCell || base?.title || translate(locale, 'planDefaultTitle'),
    period: periodCell !== undefined ? periodCell || undefined : base?.period,
    // A CSV file does not say its language: the texts read into a plan are taken to be in the plan's.
    lang: base?.lang,
    areas: customAreas.length ? customAreas : undefined,
    rows,
  });
  const result = parseActionPlan(candidate, { locale });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [top, r, field, sub] = issue.path;
      if (top === 'rows' && typeof r === 'number') {
        const column = field === 'target' && typeof sub === 'string' ? `target${sub[0].toUpperCase()}${sub.slice(1)}` : String(field);
        if (reported.has(`${r}.${column}`)) continue;
      }
      errors.push(describeIssue(issue, locale, 2));
    }
  }
  return errors.length || !result.success ? { errors } : { plan: result.data, errors };
}

/**
 * A plan from a file's text, JSON or CSV by the file's name (or, without an
 * extension, by its first character). `base` as for `parsePlanCsv`.
 */
export function importPlan(
  fileName: string,
  content: string,
  options: ImportOptions = {},
): PlanImportResult {
  const locale = options.locale ?? 'sv';
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext && ext !== 'json' && ext !== 'csv' && ext !== 'txt') return { errors: [translate(locale, 'planImportUnknownType')] };
  if (ext === 'json' || (ext !== 'csv' && text.trimStart().startsWith('{'))) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { errors: [translate(locale, 'planImportNotJson', error instanceof Error ? error.message : '')] };
    }
    const result = parseActionPlan(data, { locale });
    return result.success ? { plan: result.data, errors: [] } : { errors: result.error.issues.map((i) => describeIssue(i, locale)) };
  }
  return parsePlanCsv(text, options);
}

import { inventoryDefinition } from '../definitions/inventory.js';
import * as messages from '../i18n/messages/aggregate.js';
import {
  populationSchema,
  type AggregateResult,
  type Cell,
  type Count,
  type HistogramBin,
  type NumberStats,
  type OptionResult,
  type Population,
  type QuestionResult,
  type Split,
} from '../schema/aggregate-result.js';
import { optionsOf, type Definition } from '../schema/questionnaire.js';
import { recordSchemaFor } from '../schema/record.js';
import { toLocale, type Locale, type LocalizedText } from '../schema/text.js';
import { Kind, compileDefinition, type CompiledDefinition, type CompiledQuestion } from './compile.js';
import type { FastCounter } from './fast-reader.js';
import { Reading } from './reading.js';
import { CellProtection, checkMinCount, type CellKind } from './disclosure.js';
import { binBounds, binLabel, binOf, chooseBins, describe, type Bins } from './numbers.js';
import { REJECTION_REASONS, classify, type RejectionReason } from './rejections.js';

export interface AggregateOptions {
  /** The definition the records follow. Default: the national inventory. */
  definition?: Definition;
  /** Break every figure down by this single-choice question (`gender`, `ageBand`, or any `one`/`scale` question id). */
  by?: string;
  /** Population figures, for per-mille figures. */
  population?: Population;
  /** Counts from 1 to minCount − 1 are never given out. Default 5; only an explicit 1 turns disclosure control off. */
  minCount?: number;
  /** A label for the period the records describe ("2015"). */
  period?: string;
  /** Language of the rejection messages. Swedish by default. */
  locale?: Locale;
}

/** Per-column counts gathered in one pass over the records. */
class Tally {
  /** Group columns (the groups of `by`, then one for records without a `by` answer), or 1 without `by`. */
  readonly cols: number;
  readonly totals: Uint32Array;
  /** [question × cols] */
  readonly answered: Uint32Array;
  /** [(option offset + option) × cols] */
  readonly options: Uint32Array;
  /** Number questions: the values and their group columns, grown by doubling. */
  readonly values: Array<{ values: Float64Array; groups: Uint16Array; n: number } | undefined>;
  private readonly kinds: Uint8Array;
  private readonly offsets: Int32Array;
  private readonly fast: FastCounter | undefined;

  constructor(
    compiled: CompiledDefinition,
    reading: Reading,
    readonly byIndex: number,
    readonly groupCount: number,
  ) {
    this.cols = byIndex >= 0 ? groupCount + 1 : 1;
    const n = compiled.questions.length;
    this.totals = new Uint32Array(this.cols);
    this.answered = new Uint32Array(n * this.cols);
    this.options = new Uint32Array(compiled.optionTotal * this.cols);
    this.kinds = Uint8Array.from(compiled.questions.map((q) => q.kind));
    this.offsets = Int32Array.from(compiled.questions.map((q) => q.optionOffset));
    this.values = compiled.questions.map((q) =>
      q.kind === Kind.Number ? { values: new Float64Array(64), groups: new Uint16Array(64), n: 0 } : undefined,
    );
    this.fast = reading.counter(byIndex, groupCount);
    reading.numberSink = (question, value, group) => this.push(question, value, group);
  }

  add(r: Reading): void {
    if (this.fast) {
      this.fast(this.totals, this.answered, this.options);
      return;
    }
    const { values, chosen, manyLength, numbers } = r;
    const { cols, answered, options, kinds, offsets } = this;
    let g = 0;
    if (this.byIndex >= 0) {
      const v = values[this.byIndex];
      g = v >= 0 ? v : this.groupCount;
    }
    this.totals[g]++;
    for (let i = 0; i < kinds.length; i++) {
      const v = values[i];
      if (v < 0) continue;
      answered[i * cols + g]++;
      switch (kinds[i]) {
        case Kind.One:
        case Kind.Scale:
          options[(offsets[i] + v) * cols + g]++;
          break;
        case Kind.Many: {
          const off = offsets[i];
          const length = manyLength[i];
          for (let k = 0; k < length; k++) options[(off + chosen[off + k]) * cols + g]++;
          break;
        }
        case Kind.Number:
          this.push(i, numbers[i], g);
          break;
      }
    }
  }

  private push(question: number, value: number, group: number) {
    let store = this.values[question]!;
    if (store.n === store.values.length) {
      const values = new Float64Array(store.n * 2);
      values.set(store.values);
      const groups = new Uint16Array(store.n * 2);
      groups.set(store.groups);
      store = this.values[question] = { values, groups, n: store.n };
    }
    store.values[store.n] = value;
    store.groups[store.n] = group;
    store.n++;
  }
}

/** The question to break down by; throws a clear Error for anything else. */
function resolveBy(compiled: CompiledDefinition, by: string | undefined): CompiledQuestion | undefined {
  if (by === undefined) return undefined;
  const q = compiled.byId.get(by);
  const problem = !q
    ? 'is not a question of this definition'
    : q.kind !== Kind.One && q.kind !== Kind.Scale
      ? `is a "${q.question.kind}" question`
      : undefined;
  if (problem) {
    throw new Error(
      `aggregate: "by" must be the id of a single-choice question of ${compiled.ref} (such as "gender" or "ageBand"); "${by}" ${problem}.`,
    );
  }
  return q;
}

function checkPopulation(population: Population | undefined): Population | undefined {
  if (population === undefined) return undefined;
  const parsed = populationSchema.safeParse(population);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'population'}: ${i.message}`);
    throw new Error(`aggregate: the population is not usable (every figure a number above 0):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The option codes and labels of a choice or scale question, in order. */
function optionList(q: CompiledQuestion): Array<{ code: string; label: LocalizedText; group?: LocalizedText }> {
  const question = q.question;
  if (question.kind === 'scale') {
    const points = question.points ?? 5;
    return q.codeList.map((code, i) => {
      if (code !== String(i + 1)) return { code, label: { sv: messages.sv.aggregateDontKnow, en: messages.en.aggregateDontKnow } };
      const anchor = i === 0 ? question.anchors.low : i === points - 1 ? question.anchors.high : undefined;
      return { code, label: anchor ? { sv: `${code} – ${anchor.sv}`, en: `${code} – ${anchor.en}` } : { sv: code, en: code } };
    });
  }
  const groupOf = new Map<string, LocalizedText>();
  if (question.kind === 'one') for (const g of question.groups ?? []) for (const o of g.options) groupOf.set(o.code, g.label);
  return optionsOf(question).map((o) => {
    const group = groupOf.get(o.code);
    return group ? { code: o.code, label: o.label, group } : { code: o.code, label: o.label };
  });
}

/**
 * Aggregates records: counts, shares and per-mille figures for every
 * question, overall and per group of `by`, with small counts hidden.
 * Records that do not parse are not counted; `rejected` says how many and why.
 * Throws an Error for unusable options (an unknown `by`, a `minCount` below 1, an invalid definition or population).
 */
export function aggregate(records: readonly unknown[], options: AggregateOptions = {}): AggregateResult {
  if (!Array.isArray(records)) throw new TypeError('aggregate: records must be an array.');
  const definition = options.definition ?? inventoryDefinition;
  const compiled = compileDefinition(definition);
  const minCount = checkMinCount(options.minCount);
  const by = resolveBy(compiled, options.by);
  const population = checkPopulation(options.population);
  const locale = toLocale(options.locale);
  const groups = by ? optionList(by) : [];

  const reading = Reading.for(compiled);
  const tally = new Tally(compiled, reading, by ? by.index : -1, groups.length);
  const schema = recordSchemaFor(definition, { locale });
  const rejections = new Map<string, { reason: RejectionReason; question?: string; count: number }>();
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (reading.read(record)) {
      tally.add(reading);
      continue;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      // An unusual but valid record (a key with an undefined value, say): count the schema's clean copy.
      if (!reading.read(parsed.data, true)) throw new Error(`aggregate: record ${i} is valid but could not be read.`);
      tally.add(reading);
      continue;
    }
    const found = classify(compiled, record, parsed.error.issues[0]);
    const key = `${found.reason} ${found.question ?? ''}`;
    const entry = rejections.get(key);
    if (entry) entry.count++;
    else rejections.set(key, { ...found, count: 1 });
  }

  const rejected = [...rejections.values()].sort(
    (a, b) =>
      REJECTION_REASONS.indexOf(a.reason) - REJECTION_REASONS.indexOf(b.reason) ||
      (a.question ? compiled.byId.get(a.question)!.index : -1) - (b.question ? compiled.byId.get(b.question)!.index : -1),
  );
  const result = publish(compiled, tally, { by, groups, population, minCount });
  return {
    ...result,
    rejected: {
      count: rejected.reduce((sum, r) => sum + r.count, 0),
      reasons: rejected.map((r) => {
        const label = r.question ? compiled.byId.get(r.question)!.question.label[locale] : undefined;
        return {
          reason: r.reason,
          count: r.count,
          ...(r.question ? { question: r.question } : {}),
          message: messages[locale].aggregateRejectionReason(r.reason, label),
        };
      }),
    },
    ...(options.period !== undefined ? { period: options.period } : {}),
  };
}

/** One figure in every column: the groups, the records without a group (never shown by itself), and everyone. */
interface Row {
  ids: number[];
  counts: number[];
}

interface QuestionRows {
  q: CompiledQuestion;
  answered: Row;
  unanswered: Row;
  options: Row[];
  bins: Row[];
  binSpec: Bins | undefined;
  stats: Array<ReturnType<typeof describe>>;
}

interface PublishContext {
  by: CompiledQuestion | undefined;
  groups: Array<{ code: string; label: LocalizedText }>;
  population: Population | undefined;
  minCount: number;
}

/** Lays the counts out as cells and relations, protects them, and writes the result with hidden cells as null. */
function publish(compiled: CompiledDefinition, tally: Tally, ctx: PublishContext): Omit<AggregateResult, 'rejected'> {
  const { by, groups, population, minCount } = ctx;
  const G = groups.length;
  const cols = tally.cols;
  // Columns of a Row: 0…G−1 the groups, G the records without a group, G+1 everyone; without `by` only everyone.
  const C = by ? G + 2 : 1;
  const ALL = C - 1;
  const protection = new CellProtection();
  // When everyone answered `by`, the column of those who did not is all zeros, and a reader can tell.
  const remainder: CellKind = by && tally.totals[G] > 0 ? 'unshown' : 'known';
  const row = (perColumn: ArrayLike<number>, remainderKind = remainder): Row => {
    if (!by) {
      const count = perColumn[0];
      return { ids: [protection.cell(count)], counts: [count] };
    }
    const ids: number[] = [];
    const counts: number[] = [];
    let sum = 0;
    for (let g = 0; g < cols; g++) {
      const count = perColumn[g];
      counts.push(count);
      ids.push(protection.cell(count, g === G ? remainderKind : 'shown'));
      sum += count;
    }
    counts.push(sum);
    ids.push(protection.cell(sum));
    protection.relate(ids[ALL], ids.slice(0, ALL));
    return { ids, counts };
  };
  const slice = (array: Uint32Array, at: number) => array.subarray(at * cols, (at + 1) * cols);

  const total = row(tally.totals);
  const rows: QuestionRows[] = compiled.questions.map((q) => {
    const answeredCounts = slice(tally.answered, q.index);
    // Those without a `by` answer did not answer `by`: known zeros.
    const isBy = q === by;
    const answered = row(answeredCounts, isBy ? 'known' : remainder);
    const unanswered = row(Array.from(tally.totals, (t, g) => t - answeredCounts[g]));
    for (let c = 0; c < C; c++) protection.relate(total.ids[c], [answered.ids[c], unanswered.ids[c]]);
    const options = q.codeList.map((_, k) => row(slice(tally.options, q.optionOffset + k), isBy ? 'known' : remainder));
    // The options of a single-choice question add up to those who answered; so do histogram bins.
    if (q.kind === Kind.One || q.kind === Kind.Scale || (q.kind === Kind.Many && options.length === 1)) {
      for (let c = 0; c < C; c++) protection.relate(answered.ids[c], options.map((o) => o.ids[c]));
    }
    const numbers = q.kind === Kind.Number ? numberRows(q, tally, answered, ctx, C, row) : undefined;
    if (numbers) for (let c = 0; c < C; c++) protection.relate(answered.ids[c], numbers.bins.map((b) => b.ids[c]));
    return { q, answered, unanswered, options, bins: numbers?.bins ?? [], binSpec: numbers?.spec, stats: numbers?.stats ?? [] };
  });

  // Who is asked a required conditional question follows from the answers to the question it depends on.
  for (const r of rows) {
    const condition = conditionParts(r.q, rows, compiled.roles);
    if (!condition) continue;
    const { target, parts } = condition;
    for (let c = 0; c < C; c++) protection.relate(r.answered.ids[c], parts.map((p) => p.ids[c]));
    // The options of a single-choice question add up to those who answered it, so the follow-up's count publishes
    // the sum of the condition's options, and with it the sum of the others: protect that relation too, or one
    // hidden option outside the condition follows from the parent's answered, the follow-up and the rest.
    if (target.q.kind === Kind.One || target.q.kind === Kind.Scale) {
      const others = target.options.filter((o) => !parts.includes(o));
      for (let c = 0; c < C; c++) {
        protection.relate(target.answered.ids[c], [r.answered.ids[c], ...others.map((o) => o.ids[c])]);
      }
    }
  }
  // The answers to `by` are the group totals.
  if (by) {
    const byRows = rows[by.index];
    for (let g = 0; g < G; g++) protection.relate(total.ids[g], [byRows.options[g].ids[ALL]]);
    protection.relate(total.ids[G], [byRows.unanswered.ids[ALL]]);
  }

  const hidden = protection.protect(minCount);
  const isHidden = (r: Row, c: number) => hidden[r.ids[c]] === 1;
  const columnOf = (c: number) => (c === ALL ? undefined : groups[c].code);
  const split = <T>(figure: (c: number) => T): Split<T> => ({
    all: figure(ALL),
    groups: Object.fromEntries(groups.map((g, c) => [g.code, figure(c)])),
  });
  const count = (r: Row, c: number, perMilleOf?: number): Count => {
    if (isHidden(r, c)) return perMilleOf === undefined ? { count: null, suppressed: true } : { count: null, suppressed: true, perMille: null };
    const figure: Count = { count: r.counts[c] };
    if (perMilleOf !== undefined) figure.perMille = (r.counts[c] / perMilleOf) * 1000;
    return figure;
  };
  const cell = (r: Row, c: number, answered: Row, perMilleOf: number | undefined): Cell => {
    const withPopulation = perMilleOf !== undefined;
    if (isHidden(r, c)) {
      return withPopulation
        ? { count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null, perMille: null }
        : { count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null };
    }
    const n = r.counts[c];
    // A share beside a hidden denominator would give the denominator away (count / share).
    const a = answered.counts[c];
    const t = total.counts[c];
    const result: Cell = {
      count: n,
      shareOfAnswered: isHidden(answered, c) || a === 0 ? null : n / a,
      shareOfAll: isHidden(total, c) || t === 0 ? null : n / t,
    };
    if (withPopulation) result.perMille = (n / perMilleOf) * 1000;
    return result;
  };
  const populationOf = (questionId: string | undefined, code: string | undefined, c: number): number | undefined => {
    if (!population) return undefined;
    const group = columnOf(c);
    const own = questionId !== undefined && code !== undefined ? population.byOption?.[questionId]?.[code] : undefined;
    if (group === undefined) return own?.total ?? population.total;
    // The population of (question = code, by = group) may be given either way round.
    const across = by && code !== undefined ? population.byOption?.[by.id]?.[group]?.groups?.[code] : undefined;
    return own?.groups?.[group] ?? across ?? population.groups?.[group];
  };

  const questions: QuestionResult[] = rows.map((r) => {
    const { q } = r;
    const question = q.question;
    const result: QuestionResult = {
      id: q.id,
      kind: question.kind,
      label: question.label,
      section: q.section.id,
      answered: split((c) => count(r.answered, c)),
      unanswered: split((c) => count(r.unanswered, c)),
    };
    if (q.kind === Kind.One || q.kind === Kind.Many || q.kind === Kind.Scale) {
      result.options = optionList(q).map((o, k): OptionResult => ({
        ...o,
        cells: split((c) => cell(r.options[k], c, r.answered, populationOf(q.id, o.code, c))),
      }));
    }
    if (q.kind === Kind.Number && question.kind === 'number') {
      result.stats = split((c): NumberStats => {
        if (isHidden(r.answered, c)) return { n: null, suppressed: true, mean: null, median: null, min: null, max: null };
        return { n: r.answered.counts[c], ...r.stats[c] };
      });
      const spec = r.binSpec;
      result.histogram = spec
        ? r.bins.map((b, i): HistogramBin => ({
            ...binBounds(spec, i),
            label: binLabel(spec, i),
            cells: split((c) => cell(b, c, r.answered, undefined)),
          }))
        : [];
      if (question.unit) result.unit = question.unit;
    }
    return result;
  });

  const totalSplit = split((c) => count(total, c, populationOf(undefined, undefined, c)));
  return {
    type: 'samsyn-aggregate',
    definition: compiled.ref,
    ...(by ? { by: by.id } : {}),
    groups: groups.map((g) => ({ code: g.code, label: g.label })),
    minCount,
    total: totalSplit,
    ...(population ? { population } : {}),
    questions,
  };
}

/**
 * The option rows whose sum is the number who answered a required
 * conditional question: the options its one condition names, with the
 * question they belong to. Undefined
 * where that number does not follow from published figures alone.
 */
function conditionParts(
  q: CompiledQuestion,
  rows: QuestionRows[],
  roles: readonly string[] | undefined,
): { target: QuestionRows; parts: Row[] } | undefined {
  // A section for some roles only is asked of a number nobody publishes; a section for every role is asked of all.
  const everyRole = !q.section.roles || !roles || roles.every((r) => q.section.roles!.includes(r));
  if (!q.required || !everyRole) return undefined;
  const conditions = [q.question.when, q.section.when].filter((c) => c !== undefined);
  if (conditions.length !== 1) return undefined;
  const cond = conditions[0];
  const target = rows.find((r) => r.q.id === cond.question);
  if (!target) return undefined;
  const indices = new Set<number>();
  if (cond.equals && (target.q.kind === Kind.One || target.q.kind === Kind.Scale)) {
    for (const code of cond.equals) {
      const k = target.q.codes.get(code);
      if (k !== undefined) indices.add(k);
    }
  } else if (cond.includes?.length === 1 && target.q.kind === Kind.Many) {
    const k = target.q.codes.get(cond.includes[0]);
    if (k !== undefined) indices.add(k);
  } else {
    return undefined;
  }
  return indices.size ? { target, parts: [...indices].map((k) => target.options[k]) } : undefined;
}

/** Histogram rows and per-column statistics of a number question. */
function numberRows(
  q: CompiledQuestion,
  tally: Tally,
  answered: Row,
  ctx: PublishContext,
  C: number,
  row: (perColumn: ArrayLike<number>) => Row,
): { bins: Row[]; spec: Bins | undefined; stats: Array<ReturnType<typeof describe>> } {
  const store = tally.values[q.index]!;
  const n = store.n;
  const values = store.values.subarray(0, n);
  const cols = tally.cols;
  // Per column: the values sorted, for the median.
  const byColumn: Float64Array[] = [];
  if (C > 1) {
    const filled = new Uint32Array(cols);
    for (let g = 0; g < cols; g++) byColumn.push(new Float64Array(answered.counts[g]));
    for (let i = 0; i < n; i++) {
      const g = store.groups[i];
      byColumn[g][filled[g]++] = values[i]!;
    }
    for (const column of byColumn) column.sort();
  }
  const all = Float64Array.from(values).sort();
  byColumn.push(all);
  const stats = byColumn.map(describe);

  // Bins from the definition's range are the same every year; bins from the data only when enough answered to show its range.
  const question = q.question.kind === 'number' ? q.question : undefined;
  const declared = question?.min !== undefined && question.max !== undefined;
  let spec: Bins | undefined;
  if (declared) spec = chooseBins(question.min!, question.max!, q.integer);
  else if (n > 0 && (ctx.minCount <= 1 || n >= ctx.minCount)) spec = chooseBins(all[0], all[n - 1], q.integer || all.every(Number.isInteger));
  if (!spec) return { bins: [], spec, stats };
  const counts = new Uint32Array(spec.count * cols);
  for (let i = 0; i < n; i++) counts[binOf(spec, values[i]) * cols + store.groups[i]]++;
  const bins = Array.from({ length: spec.count }, (_, b) => row(counts.subarray(b * cols, (b + 1) * cols)));
  return { bins, spec, stats };
}

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
import { issueLines, optionsOf, type Definition } from '../schema/questionnaire.js';
import { recordSchemaFor, type RecordSchema } from '../schema/record.js';
import { toLocale, type Locale, type LocalizedText } from '../schema/text.js';
import { Kind, compileDefinition, type CompiledDefinition, type CompiledQuestion } from './compile.js';
import type { Dimension, FastCounter } from './fast-reader.js';
import { Reading } from './reading.js';
import { checkMinCount } from './disclosure.js';
import { LINKED_BREAKDOWNS } from './linked.js';
import { ANSWERED, JointTable, UNANSWERED, type FinestQuestion } from './joint.js';
import { binBounds, binLabel, binOf, chooseBins, describe, describeCounted, type Bins } from './numbers.js';
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

/**
 * The finest counts of one set of records: the finest columns of the
 * breakdowns (every record's column is its answer to each breakdown, or "no
 * answer"), and every question's answers counted in each column. Every
 * output is a margin of these. Filled by the pass over records here, or from
 * a database's counts by `samsyn/sql`.
 */
export class FinestCounts {
  /** Finest columns. */
  readonly cols: number;
  /** Per breakdown: how far apart its levels are in the finest columns (level `levels` is "no answer"). */
  readonly strides: Int32Array;
  readonly totals: Uint32Array;
  /** [question × cols] */
  readonly answered: Uint32Array;
  /** [(option offset + option) × cols] */
  readonly options: Uint32Array;
  /** Number questions: the values and their finest columns, grown by doubling; `weights` when a value stands for several answers. */
  readonly values: Array<NumberStore | undefined>;

  constructor(
    compiled: CompiledDefinition,
    readonly dims: readonly Dimension[],
  ) {
    let cols = 1;
    const strides = new Int32Array(dims.length);
    for (let d = dims.length - 1; d >= 0; d--) {
      strides[d] = cols;
      cols *= dims[d].levels + 1;
    }
    this.cols = cols;
    this.strides = strides;
    const n = compiled.questions.length;
    this.totals = new Uint32Array(cols);
    this.answered = new Uint32Array(n * cols);
    this.options = new Uint32Array(compiled.optionTotal * cols);
    this.values = compiled.questions.map((q) =>
      q.kind === Kind.Number ? { values: new Float64Array(64), groups: new Uint16Array(64), n: 0 } : undefined,
    );
  }

  push(question: number, value: number, group: number) {
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

  /** `count` answers of the same value in the same finest column, kept as one value with a weight. */
  pushCounted(question: number, value: number, group: number, count: number) {
    const before = this.values[question]!;
    const weights = (before.weights ??= new Float64Array(before.values.length).fill(1));
    this.push(question, value, group);
    const store = this.values[question]!;
    if (store !== before) {
      // Grown: the weights grow with the values.
      store.weights = new Float64Array(store.values.length);
      store.weights.set(weights);
    }
    store.weights![store.n - 1] = count;
  }
}

interface NumberStore {
  values: Float64Array;
  groups: Uint16Array;
  n: number;
  weights?: Float64Array;
}

/** Counts gathered in one pass over the records. */
class Tally extends FinestCounts {
  private readonly kinds: Uint8Array;
  private readonly offsets: Int32Array;
  private readonly fast: FastCounter | undefined;
  private readonly dimIndex: Int32Array;
  private readonly dimLevels: Int32Array;

  constructor(compiled: CompiledDefinition, reading: Reading, dims: readonly Dimension[]) {
    super(compiled, dims);
    this.dimIndex = Int32Array.from(dims.map((d) => d.index));
    this.dimLevels = Int32Array.from(dims.map((d) => d.levels));
    this.kinds = Uint8Array.from(compiled.questions.map((q) => q.kind));
    this.offsets = Int32Array.from(compiled.questions.map((q) => q.optionOffset));
    this.fast = reading.counter(dims);
    reading.numberSink = (question, value, group) => this.push(question, value, group);
  }

  add(r: Reading): void {
    if (this.fast) {
      this.fast(this.totals, this.answered, this.options);
      return;
    }
    const { values, chosen, manyLength, numbers } = r;
    const { cols, answered, options, kinds, offsets, dimIndex, dimLevels, strides: dimStride } = this;
    let g = 0;
    for (let d = 0; d < dimIndex.length; d++) {
      const v = values[dimIndex[d]];
      g += (v >= 0 ? v : dimLevels[d]) * dimStride[d];
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
}

/**
 * The breakdowns every output is protected across: gender and age band where
 * the definition has them (what the report, the SIP figures and the
 * per-mille tables publish), and `by` when it is another question.
 */
function breakdowns(compiled: CompiledDefinition, by: CompiledQuestion | undefined): CompiledQuestion[] {
  const dims: CompiledQuestion[] = [];
  for (const id of LINKED_BREAKDOWNS) {
    const q = compiled.byId.get(id);
    if (q && (q.kind === Kind.One || q.kind === Kind.Scale)) dims.push(q);
  }
  if (by && !dims.includes(by)) dims.push(by);
  return dims;
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
    throw new Error(`aggregate: the population is not usable (every figure a number above 0):\n${issueLines(parsed.error.issues, 'population')}`);
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
  const setup = setUp(options.definition ?? inventoryDefinition, options);
  const { definition, compiled, locale, dims } = setup;

  const reading = Reading.for(compiled);
  const tally = new Tally(compiled, reading, dimensionsOf(dims));
  // The schema decides only what the reader is not sure of; most counts never need it built.
  let schema: RecordSchema | undefined;
  const rejections = new Map<string, { reason: RejectionReason; question?: string; count: number }>();
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (reading.read(record)) {
      tally.add(reading);
      continue;
    }
    const parsed = (schema ??= recordSchemaFor(definition, { locale })).safeParse(record);
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
  return finish(setup, tally, rejected, options.period);
}

/**
 * The same result as `aggregate()` from finest counts gathered elsewhere (a
 * database's, by `samsyn/sql`): `count` fills them, then the very same
 * protection and output follow. There are no records to reject here.
 */
export function aggregateCounted(
  definition: Definition,
  options: AggregateOptions,
  count: (counts: FinestCounts, breakdowns: readonly CompiledQuestion[], compiled: CompiledDefinition) => void,
): AggregateResult {
  const setup = setUp(definition, options);
  const counts = new FinestCounts(setup.compiled, dimensionsOf(setup.dims));
  count(counts, setup.dims, setup.compiled);
  return finish(setup, counts, [], options.period);
}

/**
 * The breakdowns `aggregate()` cross-classifies records by for these
 * options (gender, age band, and `by`), in the order of the finest columns;
 * throws the Error `aggregate()` throws for a `by` it refuses.
 */
export function breakdownsFor(definition: Definition, by: string | undefined): CompiledQuestion[] {
  const compiled = compileDefinition(definition);
  return breakdowns(compiled, resolveBy(compiled, by));
}

interface Setup {
  definition: Definition;
  compiled: CompiledDefinition;
  minCount: number;
  by: CompiledQuestion | undefined;
  population: Population | undefined;
  locale: Locale;
  groups: Array<{ code: string; label: LocalizedText }>;
  dims: CompiledQuestion[];
}

/** The options checked, in the order `aggregate()` has always checked them. */
function setUp(definition: Definition, options: AggregateOptions): Setup {
  const compiled = compileDefinition(definition);
  const minCount = checkMinCount(options.minCount);
  const by = resolveBy(compiled, options.by);
  const population = checkPopulation(options.population);
  const locale = toLocale(options.locale);
  const groups = by ? optionList(by) : [];
  return { definition, compiled, minCount, by, population, locale, groups, dims: breakdowns(compiled, by) };
}

const dimensionsOf = (dims: readonly CompiledQuestion[]): Dimension[] => dims.map((q) => ({ index: q.index, levels: q.codeList.length }));

function finish(
  setup: Setup,
  counts: FinestCounts,
  rejected: Array<{ reason: RejectionReason; question?: string; count: number }>,
  period: string | undefined,
): AggregateResult {
  const { compiled, by, dims, groups, population, minCount, locale } = setup;
  const result = publish(compiled, counts, { by, dims, groups, population, minCount });
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
    ...(period !== undefined ? { period } : {}),
  };
}

interface PublishContext {
  by: CompiledQuestion | undefined;
  dims: CompiledQuestion[];
  groups: Array<{ code: string; label: LocalizedText }>;
  population: Population | undefined;
  minCount: number;
}

/** The finest counts of every question, protected together; then the output asked for, hidden cells as null. */
function publish(compiled: CompiledDefinition, tally: FinestCounts, ctx: PublishContext): Omit<AggregateResult, 'rejected'> {
  const { by, dims, groups, population, minCount } = ctx;
  const width = tally.cols;
  // Copied by the typed array's own constructor: `Float64Array.from` goes through an iterator, element by element.
  const slice = (array: Uint32Array, at: number) => new Float64Array(array.subarray(at * width, (at + 1) * width));
  const n = new Float64Array(tally.totals);
  const numbers = new Map<number, { spec: Bins | undefined; values: Float64Array; groups: Uint16Array; weights: Float64Array | undefined }>();
  const finest: FinestQuestion[] = compiled.questions.map((q) => {
    const answered = slice(tally.answered, q.index);
    const unanswered = n.map((t, c) => t - answered[c]);
    if (q.kind === Kind.One || q.kind === Kind.Scale || (q.kind === Kind.Many && q.codeList.length === 1)) {
      // A many question of one option: those who answered chose it.
      return { q, rows: [...q.codeList.map((_, k) => slice(tally.options, q.optionOffset + k)), unanswered], partition: true };
    }
    if (q.kind === Kind.Number) {
      const store = tally.values[q.index]!;
      const values = store.values.subarray(0, store.n);
      const groupOf = store.groups.subarray(0, store.n);
      const weights = store.weights?.subarray(0, store.n);
      const spec = binsOf(q, values, minCount, weights);
      numbers.set(q.index, { spec, values, groups: groupOf, weights });
      const bins = spec ? Array.from({ length: spec.count }, () => new Float64Array(width)) : [];
      // Every answer in a bin, so that the bins add up to those who answered.
      if (spec) for (let i = 0; i < values.length; i++) bins[Math.min(spec.count - 1, binOf(spec, values[i]) || 0)][groupOf[i]] += weights ? weights[i] : 1;
      // Without bins (too few answers to show a range the data chose), only answered and unanswered.
      return spec ? { q, rows: [...bins, unanswered], partition: true } : { q, rows: [answered, unanswered], partition: false };
    }
    if (q.kind === Kind.Many) {
      return { q, rows: [answered, unanswered], chosen: q.codeList.map((_, k) => slice(tally.options, q.optionOffset + k)), partition: false };
    }
    return { q, rows: [answered, unanswered], partition: false };
  });
  const joint = new JointTable(
    compiled,
    dims.map((q) => ({ q, levels: q.codeList.length })),
    n,
    finest,
  );
  joint.protect(minCount);

  // The output's columns: the groups of `by`, then everyone.
  const byDim = by ? dims.indexOf(by) : -1;
  const columns = [...groups.map((_, g) => joint.column(byDim, g)), 0];
  const ALL = columns.length - 1;
  const columnOf = (c: number) => (c === ALL ? undefined : groups[c].code);
  const split = <T>(figure: (c: number) => T): Split<T> => ({
    all: figure(ALL),
    groups: Object.fromEntries(groups.map((g, c) => [g.code, figure(c)])),
  });
  const populationOf = (questionId: string | undefined, code: string | undefined, c: number): number | undefined => {
    if (!population) return undefined;
    const group = columnOf(c);
    const own = questionId !== undefined && code !== undefined ? population.byOption?.[questionId]?.[code] : undefined;
    if (group === undefined) return own?.total ?? population.total;
    // The population of (question = code, by = group) may be given either way round.
    const across = by && code !== undefined ? population.byOption?.[by.id]?.[group]?.groups?.[code] : undefined;
    return own?.groups?.[group] ?? across ?? population.groups?.[group];
  };
  const countOf = (id: number, perMilleOf?: number): Count => {
    if (joint.isHidden(id)) return perMilleOf === undefined ? { count: null, suppressed: true } : { count: null, suppressed: true, perMille: null };
    const value = joint.value(id);
    const figure: Count = { count: value };
    if (perMilleOf !== undefined) figure.perMille = (value / perMilleOf) * 1000;
    return figure;
  };
  const cellOf = (id: number, answeredId: number, totalId: number, perMilleOf: number | undefined): Cell => {
    const withPopulation = perMilleOf !== undefined;
    if (joint.isHidden(id)) {
      return withPopulation
        ? { count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null, perMille: null }
        : { count: null, suppressed: true, shareOfAnswered: null, shareOfAll: null };
    }
    const value = joint.value(id);
    // A share beside a hidden denominator would give the denominator away (count / share).
    const a = joint.value(answeredId);
    const t = joint.value(totalId);
    const result: Cell = {
      count: value,
      shareOfAnswered: joint.isHidden(answeredId) || a === 0 ? null : value / a,
      shareOfAll: joint.isHidden(totalId) || t === 0 ? null : value / t,
    };
    if (withPopulation) result.perMille = (value / perMilleOf) * 1000;
    return result;
  };

  const questions: QuestionResult[] = compiled.questions.map((q) => {
    const question = q.question;
    const id = (key: number, c: number) => joint.cell(q.index, key, columns[c]);
    const totalId = (c: number) => joint.total(columns[c]);
    const result: QuestionResult = {
      id: q.id,
      kind: question.kind,
      label: question.label,
      section: q.section.id,
      answered: split((c) => countOf(id(ANSWERED, c))),
      unanswered: split((c) => countOf(id(UNANSWERED, c))),
    };
    if (q.kind === Kind.One || q.kind === Kind.Many || q.kind === Kind.Scale) {
      result.options = optionList(q).map((o, k): OptionResult => ({
        ...o,
        cells: split((c) => cellOf(id(k, c), id(ANSWERED, c), totalId(c), populationOf(q.id, o.code, c))),
      }));
    }
    if (q.kind === Kind.Number && question.kind === 'number') {
      const { spec, values, groups: groupOf, weights } = numbers.get(q.index)!;
      const inColumn = (c: number): Float64Array => {
        if (c === ALL) return Float64Array.from(values).sort();
        const picked: number[] = [];
        for (let i = 0; i < values.length; i++) if (joint.levelAt(groupOf[i], byDim) === c) picked.push(values[i]);
        return Float64Array.from(picked).sort();
      };
      const counted = (c: number) => {
        const picked = c === ALL ? null : values.map((_, i) => (joint.levelAt(groupOf[i], byDim) === c ? 1 : 0));
        return describeCounted(values, picked ? weights!.map((w, i) => w * picked[i]) : weights!);
      };
      result.stats = split((c): NumberStats => {
        const answeredId = id(ANSWERED, c);
        if (joint.isHidden(answeredId)) return { n: null, suppressed: true, mean: null, median: null, min: null, max: null };
        return { n: joint.value(answeredId), ...(weights ? counted(c) : describe(inColumn(c))) };
      });
      result.histogram = spec
        ? Array.from({ length: spec.count }, (_, b): HistogramBin => ({
            ...binBounds(spec, b),
            label: binLabel(spec, b),
            cells: split((c) => cellOf(id(b, c), id(ANSWERED, c), totalId(c), undefined)),
          }))
        : [];
      if (question.unit) result.unit = question.unit;
    }
    return result;
  });

  const totalSplit = split((c) => countOf(joint.total(columns[c]), populationOf(undefined, undefined, c)));
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

/** Bins from the definition's range are the same every year; bins from the data only when enough answered to show its range. */
function binsOf(q: CompiledQuestion, values: Float64Array, minCount: number, weights?: Float64Array): Bins | undefined {
  const question = q.question.kind === 'number' ? q.question : undefined;
  if (question?.min !== undefined && question.max !== undefined) return chooseBins(question.min, question.max, q.integer);
  const n = weights ? weights.reduce((sum, w) => sum + w, 0) : values.length;
  if (n === 0 || (minCount > 1 && n < minCount)) return undefined;
  let low = Infinity;
  let high = -Infinity;
  let integer = true;
  // Every value once: with weights (counted rows) n is the sum of the weights, not the number of values.
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < low) low = v;
    if (v > high) high = v;
    if (!Number.isInteger(v)) integer = false;
  }
  const bins = chooseBins(low, high, q.integer || integer);
  // A range too small for floating point to split (0 to 5e-324) has no usable bins.
  return bins.step > 0 && Number.isFinite(bins.step) && bins.count >= 1 ? bins : undefined;
}

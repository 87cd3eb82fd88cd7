import * as z from 'zod/mini';
import { localizedTextSchema } from './text.js';

/**
 * The aggregated result: what `aggregate(records, options)` returns, what the
 * chart and report elements show, and what a vendor computes in its own
 * database and hands to the elements instead of records.
 *
 * Disclosure control is part of the shape: a count that is hidden is `null`
 * with `suppressed: true`, never a number, and so are the shares and
 * per-mille figures derived from it. Shown as `..` (Kolada's sign).
 */

/** A count that may be hidden. */
export const countSchema = z.strictObject({
  count: z.nullable(z.number().check(z.int(), z.gte(0))),
  /** Hidden by disclosure control: shown as `..`. `count` is then null. */
  suppressed: z.optional(z.boolean()),
  /** Per 1,000 of the population (on `total` only, when a population was given); null when the count is hidden. */
  perMille: z.optional(z.nullable(z.number().check(z.gte(0)))),
});
export type Count = z.infer<typeof countSchema>;

const share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
/** A figure that is null where it is hidden, or where either side it comes from is. */
const figure = z.nullable(z.number());

/** One option's figures in one column (everyone, or one group of `by`). */
export const cellSchema = z.strictObject({
  count: z.nullable(z.number().check(z.int(), z.gte(0))),
  suppressed: z.optional(z.boolean()),
  /** count / number who answered the question (0–1). For `many` questions the shares may add up to more than 1. */
  shareOfAnswered: share,
  /** count / every counted record (0–1). */
  shareOfAll: share,
  /** Per 1,000 of the population, when a population was given. */
  perMille: z.optional(z.nullable(z.number().check(z.gte(0)))),
});
export type Cell = z.infer<typeof cellSchema>;

/** Statistics of a number question; every figure null when n is too small to give out. */
export const numberStatsSchema = z.strictObject({
  n: z.nullable(z.number().check(z.int(), z.gte(0))),
  suppressed: z.optional(z.boolean()),
  mean: figure,
  median: figure,
  min: figure,
  max: figure,
});
export type NumberStats = z.infer<typeof numberStatsSchema>;

/** A figure for everyone and per group of `by` (keyed by the group's option code). */
function split<T extends z.ZodMiniType>(item: T) {
  return z.strictObject({ all: item, groups: z.record(z.string(), item) });
}
export const countSplitSchema = split(countSchema);
export const cellSplitSchema = split(cellSchema);
export type Split<T> = { all: T; groups: Record<string, T> };

export const optionResultSchema = z.strictObject({
  code: z.string(),
  label: localizedTextSchema,
  /** The option's group heading, for grouped options (the `housing` question). */
  group: z.optional(localizedTextSchema),
  cells: cellSplitSchema,
});
export type OptionResult = z.infer<typeof optionResultSchema>;

export const histogramBinSchema = z.strictObject({
  /** Inclusive lower bound. */
  from: z.number(),
  /** Exclusive upper bound (inclusive for the last bin). */
  to: z.number(),
  /** The bin as people read it ("0–4", "5"), numbers written the locale's way. */
  label: z.optional(localizedTextSchema),
  cells: cellSplitSchema,
});
export type HistogramBin = z.infer<typeof histogramBinSchema>;

export const questionResultSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['one', 'many', 'number', 'text', 'date', 'scale']),
  label: localizedTextSchema,
  section: z.string(),
  /** How many answered, and how many did not (or were not asked). */
  answered: countSplitSchema,
  unanswered: countSplitSchema,
  /** Choice and scale questions: one entry per option (scale points and "vet ej" as codes `1`…`5`, `dont-know`). */
  options: z.optional(z.array(optionResultSchema)),
  /** Number questions. */
  stats: z.optional(split(numberStatsSchema)),
  histogram: z.optional(z.array(histogramBinSchema)),
  unit: z.optional(localizedTextSchema),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const populationSchema = z.strictObject({
  /** Everyone in scope (for example the kommun's inhabitants aged 18 and over). */
  total: z.optional(z.number().check(z.gt(0))),
  /** Per group of `by`. */
  groups: z.optional(z.record(z.string(), z.number().check(z.gt(0)))),
  /**
   * Per option of a question, so that per-mille figures of gender × age band
   * use the number of women aged 25–34 (seed 002):
   * `{ gender: { woman: { total: 120000, groups: { '25-34': 18000 } } } }`.
   */
  byOption: z.optional(
    z.record(
      z.string(),
      z.record(
        z.string(),
        z.strictObject({
          total: z.optional(z.number().check(z.gt(0))),
          groups: z.optional(z.record(z.string(), z.number().check(z.gt(0)))),
        }),
      ),
    ),
  ),
});
export type Population = z.infer<typeof populationSchema>;

export const aggregateResultSchema = z.strictObject({
  /** Marks the shape, so that an element can tell a result from a list of records. */
  type: z.literal('samsyn-aggregate'),
  /** `id@version` of the definition the records follow. */
  definition: z.string(),
  /** The question the figures are broken down by, if any. */
  by: z.optional(z.string()),
  /** The groups of `by`, in the definition's order. */
  groups: z.array(z.strictObject({ code: z.string(), label: localizedTextSchema })),
  /** Disclosure control: counts from 1 to minCount − 1 are never given out. 1 means off. */
  minCount: z.number().check(z.int(), z.gte(1)),
  /** Records counted, overall and per group. */
  total: countSplitSchema,
  /** Records that did not parse and were not counted, by reason. */
  rejected: z.strictObject({
    count: z.number().check(z.int(), z.gte(0)),
    reasons: z.array(
      z.strictObject({
        /** A stable code: see `REJECTION_REASONS` in `samsyn/aggregate`. */
        reason: z.string(),
        count: z.number().check(z.int(), z.gte(1)),
        /** The question the first problem was found at, when there is one. */
        question: z.optional(z.string()),
        /** The reason in words, in the locale the result was made in. */
        message: z.optional(z.string()),
      }),
    ),
  }),
  population: z.optional(populationSchema),
  /** A label for the period or date the records describe ("2015"). */
  period: z.optional(z.string()),
  questions: z.array(questionResultSchema),
});
export type AggregateResult = z.infer<typeof aggregateResultSchema>;

/** One option's change between two results: counts and percentage points; null where either side is hidden. */
export const changeSchema = z.strictObject({
  before: figure,
  after: figure,
  /** after − before, in persons. */
  difference: figure,
  /** Change of the share of those who answered, in percentage points. */
  percentagePoints: figure,
  suppressed: z.optional(z.boolean()),
});
export type Change = z.infer<typeof changeSchema>;

export const comparisonSchema = z.strictObject({
  type: z.literal('samsyn-comparison'),
  definition: z.string(),
  before: z.optional(z.string()),
  after: z.optional(z.string()),
  total: changeSchema,
  questions: z.array(
    z.strictObject({
      id: z.string(),
      label: localizedTextSchema,
      options: z.array(z.strictObject({ code: z.string(), label: localizedTextSchema, all: changeSchema, groups: z.record(z.string(), changeSchema) })),
    }),
  ),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/** Parses a precomputed result (from a vendor's database); never throws. */
export function parseAggregateResult(input: unknown) {
  return aggregateResultSchema.safeParse(input);
}

import type { AggregateResult, Cell, Count, NumberStats, QuestionResult, Split } from '../../schema/aggregate-result.js';
import { pick } from '../../schema/locale.js';
import { categoriesOf, prefersHorizontal, type Category, type ChartType, type Localizer } from '../shared/figures/categories.js';
import { formats } from '../shared/figures/format.js';

/**
 * What a chart shows, worked out from one question of an aggregated result:
 * the categories (options or histogram bins), the series drawn, the columns
 * of the table, the text alternative and the direct labels. Pure, so that
 * the canvas, the table and the text alternative can never disagree.
 */

export { chartTypes, toChartType, prefersHorizontal, suggestChartType, type ChartType, type Category, type Localizer } from '../shared/figures/categories.js';
export { formats, PALETTE } from '../shared/figures/format.js';

/** The key of the "everyone" column. Option and group codes are kebab-case, so it cannot collide. */
export const ALL = '*';

export interface Column {
  key: string;
  label: string;
}

export interface ChartModel {
  question: QuestionResult;
  title: string;
  /** The type drawn: the requested one unless the data cannot be drawn that way. */
  type: ChartType;
  horizontal: boolean;
  histogram: boolean;
  categories: Category[];
  /** What the chart draws: everyone, or one series per group of `by`. */
  series: Column[];
  /** What the table shows: everyone, then each group of `by`. */
  columns: Column[];
  /** The label of `by` when the chart is broken down by it. */
  breakdown: string | undefined;
  minCount: number;
  /** Whether a figure of the table or the chart is hidden by disclosure control. */
  suppressed: boolean;
  /** Whether a figure of the table is missing (shown as `-`). */
  missing: boolean;
  perMille: boolean;
  many: boolean;
  /** How many answered, and how many records there are, for everyone. */
  answered: Count;
  total: Count;
}

const EMPTY_CELL: Cell = { count: null, shareOfAnswered: null, shareOfAll: null };

export function cellOf(category: Category, key: string): Cell {
  return key === ALL ? category.cells.all : (category.cells.groups[key] ?? EMPTY_CELL);
}

export function countOf(split: Split<Count> | undefined, key: string): Count {
  if (!split) return { count: null };
  return key === ALL ? split.all : (split.groups[key] ?? { count: null });
}

export function statsOf(question: QuestionResult, key: string): NumberStats | undefined {
  const stats = question.stats;
  if (!stats) return undefined;
  return key === ALL ? stats.all : stats.groups[key];
}

export function buildModel(result: AggregateResult, question: QuestionResult, requested: ChartType, l: Localizer): ChartModel {
  const { categories, histogram } = categoriesOf(question, l);
  const groups: Column[] = result.groups.map((g) => ({ key: g.code, label: pick(g.label, l.locale) }));
  // A question broken down by itself has one non-empty cell per row: nothing to group.
  const canBreakDown = groups.length > 0 && result.by !== question.id;
  const horizontalByLabels = prefersHorizontal(categories.map((c) => c.label));

  let type = requested;
  if ((type === 'stacked' || type === 'grouped') && !canBreakDown) type = horizontalByLabels ? 'horizontal-bar' : 'bar';
  // Shares of a multiple-choice question add up to more than the whole: a ring would mislead.
  if (type === 'doughnut' && (question.kind === 'many' || histogram)) type = horizontalByLabels ? 'horizontal-bar' : 'bar';

  const breakdown = type === 'stacked' || type === 'grouped';
  const series = breakdown ? groups : [{ key: ALL, label: l.term('chartAll') }];
  const columns = canBreakDown ? [{ key: ALL, label: l.term('chartAll') }, ...groups] : [{ key: ALL, label: l.term('chartAll') }];
  const byQuestion = result.questions.find((q) => q.id === result.by);

  const shownCells = categories.flatMap((c) => columns.map((col) => cellOf(c, col.key)));
  const shownCounts = columns.flatMap((col) => [countOf(question.answered, col.key), countOf(question.unanswered, col.key)]);
  const shownStats = question.stats ? columns.map((col) => statsOf(question, col.key)) : [];

  return {
    question,
    title: pick(question.label, l.locale),
    type,
    horizontal: type === 'horizontal-bar' || (breakdown && horizontalByLabels),
    histogram,
    categories,
    series,
    columns,
    breakdown: breakdown ? (byQuestion ? pick(byQuestion.label, l.locale) : (result.by ?? '')) : undefined,
    minCount: result.minCount,
    suppressed:
      shownCells.some((c) => c.suppressed) || shownCounts.some((c) => c.suppressed) || shownStats.some((s) => s?.suppressed),
    missing: shownCells.some((c) => c.count === null && !c.suppressed),
    perMille: shownCells.some((c) => c.perMille !== undefined && c.perMille !== null),
    many: question.kind === 'many',
    answered: question.answered.all,
    total: result.total.all,
  };
}

/** Whether the chart plots shares (bars) or counts (stacked bars, rings). */
export function plotsShares(model: ChartModel): boolean {
  return model.type !== 'stacked' && model.type !== 'doughnut';
}

/** The direct label of one bar or slice: "54 % (190)", "190", or `..` when hidden. */
export function labelOf(model: ChartModel, cell: Cell, l: Localizer): string {
  const f = formats(l);
  if (cell.suppressed) return l.term('suppressedSign');
  if (cell.count === null) return l.term('missingSign');
  if (model.type === 'stacked') return f.count(cell.count);
  if (cell.shareOfAnswered === null) return f.count(cell.count);
  return `${f.percent(cell.shareOfAnswered)} (${f.count(cell.count)})`;
}

/** The value drawn: a share in per cent or a count; null for a hidden or missing figure, so no bar is drawn. */
export function valueOf(model: ChartModel, cell: Cell): number | null {
  if (cell.suppressed || cell.count === null) return null;
  if (!plotsShares(model)) return cell.count;
  return cell.shareOfAnswered === null ? null : cell.shareOfAnswered * 100;
}

export function typeName(model: ChartModel, l: Localizer): string {
  const names: Record<ChartType, string> = {
    bar: l.term('chartTypeBar'),
    'horizontal-bar': l.term('chartTypeHorizontalBar'),
    stacked: l.term('chartTypeStacked'),
    grouped: l.term('chartTypeGrouped'),
    doughnut: l.term('chartTypeDoughnut'),
  };
  const name = model.histogram ? l.term('chartTypeHistogram') : names[model.type];
  return model.breakdown ? l.term('chartBrokenDownBy', name, model.breakdown) : name;
}

/**
 * The text alternative of the canvas, every figure the chart draws:
 * "Stapeldiagram: Kvinna 54 % (190), Man 46 % (160). 350 svarade."
 */
export function summaryOf(model: ChartModel, l: Localizer): string {
  const f = formats(l);
  const figure = (label: string, cell: Cell): string => {
    if (cell.suppressed) return l.term('chartSummarySuppressed', label);
    if (cell.count === null) return l.term('chartSummaryCount', label, l.term('missingWords'));
    if (model.type === 'stacked' || cell.shareOfAnswered === null) return l.term('chartSummaryCount', label, f.count(cell.count));
    return l.term('chartSummaryFigure', label, f.percent(cell.shareOfAnswered), f.count(cell.count));
  };
  const figuresOf = (key: string) => model.categories.map((c) => figure(c.label, cellOf(c, key))).join(', ');
  const figures = model.breakdown
    ? model.series.map((s) => l.term('chartSummaryGroup', s.label, figuresOf(s.key))).join('; ')
    : figuresOf(ALL);
  const parts = [l.term('chartSummary', typeName(model, l), figures)];
  if (model.answered.count !== null) parts.push(l.term('chartSummaryAnswered', f.count(model.answered.count)));
  if (model.suppressed) parts.push(l.term('chartSummarySuppressedNote'));
  return parts.join(' ');
}

/** The legend's entries, in the order of the fills: the slices of a ring, or the series of bars. */
export function legendOf(model: ChartModel): string[] {
  if (model.type === 'doughnut') return model.categories.map((c) => c.label);
  return model.series.length > 1 ? model.series.map((s) => s.label) : [];
}

/** Characters per line of a category label beside horizontal bars, and under vertical ones. */
export const HORIZONTAL_WRAP = 32;
const VERTICAL_WRAP = 10;

/** Splits a long label into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What the lazily loaded renderer draws: plain data, no Chart.js types. */
export interface PlotSpec {
  kind: 'bar' | 'doughnut';
  horizontal: boolean;
  stacked: boolean;
  categories: string[][];
  series: Array<{ label: string; values: Array<number | null>; labels: string[] }>;
  /** Stacked bars: the text at the end of each stack (the option's total). */
  totals: string[] | undefined;
  valueTitle: string;
  percent: boolean;
  formatTick: (value: number) => string;
}

export function plotSpecOf(model: ChartModel, l: Localizer): PlotSpec {
  const f = formats(l);
  const percent = plotsShares(model);
  const wrapWidth = model.horizontal ? HORIZONTAL_WRAP : VERTICAL_WRAP;
  return {
    kind: model.type === 'doughnut' ? 'doughnut' : 'bar',
    horizontal: model.horizontal,
    stacked: model.type === 'stacked',
    categories: model.categories.map((c) => wrapLabel(c.label, wrapWidth)),
    series: model.series.map((s) => ({
      label: s.label,
      values: model.categories.map((c) => valueOf(model, cellOf(c, s.key))),
      labels: model.categories.map((c) => labelOf(model, cellOf(c, s.key), l)),
    })),
    totals: model.type === 'stacked' ? model.categories.map((c) => labelOf(model, c.cells.all, l)) : undefined,
    valueTitle: percent ? l.term('chartShare') + ', %' : l.term('chartCount'),
    percent,
    formatTick: percent ? (v) => f.percent(v / 100) : (v) => f.count(v),
  };
}

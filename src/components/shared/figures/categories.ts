import type { AggregateResult, Cell, QuestionResult, Split } from '../../../schema/aggregate-result.js';
import { pick } from '../../../schema/locale.js';
import type { LocalizeController } from '../../../i18n/localize.js';

/*
 * What a question's figures are drawn as, shared by the chart and by the
 * report that picks a chart type per question: the categories (options or
 * histogram bins) and the chart types.
 */

export const chartTypes = ['bar', 'horizontal-bar', 'stacked', 'grouped', 'doughnut'] as const;
export type ChartType = (typeof chartTypes)[number];

export function toChartType(value: string | null | undefined): ChartType {
  return (chartTypes as readonly string[]).includes(value ?? '') ? (value as ChartType) : 'bar';
}

export type Localizer = Pick<LocalizeController, 'term' | 'number' | 'locale'>;

export interface Category {
  key: string;
  label: string;
  cells: Split<Cell>;
}

/** Whether the labels are long or many enough to read better along horizontal bars. */
export function prefersHorizontal(labels: readonly string[]): boolean {
  return labels.length > 6 || labels.some((l) => l.length > 16);
}

/** The categories a question is drawn in: its options, or its histogram's bins. */
export function categoriesOf(question: QuestionResult, l: Localizer): { categories: Category[]; histogram: boolean } {
  if (question.options?.length) {
    return {
      histogram: false,
      categories: question.options.map((o) => ({ key: o.code, label: pick(o.label, l.locale), cells: o.cells })),
    };
  }
  if (question.histogram?.length) {
    const unit = question.unit ? ` ${pick(question.unit, l.locale)}` : '';
    return {
      histogram: true,
      categories: question.histogram.map((bin) => ({
        key: `${bin.from}`,
        // The aggregation's own label says which bounds are inclusive ("0–4"); older results have only numbers.
        label: `${bin.label ? pick(bin.label, l.locale) : `${l.number(bin.from)}–${l.number(bin.to)}`}${unit}`,
        cells: bin.cells,
      })),
    };
  }
  return { histogram: false, categories: [] };
}

/** The chart type a report picks for a question: grouped when broken down, horizontal bars for long labels. */
export function suggestChartType(result: AggregateResult, question: QuestionResult, l: Localizer): ChartType {
  if (result.groups.length && result.by !== question.id) return 'grouped';
  const { categories } = categoriesOf(question, l);
  return prefersHorizontal(categories.map((c) => c.label)) ? 'horizontal-bar' : 'bar';
}


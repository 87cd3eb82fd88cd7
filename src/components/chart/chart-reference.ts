/**
 * The kommun beside its reference figures (Kolada's shape) in one chart:
 * what `samsyn-chart` draws, tabulates and says when it is given
 * `reference`. Kolada's figures are per mille of the population by gender
 * (`K` women, `M` men, `T` everyone), so they go beside the chart's
 * categories that are genders (`woman`, `man`), and beside the kommun's own
 * per-mille figures of the same categories: a second series per reference
 * in the plot (each with a fill pattern of its own, so forced colours tell
 * them apart), a column per reference in the table, and a sentence per
 * category in the text alternative saying how the kommun stands. A figure
 * Kolada does not publish is `..`, as everywhere.
 */
import { html, nothing } from 'lit';
import { registerMessages } from '../../i18n/catalogs.js';
import * as inventoryReportMessages from '../../i18n/messages/inventory-report.js';
import type { KoladaValue } from '../../schema/kolada.js';
import { koladaFigure, KOLADA_NATION } from '../../schema/kolada-figure.js';
import { pick } from '../../schema/locale.js';
import { figureCell } from '../shared/figure-cell.js';
import { ALL, cellOf, formats, type ChartModel, type Localizer, type PlotSpec } from './chart-data.js';

// The words the report uses of references ("Riket", "fler än"): the same in a chart alone.
registerMessages(inventoryReportMessages);

/** Kolada's gender of a category of the gender question. */
const GENDER_OF: Record<string, 'K' | 'M' | 'T'> = { woman: 'K', man: 'M' };

export interface ReferenceFigure {
  value: number | null;
  hidden: boolean;
}

export interface ReferenceView {
  /** The kommun's own name, as the series and the text say it. */
  own: string;
  /** One entry per reference: its name, with its period where it is not the chart's. */
  names: string[];
  /** Per category (in the model's order): the kommun's per mille, and each reference's figure; undefined where none applies. */
  rows: Array<{ key: string; label: string; own: number | null; ownHidden: boolean; figures: ReferenceFigure[] } | undefined>;
  /** Whether the plot can draw the kommun beside the references: its own per-mille figures are there. */
  drawable: boolean;
}

/** The name of a reference: its label, "Riket" for the whole country, or its municipality code. */
export function referenceName(r: KoladaValue, l: Localizer): string {
  if (r.label) return typeof r.label === 'string' ? r.label : pick(r.label, l.locale);
  return r.municipality === KOLADA_NATION ? l.term('referenceNation') : r.municipality;
}

/**
 * What the chart shows of `references`, or undefined when none applies to
 * its question (no category is a gender Kolada gives figures for).
 */
export function referenceView(
  model: ChartModel,
  references: readonly KoladaValue[] | undefined,
  own: string | undefined,
  period: string | undefined,
  l: Localizer,
): ReferenceView | undefined {
  if (!references?.length || model.histogram) return undefined;
  const rows = model.categories.map((c) => {
    const gender = GENDER_OF[c.key];
    if (!gender) return undefined;
    const cell = cellOf(c, ALL);
    return {
      key: c.key,
      label: c.label,
      own: cell.suppressed ? null : (cell.perMille ?? null),
      ownHidden: !!cell.suppressed,
      figures: references.map((r) => koladaFigure(r, gender)),
    };
  });
  if (!rows.some(Boolean)) return undefined;
  return {
    own: own || l.term('referenceOwn'),
    names: references.map((r) => `${referenceName(r, l)}${period && String(r.period) !== period ? ` (${r.period})` : ''}`),
    rows,
    drawable: rows.some((r) => r && r.own !== null),
  };
}

/**
 * The plot with the references: per mille of the population, the kommun as
 * the first series and a series per reference, over the gender categories
 * only. A hidden or unpublished figure draws no bar and is labelled `..`.
 */
export function referencePlot(spec: PlotSpec, view: ReferenceView, l: Localizer): PlotSpec {
  const f = formats(l);
  const shown = view.rows.filter((r): r is NonNullable<typeof r> => !!r);
  const label = (value: number | null, hidden: boolean) =>
    value !== null ? f.perMille(value) : hidden ? l.term('suppressedSign') : l.term('missingSign');
  return {
    ...spec,
    kind: 'bar',
    stacked: false,
    totals: undefined,
    categories: shown.map((r) => [r.label]),
    series: [
      { label: view.own, values: shown.map((r) => r.own), labels: shown.map((r) => label(r.own, r.ownHidden)) },
      ...view.names.map((name, k) => ({
        label: name,
        values: shown.map((r) => r.figures[k].value),
        labels: shown.map((r) => label(r.figures[k].value, r.figures[k].hidden)),
      })),
    ],
    valueTitle: l.term('chartPerMille'),
    percent: false,
    formatTick: (v) => f.perMille(v),
  };
}

/**
 * In words how the kommun stands, category by category: "Kvinna: Norrviks
 * kommun 12,3 promille, fler än Riket (10,1)." A reference Kolada does not
 * publish is said to be missing; a hidden own figure is said to be hidden.
 */
export function referenceSummary(view: ReferenceView, l: Localizer): string {
  const f = formats(l);
  return view.rows
    .filter((r): r is NonNullable<typeof r> => !!r)
    .map((r) => {
      if (r.own === null) return l.term('chartReferenceOwnHidden', r.label, view.own);
      const standing = r.figures.map((fig, k) => {
        if (fig.value === null) return l.term('chartReferenceMissing', view.names[k]);
        const word = r.own! > fig.value ? l.term('referenceHigher') : r.own! < fig.value ? l.term('referenceLower') : l.term('referenceSame');
        return l.term('referenceStanding', word, view.names[k], f.perMille(fig.value));
      });
      return l.term('chartReferenceRow', r.label, view.own, f.perMille(r.own), standing.join(', '));
    })
    .join(' ');
}

/** The table's header cells of the references: one column per reference ("Riket, promille"); `top` is the row above, left empty. */
export function referenceHeads(view: ReferenceView | undefined, l: Localizer, top = false): unknown {
  if (!view) return nothing;
  return top ? view.names.map(() => html`<td></td>`) : view.names.map((name) => html`<th scope="col">${l.term('chartReferenceHeading', name)}</th>`);
}

/** A row's reference cells: each reference's per mille for the row's category, `..` where Kolada does not publish it, `-` where none applies. */
export function referenceCells(view: ReferenceView | undefined, index: number | undefined, l: Localizer): unknown {
  if (!view) return nothing;
  const f = formats(l);
  const row = index === undefined ? undefined : view.rows[index];
  return view.names.map((_, k) =>
    index === undefined ? html`<td></td>` : html`<td>${figureCell(l, row?.figures[k].value ?? null, row?.figures[k].hidden ?? false, f.perMille)}</td>`,
  );
}

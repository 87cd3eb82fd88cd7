import { html, nothing, type TemplateResult } from 'lit';
import type { Cell } from '../../schema/aggregate-result.js';
import { columnHeads, figureCell } from '../shared/figure-cell.js';
import { cellOf, countOf, formats, legendOf, statsOf, type ChartModel, type Localizer } from './chart-data.js';
import { referenceCells, referenceHeads, type ReferenceView } from './chart-reference.js';

/*
 * The chart's figures as text: the legend beside the canvas, and the table
 * with its statistics that shows every figure the chart draws (and the ones
 * it cannot), for a reader who does not see the chart.
 */

export function renderLegend(model: ChartModel, view?: ReferenceView): unknown {
  // With references: the kommun, then each reference.
  const entries = view?.drawable ? [view.own, ...view.names] : legendOf(model);
  if (!entries.length) return nothing;
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${entries.map((entry, i) => html`<li><span class="swatch fill-${i % 6}"></span>${entry}</li>`)}
  </ul>`;
}

export function renderTable(
  model: ChartModel,
  l: Localizer,
  period: string | undefined,
  view?: ReferenceView,
  tableLabel?: string,
): TemplateResult {
  const f = formats(l);
  const span = model.perMille ? 3 : 2;
  const cells = (cell: Cell) => html`<td>${figureCell(l, cell.count, cell.suppressed, f.count)}</td>
    <td>${figureCell(l, cell.shareOfAnswered, cell.suppressed, f.percentValue)}</td>
    ${model.perMille ? html`<td>${figureCell(l, cell.perMille, cell.suppressed, f.perMille)}</td>` : nothing}`;
  const countRow = (label: string, split: typeof model.question.answered) => html`<tr>
    <th scope="row">${label}</th>
    ${model.columns.map((col) => {
      const c = countOf(split, col.key);
      return html`<td>${figureCell(l, c.count, c.suppressed, f.count)}</td>
        <td></td>
        ${model.perMille ? html`<td></td>` : nothing}`;
    })}
    ${referenceCells(view, undefined, l)}
  </tr>`;
  return html`<table part="table">
    <caption id="table-caption">
      ${tableLabel ? `${tableLabel} ` : ''}${model.title}${period ? `, ${period}` : ''}
    </caption>
    <thead>
      ${model.columns.length > 1
        ? html`<tr>
            <td></td>
            ${model.columns.map((col) => html`<th scope="colgroup" colspan=${span}>${col.label}</th>`)} ${referenceHeads(view, l, true)}
          </tr>`
        : nothing}
      <tr>
        <th scope="col">${model.histogram ? l.term('chartInterval') : l.term('chartOption')}</th>
        ${model.columns.map(
          () => html`<th scope="col">${l.term('chartCount')}</th>
            <th scope="col">${l.term('chartShare')}, %</th>
            ${model.perMille ? html`<th scope="col">${l.term('chartPerMille')}</th>` : nothing}`,
        )}
        ${referenceHeads(view, l)}
      </tr>
    </thead>
    <tbody>
      ${model.categories.map(
        (c, i) => html`<tr>
          <th scope="row">${c.label}</th>
          ${model.columns.map((col) => cells(cellOf(c, col.key)))} ${referenceCells(view, i, l)}
        </tr>`,
      )}
    </tbody>
    <tfoot>
      ${countRow(l.term('chartAnsweredRow'), model.question.answered)} ${countRow(l.term('chartUnansweredRow'), model.question.unanswered)}
    </tfoot>
  </table>`;
}

export function renderStats(model: ChartModel, l: Localizer): unknown {
  if (!model.question.stats) return nothing;
  const f = formats(l);
  return html`<table part="table">
    <caption>
      ${l.term('chartStatsCaption', model.title)}
    </caption>
    <thead>
      <tr>
        ${columnHeads([
          l.term('chartGroupColumn'),
          l.term('chartAnsweredRow'),
          l.term('chartMean'),
          l.term('chartMedian'),
          l.term('chartMin'),
          l.term('chartMax'),
        ])}
      </tr>
    </thead>
    <tbody>
      ${model.columns.map((col) => {
        const s = statsOf(model.question, col.key);
        const hidden = s?.suppressed;
        return html`<tr>
          <th scope="row">${col.label}</th>
          <td>${figureCell(l, s?.n, hidden, f.count)}</td>
          <td>${figureCell(l, s?.mean, hidden, f.decimal)}</td>
          <td>${figureCell(l, s?.median, hidden, f.decimal)}</td>
          <td>${figureCell(l, s?.min, hidden, f.decimal)}</td>
          <td>${figureCell(l, s?.max, hidden, f.decimal)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

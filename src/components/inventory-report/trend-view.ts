import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { numbered, type Numbering } from './numbering.js';
import type { AggregateResult, Population } from '../../schema/aggregate-result.js';
import type { Trend, TrendQuestion, TrendSeries } from '../../aggregate/trend.js';
import { koladaFigure, KOLADA_NATION, type KoladaValue } from '../../schema/kolada.js';
import { pick } from '../../schema/locale.js';
import { heading } from '../shared/heading.js';
import { figureCell } from '../shared/figure-cell.js';
import { reportTable } from './report-table.js';
import { formats, PALETTE } from '../shared/figures/format.js';

/** Marker shapes, so that a series is told by its shape as well as its colour. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

function marker(shape: (typeof MARKERS)[number], x: number, y: number, colour: string) {
  switch (shape) {
    case 'circle':
      return svg`<circle cx=${x} cy=${y} r="4.5" fill=${colour}></circle>`;
    case 'square':
      return svg`<rect x=${x - 4} y=${y - 4} width="8" height="8" fill=${colour}></rect>`;
    case 'triangle':
      return svg`<path d="M${x} ${y - 5}L${x + 5} ${y + 4}H${x - 5}Z" fill=${colour}></path>`;
    default:
      return svg`<path d="M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z" fill=${colour}></path>`;
  }
}

const W = 460;
const H = 220;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };

/** What the line chart says in words: each option's share in the first and the last period. */
function summary(q: TrendQuestion, trend: Trend, l: LocalizeController): string {
  const f = formats(l);
  const share = (s: TrendSeries, i: number) => {
    const p = s.points[i];
    return p.suppressed ? l.term('suppressedSign') : p.share === null ? l.term('missingSign') : f.percent(p.share);
  };
  const last = trend.periods.length - 1;
  const parts = q.options.map((s) => `${pick(s.label, l.locale)}: ${share(s, 0)} → ${share(s, last)}`);
  return l.term('trendSummary', pick(q.label, l.locale), trend.periods[0], trend.periods[last], parts.join('; '));
}

/** A small line chart of every option's share over the periods, drawn as SVG: crisp in print, no chart library. */
function lineChart(q: TrendQuestion, trend: Trend, l: LocalizeController, label: string): TemplateResult {
  const f = formats(l);
  const n = trend.periods.length;
  const max = Math.max(0.1, ...q.options.flatMap((s) => s.points.map((p) => p.share ?? 0)));
  const top = Math.min(1, Math.ceil(max * 10) / 10);
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (share: number) => PAD.top + (1 - share / top) * (H - PAD.top - PAD.bottom);
  const ticks = [0, top / 2, top];
  return html`<svg class="trend-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label} preserveAspectRatio="xMinYMin meet">
    ${ticks.map(
      (t) => svg`<line x1=${PAD.left} x2=${W - PAD.right} y1=${y(t)} y2=${y(t)} class="grid"></line>
        <text x=${PAD.left - 6} y=${y(t) + 4} text-anchor="end" class="axis">${f.percent(t)}</text>`,
    )}
    ${trend.periods.map((p, i) => svg`<text x=${x(i)} y=${H - 8} text-anchor="middle" class="axis">${p}</text>`)}
    ${q.options.map((s, k) => {
      const colour = PALETTE[k % PALETTE.length];
      const shown = s.points.map((p, i) => (p.share === null ? null : ([x(i), y(p.share)] as const)));
      // A hidden point breaks the line: nothing is drawn across what is not given out.
      const segments: string[] = [];
      let d = '';
      for (const pt of shown) {
        if (!pt) {
          if (d) segments.push(d);
          d = '';
          continue;
        }
        d += `${d ? 'L' : 'M'}${pt[0].toFixed(1)} ${pt[1].toFixed(1)}`;
      }
      if (d) segments.push(d);
      return svg`${segments.map((seg) => svg`<path d=${seg} fill="none" stroke=${colour} stroke-width="2"></path>`)}
        ${shown.map((pt) => (pt ? marker(MARKERS[k % MARKERS.length], pt[0], pt[1], colour) : nothing))}`;
    })}
  </svg>`;
}

function legend(q: TrendQuestion, l: LocalizeController): TemplateResult {
  return html`<ul class="trend-legend" aria-hidden="true">
    ${q.options.map(
      (s, k) => html`<li>
        <svg width="14" height="14" viewBox="0 0 14 14">${marker(MARKERS[k % MARKERS.length], 7, 7, PALETTE[k % PALETTE.length])}</svg>
        ${pick(s.label, l.locale)}
      </li>`,
    )}
  </ul>`;
}

/**
 * Every option over the periods given (`history` and the current result): a line chart of the shares and,
 * beside it, the table of counts and shares per period with the change from the first to the last. A change
 * is hidden where either side is hidden.
 */
export function renderTrend(trend: Trend, l: LocalizeController, level: number, minCount: number, numbers?: Numbering): TemplateResult {
  const f = formats(l);
  const first = trend.periods[0];
  const last = trend.periods[trend.periods.length - 1];
  const cell = (p: TrendSeries['points'][number]) =>
    p.suppressed || p.count === null
      ? figureCell(l, null, p.suppressed, f.count)
      : p.share === null
        ? f.count(p.count)
        : `${f.count(p.count)} (${f.percent(p.share)})`;
  const hidden = trend.questions.some((q) => q.options.some((s) => s.points.some((p) => p.suppressed))) || trend.total.points.some((p) => p.suppressed);
  return html`<section>
    ${heading(level, l.term('trendHeading', first, last), { part: 'title', class: 'title' })}
    <p>${l.term('trendLead', String(trend.periods.length), trend.periods.join(', '))}</p>
    ${trend.questions.map((q, qi) => {
      const id = `trend-${qi}`;
      const title = pick(q.label, l.locale);
      const figureLabel = numbers?.figure();
      const tableLabel = numbers?.table();
      const number = figureLabel ? `${figureLabel} ` : '';
      return html`<div class="trend figure-block">
        ${heading(level + 1, `${number}${title}`, { id: `${id}-title`, class: 'title trend-title' })}
        <div class="trend-body">
          <div class="trend-plot">${lineChart(q, trend, l, `${number}${summary(q, trend, l)}${tableLabel ? ` ${l.term('chartTableReference', tableLabel)}` : ''}`)} ${legend(q, l)}</div>
          ${reportTable({
            id,
            caption: numbered(tableLabel, l.term('trendCaption', title, first, last)),
            heads: [l.term('chartOption'), ...trend.periods, l.term('reportPercentagePoints')],
            inBlock: true,
            body: html`<tbody>
                ${q.options.map(
                  (s) => html`<tr>
                    <th scope="row">${pick(s.label, l.locale)}</th>
                    ${s.points.map((p) => html`<td>${cell(p)}</td>`)}
                    <td>${figureCell(l, s.change.percentagePoints, s.change.suppressed, (v) => f.signed(v, 1))}</td>
                  </tr>`,
                )}
              </tbody>`,
          })}
        </div>
      </div>`;
    })}
    <p class="note">${l.term('trendNote')}</p>
    ${hidden ? html`<p class="note">${l.term('suppressedNote', minCount)}</p>` : nothing}
  </section>`;
}

/** The name of a reference: its label, "Riket" for the whole country, or its municipality code. */
function referenceName(r: KoladaValue, l: LocalizeController): string {
  if (r.label) return typeof r.label === 'string' ? r.label : pick(r.label, l.locale);
  return r.municipality === KOLADA_NATION ? l.term('referenceNation') : r.municipality;
}

/**
 * The kommun beside the others: per mille of the population for women, men and everyone, a row per reference
 * (Kolada's shape; a figure Kolada does not publish is `..`), and in words how the kommun stands. The kommun's
 * own figures are those of the per-mille table, from the same population: one denominator for the report.
 */
export function renderReference(
  result: AggregateResult,
  references: readonly KoladaValue[],
  l: LocalizeController,
  level: number,
  name: string,
  tableLabel?: string,
): TemplateResult {
  const f = formats(l);
  const gender = result.questions.find((q) => q.id === 'gender');
  const own = {
    K: gender?.options?.find((o) => o.code === 'woman')?.cells.all,
    M: gender?.options?.find((o) => o.code === 'man')?.cells.all,
    T: result.total.all,
  };
  const columns = [
    ['K', l.term('referenceWomen')],
    ['M', l.term('referenceMen')],
    ['T', l.term('chartAll')],
  ] as const;
  const ownTotal = own.T.suppressed ? null : (own.T.perMille ?? null);
  const standing = references
    .map((r) => {
      const other = koladaFigure(r, 'T');
      if (ownTotal === null || other.value === null) return undefined;
      const word = ownTotal > other.value ? l.term('referenceHigher') : ownTotal < other.value ? l.term('referenceLower') : l.term('referenceSame');
      return l.term('referenceStanding', word, referenceName(r, l), f.perMille(other.value));
    })
    .filter(Boolean);
  return html`<section>
    ${heading(level, l.term('referenceHeading'), { part: 'title', class: 'title' })}
    ${ownTotal !== null
      ? html`<p>
          ${l.term('referenceLead', name, f.perMille(ownTotal))}${standing.length ? ` ${standing.join(', ')}.` : ''}${tableLabel
            ? ` ${l.term('chartTableReference', tableLabel)}`
            : ''}
        </p>`
      : nothing}
    ${reportTable({
      id: 'reference',
      caption: `${numbered(tableLabel, l.term('referenceCaption'))}${result.period ? `, ${result.period}` : ''}`,
      heads: [l.term('referenceWho'), ...columns.map(([, label]) => label)],
      body: html`<tbody>
          <tr>
            <th scope="row">${name}</th>
            ${columns.map(([g]) => html`<td>${figureCell(l, own[g]?.perMille ?? null, own[g]?.suppressed, f.perMille)}</td>`)}
          </tr>
          ${references.map(
            (r) => html`<tr>
              <th scope="row">${referenceName(r, l)}${String(r.period) !== result.period ? ` (${r.period})` : ''}</th>
              ${columns.map(([g]) => {
                const v = koladaFigure(r, g);
                return html`<td>${figureCell(l, v.value, v.hidden, f.perMille)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>`,
      notes: html`<p class="note">${l.term('referenceNote')}</p>`,
    })}
  </section>`;
}

/** The population the per-mille figures are computed on, stated once for the whole report. */
export function renderDenominator(population: Population | undefined, l: LocalizeController): unknown {
  if (!population?.total) return nothing;
  const f = formats(l);
  const women = population.byOption?.gender?.woman?.total;
  const men = population.byOption?.gender?.man?.total;
  return html`<p class="note denominator">
    ${l.term('reportDenominator', f.count(population.total), women ? f.count(women) : l.term('missingSign'), men ? f.count(men) : l.term('missingSign'))}
  </p>`;
}

/** The trend's chart beside its table where there is room, under it where there is not; the chart's text in the theme's colours. */
export const trendStyles = css`
  .trend-body {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .trend-plot {
    flex: 1 1 18rem;
    min-width: 0;
    max-width: 30rem;
  }
  .trend-body .table-wrap {
    flex: 1 1 18rem;
    min-width: 0;
  }
  .trend-chart {
    width: 100%;
    height: auto;
  }
  .trend-chart .grid {
    stroke: var(--_border);
  }
  .trend-chart .axis {
    fill: var(--_muted);
    font-size: 12px;
  }
  .trend-legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    padding: 0;
    margin: var(--_space) 0 0;
    font-size: 0.875em;
  }
  .trend-legend svg {
    vertical-align: middle;
  }
  .trend-title {
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .trend-chart path,
    .trend-chart circle,
    .trend-chart rect {
      forced-color-adjust: none;
    }
  }
`;

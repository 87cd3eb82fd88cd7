import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/catalogs.js';
import type { LocalizeController } from '../../i18n/localize.js';
import * as overviewMessages from '../../i18n/messages/sip-overview.js';
import { parseSipOverview } from '../../schema/sip-overview.js';
import { sipGenders, sipStatuses, type SipGender, type SipStatus } from '../../schema/sip-terms.js';
import {
  anyNotReported,
  anySuppressed,
  figuresFromCounts,
  type Figure,
  type OverviewFigures,
  type PointFigures,
} from './sip-figures.js';
import { columnHeads, figureCell } from '../shared/figure-cell.js';
import { overviewStyles } from './sip-overview.styles.js';
import type { SipHost, SipView } from './sip-view.js';
import { styleProperties } from '../shared/style-properties.js';
import { FiguresController } from '../shared/figures.js';
import type * as SipResult from './sip-result.js';

type SipResultModule = typeof SipResult;

registerMessages(overviewMessages);

/**
 * A kommun's overview: counts by SIP status, coverage of the estimated need,
 * by gender, over time, and obstacles. From inventory `records` (aggregated
 * here, with the aggregate module loaded only when records arrive), an
 * aggregated result, or reported `counts`.
 */
export class SipOverviewView implements SipView {
  readonly styles = overviewStyles;
  private readonly localize: LocalizeController;
  private figures: OverviewFigures | undefined;
  /** The point of the series whose details are shown; the latest unless one was chosen. */
  private shownPoint: string | undefined;
  /**
   * The figures of inventory `records` (aggregated with the aggregate module, fetched when records
   * arrive) or of an aggregated result in their place, read with the result reader (fetched with it):
   * a page that shows reported counts downloads neither.
   */
  private readonly fromRecords: FiguresController<OverviewFigures, SipResultModule>;

  constructor(private readonly host: SipHost) {
    this.localize = host.localize;
    const l = this.localize;
    this.fromRecords = new FiguresController(host, {
      track: (work) => host.track(work),
      load: () => import('./sip-result.js'),
      check: (value, { parseAggregateResult }) => parseAggregateResult(value),
      words: {
        invalidResult: () => l.term('sipInvalidRecords'),
        allRejected: (count, reason) => l.term('sipAllRejected', l.number(count), reason),
        someRejected: (count) => l.term('sipRejected', l.number(count)),
        loadFailed: () => l.term('loadFailed'),
      },
      warn: (problem) => host.warn(problem),
      arrived: () => this.showRecords(),
    });
  }

  prepare(): void {
    const host = this.host;
    const locale = this.localize.locale;
    const minCount = host.minCount;
    const records = host.records;
    if (records !== undefined && records !== null) {
      const need = host.estimatedNeed;
      if (need !== undefined && (!Number.isInteger(need) || need < 1)) {
        this.fromRecords.clear();
        return host.reportProblem({ reason: 'invalid-value', property: 'estimatedNeed', message: this.localize.term('sipNeedPositive') });
      }
      const { recordsDefinition: definition, estimatedNeed, period } = host;
      const list = Array.isArray(records);
      this.fromRecords.set({
        // Not a list: an aggregated result computed elsewhere.
        result: list ? undefined : records,
        resultProperty: 'records',
        records: list ? records : undefined,
        options: [{ by: 'gender', minCount, locale, period, definition }],
        derive: ([result], _run, { figuresFromResult }) => figuresFromResult(result, { estimatedNeed, period, minCount }),
      });
      return;
    }
    this.fromRecords.clear();
    if (host.counts !== undefined && host.counts !== null) {
      const result = parseSipOverview(host.counts, { locale });
      if (!result.success) {
        return host.reportProblem({
          reason: 'invalid-value',
          property: 'counts',
          message: this.localize.term('sipInvalidCounts'),
          issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
        });
      }
      return this.setFigures(figuresFromCounts(result.data, minCount));
    }
    this.figures = undefined;
    host.clearProblem();
  }

  /** What the records (or the result in their place) gave: their figures, or why there are none. */
  private showRecords(): void {
    const problem = this.fromRecords.problem;
    if (problem) {
      this.figures = undefined;
      return this.host.reportProblem(problem);
    }
    if (this.fromRecords.figures) this.setFigures(this.fromRecords.figures);
  }

  private setFigures(figures: OverviewFigures): void {
    this.figures = figures;
    if (!figures.points.some((p) => p.key === this.shownPoint)) this.shownPoint = figures.points.at(-1)?.key;
    this.host.clearProblem();
  }

  render(): unknown {
    return this.renderOverview();
  }

  /** A count in a sentence: the number, `..` (withheld) or `-` (not reported). */
  private count(figure: Figure | undefined): string {
    if (!figure || !figure.reported) return this.localize.term('missingSign');
    if (figure.count === null) return this.localize.term('suppressedSign');
    return this.localize.number(figure.count);
  }

  /** A count on its own (a card, a cell): a withheld or missing one is a sign to the eye and words to a screen reader. */
  private figure(figure: Figure | undefined): unknown {
    return figureCell(this.localize, figure?.reported ? figure.count : null, figure?.reported && figure.suppressed, (n) => this.localize.number(n));
  }

  /** A count in an accessible name, where a sign would be read as punctuation. */
  private countWords(figure: Figure): string {
    if (!figure.reported) return this.localize.term('missingWords');
    if (figure.count === null) return this.localize.term('suppressedWords');
    return this.localize.number(figure.count);
  }

  private percent(share: number): string {
    return this.localize.number(share, { style: 'percent', maximumFractionDigits: 0 });
  }

  private pointLabel(point: PointFigures): string {
    return point.period ?? (point.date ? this.localize.date(point.date) : '');
  }

  private renderOverview(): unknown {
    const figures = this.figures;
    if (!figures || figures.points.length === 0) return html`<p class="empty">${this.localize.term('sipEmpty')}</p>`;
    const point = figures.points.find((p) => p.key === this.shownPoint) ?? figures.points.at(-1)!;
    const label = this.pointLabel(point);
    return html`
      ${label ? html`<p class="point-label">${this.localize.term('sipOverviewSummary', label)}</p>` : nothing}
      ${this.renderStatuses(point, label)} ${this.renderCoverage(point)} ${this.renderGenders(point, label)}
      ${figures.points.length > 1 ? this.renderSeries(figures, point) : nothing} ${this.renderObstacles(point)}
      ${this.renderNotes(figures)}
    `;
  }

  private renderStatuses(point: PointFigures, label: string): TemplateResult {
    const total = point.total?.count ?? null;
    return html`<ul class="statuses" part="statuses" aria-label=${this.localize.term('sipStatusListLabel', label)}>
        ${sipStatuses.map((status) => {
          const figure = point.statuses[status];
          const share = total && figure.count !== null ? this.percent(figure.count / total) : undefined;
          return html`<li>
            <button
              type="button"
              part="status"
              class="status status--${status}"
              @click=${() => this.host.select('status', status, { point: point.key, count: figure.count })}
            >
              ${statusShape(status)}
              <span class="status-count">${this.figure(figure)}</span>
              <span class="status-name">${this.localize.term('sipStatusName', status)}</span>
              ${share ? html`<span class="status-share">${share}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
      ${point.total?.reported ? html`<p class="total">${this.localize.term('sipTotalPersons', this.count(point.total))}</p>` : nothing}`;
  }

  private renderCoverage(point: PointFigures): unknown {
    if (point.need === undefined) return nothing;
    const need = this.localize.number(point.need);
    const est = point.statuses.established.count;
    const prog = point.statuses['in-progress'].count;
    if (point.coverage === null || est === null || prog === null) {
      return html`<div class="coverage" part="coverage">
        ${this.host.heading(1, this.localize.term('sipCoverageHeading'))}
        <p>${this.localize.term('sipCoverageHidden', need)}</p>
      </div>`;
    }
    const share = this.percent(point.coverage);
    const sum = this.localize.number(est + prog);
    const scale = Math.max(point.need, est + prog);
    return html`<div class="coverage" part="coverage">
      ${this.host.heading(1, this.localize.term('sipCoverageHeading'), 'coverage-heading')}
      <div
        class="bar"
        part="meter"
        role="meter"
        aria-labelledby="coverage-heading"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.min(100, Math.round(point.coverage * 100))}
        aria-valuetext=${this.localize.term('sipCoverageValueText', share, sum, need)}
      >
        ${barParts(est, prog, point.need, scale)}
      </div>
      <p class="coverage-text">
        ${this.localize.term('sipCoverageText', share, sum, need, this.localize.number(est), this.localize.number(prog))}
      </p>
      ${point.coverage > 1 ? html`<p>${this.localize.term('sipCoverageOver')}</p>` : nothing}
    </div>`;
  }

  private renderGenders(point: PointFigures, label: string): unknown {
    const genders = point.genders;
    if (!genders) return nothing;
    return html`<div class="genders">
      ${this.host.heading(1, this.localize.term('sipGenderHeading'))}
      ${this.table(
        'gender',
        this.localize.term('sipGenderCaption', label),
        columnHeads([this.localize.term('sipStatusColumn'), ...sipGenders.map((g) => this.localize.term('sipGenderName', g)), this.localize.term('sipTotal')]),
        html`<tbody>
            ${sipStatuses.map(
              (status) => html`<tr>
                <th scope="row">${this.localize.term('sipStatusName', status)}</th>
                ${sipGenders.map((g) =>
                  this.genderCell(g, genders[g][status], this.localize.term('sipStatusName', status), { status, point: point.key }),
                )}
                <td>${this.figure(point.statuses[status])}</td>
              </tr>`,
            )}
          </tbody>
          ${point.genderTotals
            ? html`<tfoot>
                <tr>
                  <th scope="row">${this.localize.term('sipTotal')}</th>
                  ${sipGenders.map((g) => this.genderCell(g, point.genderTotals![g], this.localize.term('sipTotal'), { point: point.key }))}
                  <td>${this.figure(point.total)}</td>
                </tr>
              </tfoot>`
            : nothing}`,
      )}
    </div>`;
  }

  /** A table after its caption, in a scroll region of its own named by the caption. */
  private table(id: string, caption: string, heads: unknown, body: unknown): TemplateResult {
    return html`<p class="caption" id="${id}-caption">${caption}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
        <table part="table" aria-labelledby="${id}-caption">
          <thead>
            <tr>
              ${heads}
            </tr>
          </thead>
          ${body}
        </table>
      </div>`;
  }

  /** A count by gender: a button that selects it, named by gender and row for a screen reader; plain text when not reported. */
  private genderCell(gender: SipGender, figure: Figure, row: string, data: { status?: SipStatus; point: string }): TemplateResult {
    if (!figure.reported) return html`<td>${this.figure(figure)}</td>`;
    return html`<td>
      <button
        type="button"
        class="cell"
        aria-label=${`${this.localize.term('sipGenderName', gender)}, ${row}: ${this.countWords(figure)}`}
        @click=${() => this.host.select('gender', gender, { ...data, count: figure.count })}
      >
        ${this.count(figure)}
      </button>
    </td>`;
  }

  private renderSeries(figures: OverviewFigures, shown: PointFigures): TemplateResult {
    const scale = Math.max(
      1,
      ...figures.points.map((p) => Math.max(p.need ?? 0, (p.statuses.established.count ?? 0) + (p.statuses['in-progress'].count ?? 0))),
    );
    return html`<div class="series">
      ${this.host.heading(1, this.localize.term('sipSeriesHeading'))}
      ${this.table(
        'series',
        this.localize.term('sipSeriesCaption'),
        html`${columnHeads([
            this.localize.term('sipPointColumn'),
            ...sipStatuses.map((s) => this.localize.term('sipStatusName', s)),
            this.localize.term('sipNeedColumn'),
            this.localize.term('sipCoverageColumn'),
          ])}
          <th scope="col" class="bar-column">${this.localize.term('sipBarColumn')}</th>`,
        html`<tbody>
            ${figures.points.map((p) => {
              const label = this.pointLabel(p);
              const current = p === shown;
              const est = p.statuses.established.count;
              const prog = p.statuses['in-progress'].count;
              return html`<tr class=${current ? 'current' : ''}>
                <th scope="row">
                  <button
                    type="button"
                    class="point"
                    aria-current=${current ? 'true' : nothing}
                    @click=${() => {
                      this.shownPoint = p.key;
                      this.host.requestUpdate();
                      this.host.select('date', p.key, { date: p.date, period: p.period });
                    }}
                  >
                    ${label}
                  </button>
                  ${current ? html`<span class="shown-note">(${this.localize.term('sipShownPoint')})</span>` : nothing}
                </th>
                ${sipStatuses.map((s) => html`<td>${this.figure(p.statuses[s])}</td>`)}
                <td>${figureCell(this.localize, p.need, false, (n) => this.localize.number(n))}</td>
                <td>${figureCell(this.localize, p.coverage, p.coverage === null && p.need !== undefined, (n) => this.percent(n))}</td>
                <td class="bar-column">
                  <span class="bar bar--small" aria-hidden="true">
                    ${barParts(est, prog, p.need, scale)}
                  </span>
                </td>
              </tr>`;
            })}
          </tbody>`,
      )}
      <p class="legend" aria-hidden="true">
        <span class="key key--established"></span>${this.localize.term('sipStatusName', 'established')}
        <span class="key key--in-progress"></span>${this.localize.term('sipStatusName', 'in-progress')}
        <span class="key key--need"></span>${this.localize.term('sipNeedColumn')}
      </p>
    </div>`;
  }

  private renderObstacles(point: PointFigures): unknown {
    if (point.obstacles.length === 0) return nothing;
    return html`<div class="obstacles">
      ${this.host.heading(1, this.localize.term('sipObstaclesHeading'))}
      <ul part="obstacles">
        ${point.obstacles.map(
          (o) => html`<li>
            <button type="button" class="link" @click=${() => this.host.select('obstacle', o.label, { point: point.key, count: o.count?.count ?? null })}>
              ${o.label}
            </button>
            ${o.count ? html`<span class="muted">${this.localize.term('sipObstacleCountText', this.count(o.count))}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderNotes(figures: OverviewFigures): unknown {
    const notes: string[] = [];
    if (anySuppressed(figures)) notes.push(this.localize.term('suppressedNote', figures.minCount));
    if (anyNotReported(figures)) notes.push(this.localize.term('sipNotReportedNote'));
    if (figures.rejected > 0) notes.push(this.localize.term('sipRejected', this.localize.number(figures.rejected)));
    if (figures.source) notes.push(this.localize.term('sipSourceNote', figures.source));
    return html`<div class="notes" part="notes">${notes.map((n) => html`<p>${n}</p>`)}</div>`;
  }
}

/** The segments of a coverage bar (drawn up, being drawn up) and the mark of the need, on a scale of `scale` persons. */
function barParts(established: number | null, inProgress: number | null, need: number | undefined, scale: number): unknown {
  const at = (n: number) => `${(n / scale) * 100}%`;
  return html`${established !== null && inProgress !== null
    ? html`<span class="seg seg--established" ${styleProperties({ width: at(established) })}></span
        ><span class="seg seg--in-progress" ${styleProperties({ width: at(inProgress) })}></span>`
    : nothing}${need !== undefined ? html`<span class="need-mark" ${styleProperties({ left: at(need) })}></span>` : nothing}`;
}

/** Shapes that tell the statuses apart without colour: full, half, empty, question. */
function statusShape(status: SipStatus): TemplateResult {
  const ring = svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle>`;
  let inner: SVGTemplateResult;
  switch (status) {
    case 'established':
      inner = svg`<circle cx="8" cy="8" r="6.5" fill="currentColor"></circle>`;
      break;
    case 'in-progress':
      inner = svg`${ring}<path d="M8 1.5 A6.5 6.5 0 0 1 8 14.5 Z" fill="currentColor"></path>`;
      break;
    case 'missing':
      inner = svg`${ring}<path d="M5 5 L11 11 M11 5 L5 11" stroke="currentColor" stroke-width="1.5"></path>`;
      break;
    default:
      inner = svg`${ring}<text x="8" y="12" text-anchor="middle" font-size="10" font-weight="700" fill="currentColor">?</text>`;
  }
  return html`<svg class="shape" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${inner}</svg>`;
}

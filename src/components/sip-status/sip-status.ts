import { consume } from '@lit/context';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseAggregateResult } from '../../schema/aggregate-result.js';
import {
  parseSipOverview,
  parseSipPlan,
  sipGenders,
  sipStatuses,
  sipSteps,
  type SipPlan,
  type SipStatus,
} from '../../schema/sip.js';
import type { Locale } from '../../schema/locale.js';
import type { Definition } from '../../schema/questionnaire.js';
import { configContext, definitionContext, ensureContextRoot, type SamsynConfig } from '../shared/context.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { SamsynElement } from '../shared/samsyn-element.js';
import { tokens } from '../shared/tokens.styles.js';
import {
  anyNotReported,
  anySuppressed,
  figuresFromCounts,
  figuresFromResult,
  type Figure,
  type OverviewFigures,
  type PointFigures,
} from './sip-figures.js';
import { followUpState, localToday, type FollowUpState } from './sip-follow-up.js';
import { styles } from './sip-status.styles.js';
import { styleProperties } from './style-properties.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as sipMessages from '../../i18n/messages/sip.js';

registerMessages(sipMessages);

export type SipStatusMode = 'overview' | 'plan';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @summary How coordinated individual plans (SIP) are going: a kommun's
 * overview (how many have a plan, are getting one, lack one; coverage of the
 * estimated need; by gender; over time; obstacles) or one person's plan (its
 * step, next follow-up, interventions by principal, consent).
 *
 * The overview takes inventory `records` (counted with `aggregate` on the
 * `sip` question by gender) or reported `counts` (the `sipOverviewSchema`
 * shape). Counts from 1 to `minCount` − 1 are never shown: they read `..`
 * with a footnote, and so does any count that could be worked out from a
 * shown total. The plan view takes a `plan` (the `sipPlanSchema` shape); a
 * follow-up date before `today` reads "Försenad" (overdue) in text and shape.
 *
 * Every figure is in text as well as in colour or shape. The layout follows
 * the width of the element (container queries), from a 280px sidebar to a
 * wide page.
 *
 * @event samsyn-select - A part was activated with a click, Enter or Space.
 *   `detail.kind` is `status`, `gender`, `date`, `obstacle`, `step` or
 *   `intervention`; `detail.key` its code, date or id; `detail.data` the figures or the intervention.
 * @event samsyn-error - `records`, `counts`, `plan`, `today` or `mode` could not be used; a localized message is shown instead.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart heading - The element's heading.
 * @csspart statuses - The list of counts by status.
 * @csspart status - One status count (a button).
 * @csspart coverage - The coverage of the estimated need: meter and text.
 * @csspart meter - The coverage bar.
 * @csspart table - Each table (by gender, over time).
 * @csspart obstacles - The list of obstacles.
 * @csspart notes - The footnotes (signs, source).
 * @csspart steps - The plan's steps (an ordered list).
 * @csspart step - One step (a button); the current one has `aria-current="step"`.
 * @csspart follow-up - The next follow-up.
 * @csspart overdue - The overdue notice, when the next follow-up is late.
 * @csspart consent - The consent status.
 * @csspart interventions - The list of interventions.
 * @csspart intervention - One intervention (a button).
 * @csspart error - The message shown instead of the content when the data cannot be used.
 *
 * @cssprop --samsyn-color-primary - Bars and buttons.
 * @cssprop --samsyn-color-success - Plans drawn up; steps done.
 * @cssprop --samsyn-color-warning - Overdue follow-ups; withdrawn consent.
 * @cssprop --samsyn-color-surface - Cards and table stripes.
 * @cssprop --samsyn-sip-bar-height - Height of the coverage bar (default 1.25rem).
 */
export class SamsynSipStatus extends SamsynElement {
  static override styles = [tokens, styles];

  /** `overview` or `plan`. When not set: `plan` if `plan` is set, else `overview`. */
  @property({ reflect: true }) mode?: SipStatusMode;

  /**
   * Inventory records (the national inventory, or a kommun's extension of
   * it), or an aggregated result computed elsewhere (`type: 'samsyn-aggregate'`, broken down by gender).
   */
  @property({ attribute: false }) records?: unknown;

  /**
   * The definition the `records` follow, when a kommun extended the national
   * inventory. Taken from a surrounding report when not set here.
   */
  @property({ attribute: false }) definition?: Definition;

  @consume({ context: definitionContext, subscribe: true })
  @state()
  private contextDefinition?: Definition;

  /** Reported counts, one point per date or period (`sipOverviewSchema`). Used when `records` is not set. */
  @property({ attribute: false }) counts?: unknown;

  /** With `records`: how many should have a SIP, for the coverage. (`counts` carry their own.) */
  @property({ type: Number, attribute: 'estimated-need' }) estimatedNeed?: number;

  /** With `records`: a label for when the records describe ("2015"). */
  @property() period?: string;

  /** One person's plan (`sipPlanSchema`). */
  @property({ attribute: false }) plan?: unknown;

  /** The heading level of the element's heading (2–5); its sections get the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private explicitMinCount: number | undefined;
  private explicitToday: string | undefined;

  /**
   * Disclosure control: counts from 1 to `minCount` − 1 are withheld. 5
   * unless set here or by a surrounding report; 1 turns it off.
   */
  @property({ type: Number, attribute: 'min-count' })
  get minCount(): number {
    return this.explicitMinCount ?? this.config?.minCount ?? 5;
  }
  set minCount(value: number | undefined) {
    this.explicitMinCount = value ?? undefined;
  }

  /** The day overdue is measured against, ISO `YYYY-MM-DD`. Today's date unless set here or by a surrounding report. */
  @property()
  get today(): string {
    return this.explicitToday ?? this.config?.today ?? localToday();
  }
  set today(value: string | undefined) {
    this.explicitToday = value ?? undefined;
  }

  @consume({ context: configContext, subscribe: true })
  @state()
  private config?: SamsynConfig;

  @state() private figures: OverviewFigures | undefined;
  @state() private parsedPlan: SipPlan | undefined;
  /** The point of the series whose details are shown; the latest unless one was chosen. */
  @state() private shownPoint: string | undefined;
  private parsedIn: Locale | undefined;

  private get effectiveMode(): SipStatusMode {
    return this.mode ?? (this.plan !== undefined ? 'plan' : 'overview');
  }

  protected override prepare(changed: PropertyValues): void {
    const locale = this.localize.locale;
    const relocalized = this.parsedIn !== locale;
    this.parsedIn = locale;
    const inputs = ['mode', 'records', 'counts', 'plan', 'minCount', 'today', 'estimatedNeed', 'period', 'definition', 'config', 'contextDefinition'];
    if (!relocalized && !inputs.some((k) => changed.has(k))) return;

    if (this.mode !== undefined && this.mode !== 'overview' && this.mode !== 'plan') {
      return this.reportProblem({ reason: 'invalid-value', property: 'mode', message: this.localize.term('sipInvalidMode', String(this.mode)) });
    }
    if (!isoDate.test(this.today) || Number.isNaN(Date.parse(this.today))) {
      return this.reportProblem({ reason: 'invalid-value', property: 'today', message: this.localize.term('sipInvalidToday', String(this.today)) });
    }
    const minCount = this.minCount;
    if (!Number.isInteger(minCount) || minCount < 1) {
      return this.reportProblem({ reason: 'invalid-value', property: 'minCount', message: this.localize.term('sipInvalidMinCount', String(minCount)) });
    }
    // Any new input makes a pending aggregation of older records stale.
    this.aggregation++;
    if (this.effectiveMode === 'plan') this.preparePlan(locale);
    else this.prepareOverview(locale);
  }

  private aggregation = 0;

  /**
   * The aggregate module is loaded only when records arrive: a page that
   * shows counts or one person's plan does not pay for it.
   */
  private aggregateRecords(records: unknown[], locale: Locale, minCount: number): void {
    const run = this.aggregation;
    const definition = this.definition ?? this.contextDefinition;
    const { estimatedNeed, period } = this;
    const pending = import('../../aggregate/aggregate.js').then(
      ({ aggregate }) => {
        if (run !== this.aggregation) return;
        try {
          const result = aggregate(records, { by: 'gender', minCount, locale, period, ...(definition ? { definition } : {}) });
          const { rejected } = result;
          const count = this.localize.number(rejected.count);
          if (records.length > 0 && rejected.count >= records.length) {
            // Nothing could be read: zeros would pass for no SIPs at all, so say what went wrong instead.
            const main = rejected.reasons[0];
            const reason = main ? (main.message ?? main.reason) : '';
            this.figures = undefined;
            this.reportProblem({ reason: 'records-rejected', property: 'records', message: this.localize.term('sipAllRejected', count, reason) });
          } else {
            this.setFigures(figuresFromResult(result, { estimatedNeed, period, minCount }));
            // The figures stand, with their note of what was not counted; the page is told too, so that it can fix its data.
            if (rejected.count > 0) emit(this, 'samsyn-error', { reason: 'records-rejected', property: 'records', message: this.localize.term('sipRejected', count) });
          }
        } catch (error) {
          this.reportProblem({ reason: 'invalid-value', property: 'records', message: error instanceof Error ? error.message : this.localize.term('sipInvalidRecords') });
        }
        this.requestUpdate();
      },
      () => {
        if (run === this.aggregation) this.reportProblem({ reason: 'load-failed', property: 'records', message: this.localize.term('sipInvalidRecords') });
      },
    );
    void this.track(pending);
  }

  private preparePlan(locale: Locale): void {
    this.figures = undefined;
    if (this.plan === undefined || this.plan === null) {
      this.parsedPlan = undefined;
      return this.clearProblem();
    }
    const result = parseSipPlan(this.plan, { locale });
    if (!result.success) {
      this.parsedPlan = undefined;
      return this.reportProblem({
        reason: 'invalid-value',
        property: 'plan',
        message: this.localize.term('sipInvalidPlan'),
        issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
      });
    }
    this.parsedPlan = result.data;
    this.clearProblem();
  }

  private prepareOverview(locale: Locale): void {
    this.parsedPlan = undefined;
    const minCount = this.minCount;
    if (this.records !== undefined && this.records !== null) {
      const need = this.estimatedNeed;
      if (need !== undefined && (!Number.isInteger(need) || need < 1)) {
        return this.reportProblem({ reason: 'invalid-value', property: 'estimatedNeed', message: this.localize.term('sipNeedPositive') });
      }
      if (Array.isArray(this.records)) {
        this.aggregateRecords(this.records, locale, minCount);
        return;
      }
      const result = parseAggregateResult(this.records);
      if (!result.success) {
        return this.reportProblem({
          reason: 'invalid-value',
          property: 'records',
          message: this.localize.term('sipInvalidRecords'),
        });
      }
      this.setFigures(figuresFromResult(result.data, { estimatedNeed: this.estimatedNeed, period: this.period, minCount }));
      return;
    }
    if (this.counts !== undefined && this.counts !== null) {
      const result = parseSipOverview(this.counts, { locale });
      if (!result.success) {
        return this.reportProblem({
          reason: 'invalid-value',
          property: 'counts',
          message: this.localize.term('sipInvalidCounts'),
          issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
        });
      }
      this.setFigures(figuresFromCounts(result.data, minCount));
      return;
    }
    this.figures = undefined;
    this.clearProblem();
  }

  private setFigures(figures: OverviewFigures): void {
    this.figures = figures;
    if (!figures.points.some((p) => p.key === this.shownPoint)) this.shownPoint = figures.points.at(-1)?.key;
    this.clearProblem();
  }

  private select(kind: string, key: string, data?: unknown): void {
    emit(this, 'samsyn-select', { kind, key, data });
  }

  protected renderContent(): unknown {
    const mode = this.effectiveMode;
    return html`<div class="base" part="base">
      ${this.heading(0, mode === 'plan' ? this.localize.term('sipPlanHeading') : this.localize.term('sipOverviewHeading'))}
      ${mode === 'plan' ? this.renderPlan() : this.renderOverview()}
    </div>`;
  }

  /** A heading `depth` levels below the element's own. */
  private heading(depth: number, text: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2) + depth);
    const part = depth === 0 ? 'heading' : nothing;
    switch (level) {
      case 2:
        return html`<h2 id=${id ?? nothing} part=${part}>${text}</h2>`;
      case 3:
        return html`<h3 id=${id ?? nothing} part=${part}>${text}</h3>`;
      case 4:
        return html`<h4 id=${id ?? nothing} part=${part}>${text}</h4>`;
      case 5:
        return html`<h5 id=${id ?? nothing} part=${part}>${text}</h5>`;
      default:
        return html`<h6 id=${id ?? nothing} part=${part}>${text}</h6>`;
    }
  }

  // ---- Overview --------------------------------------------------------------------------------

  private count(figure: Figure | undefined): string {
    if (!figure || !figure.reported) return this.localize.term('missingSign');
    if (figure.count === null) return this.localize.term('suppressedSign');
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
              @click=${() => this.select('status', status, { point: point.key, count: figure.count })}
            >
              ${statusShape(status)}
              <span class="status-count">${this.count(figure)}</span>
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
        ${this.heading(1, this.localize.term('sipCoverageHeading'))}
        <p>${this.localize.term('sipCoverageHidden', need)}</p>
      </div>`;
    }
    const share = this.percent(point.coverage);
    const sum = this.localize.number(est + prog);
    const scale = Math.max(point.need, est + prog);
    return html`<div class="coverage" part="coverage">
      ${this.heading(1, this.localize.term('sipCoverageHeading'), 'coverage-heading')}
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
        <span class="seg seg--established" ${styleProperties({ width: `${(est / scale) * 100}%` })}></span>
        <span class="seg seg--in-progress" ${styleProperties({ width: `${(prog / scale) * 100}%` })}></span>
        <span class="need-mark" ${styleProperties({ left: `${(point.need / scale) * 100}%` })}></span>
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
      ${this.heading(1, this.localize.term('sipGenderHeading'))}
      <p class="caption" id="gender-caption">${this.localize.term('sipGenderCaption', label)}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="gender-caption">
        <table part="table" aria-labelledby="gender-caption">
          <thead>
            <tr>
              <th scope="col">${this.localize.term('sipStatusColumn')}</th>
              ${sipGenders.map((g) => html`<th scope="col">${this.localize.term('sipGenderName', g)}</th>`)}
              <th scope="col">${this.localize.term('sipTotal')}</th>
            </tr>
          </thead>
          <tbody>
            ${sipStatuses.map(
              (status) => html`<tr>
                <th scope="row">${this.localize.term('sipStatusName', status)}</th>
                ${sipGenders.map((g) => {
                  const figure = genders[g][status];
                  if (!figure.reported) return html`<td>${this.count(figure)}</td>`;
                  return html`<td>
                    <button
                      type="button"
                      class="cell"
                      aria-label=${`${this.localize.term('sipGenderName', g)}, ${this.localize.term('sipStatusName', status)}: ${this.count(figure)}`}
                      @click=${() => this.select('gender', g, { status, point: point.key, count: figure.count })}
                    >
                      ${this.count(figure)}
                    </button>
                  </td>`;
                })}
                <td>${this.count(point.statuses[status])}</td>
              </tr>`,
            )}
          </tbody>
          ${point.genderTotals
            ? html`<tfoot>
                <tr>
                  <th scope="row">${this.localize.term('sipTotal')}</th>
                  ${sipGenders.map((g) => {
                    const figure = point.genderTotals![g];
                    if (!figure.reported) return html`<td>${this.count(figure)}</td>`;
                    return html`<td>
                      <button
                        type="button"
                        class="cell"
                        aria-label=${`${this.localize.term('sipGenderName', g)}, ${this.localize.term('sipTotal')}: ${this.count(figure)}`}
                        @click=${() => this.select('gender', g, { point: point.key, count: figure.count })}
                      >
                        ${this.count(figure)}
                      </button>
                    </td>`;
                  })}
                  <td>${this.count(point.total)}</td>
                </tr>
              </tfoot>`
            : nothing}
        </table>
      </div>
    </div>`;
  }

  private renderSeries(figures: OverviewFigures, shown: PointFigures): TemplateResult {
    const scale = Math.max(
      1,
      ...figures.points.map((p) => Math.max(p.need ?? 0, (p.statuses.established.count ?? 0) + (p.statuses['in-progress'].count ?? 0))),
    );
    return html`<div class="series">
      ${this.heading(1, this.localize.term('sipSeriesHeading'))}
      <p class="caption" id="series-caption">${this.localize.term('sipSeriesCaption')}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="series-caption">
        <table part="table" aria-labelledby="series-caption">
          <thead>
            <tr>
              <th scope="col">${this.localize.term('sipPointColumn')}</th>
              ${sipStatuses.map((s) => html`<th scope="col">${this.localize.term('sipStatusName', s)}</th>`)}
              <th scope="col">${this.localize.term('sipNeedColumn')}</th>
              <th scope="col">${this.localize.term('sipCoverageColumn')}</th>
              <th scope="col" class="bar-column">${this.localize.term('sipBarColumn')}</th>
            </tr>
          </thead>
          <tbody>
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
                      this.select('date', p.key, { date: p.date, period: p.period });
                    }}
                  >
                    ${label}
                  </button>
                  ${current ? html`<span class="shown-note">(${this.localize.term('sipShownPoint')})</span>` : nothing}
                </th>
                ${sipStatuses.map((s) => html`<td>${this.count(p.statuses[s])}</td>`)}
                <td>${p.need === undefined ? this.localize.term('missingSign') : this.localize.number(p.need)}</td>
                <td>
                  ${p.coverage !== null
                    ? this.percent(p.coverage)
                    : p.need === undefined
                      ? this.localize.term('missingSign')
                      : this.localize.term('suppressedSign')}
                </td>
                <td class="bar-column">
                  <span class="bar bar--small" aria-hidden="true">
                    ${est !== null && prog !== null
                      ? html`<span class="seg seg--established" ${styleProperties({ width: `${(est / scale) * 100}%` })}></span
                          ><span class="seg seg--in-progress" ${styleProperties({ width: `${(prog / scale) * 100}%` })}></span>`
                      : nothing}
                    ${p.need !== undefined
                      ? html`<span class="need-mark" ${styleProperties({ left: `${(p.need / scale) * 100}%` })}></span>`
                      : nothing}
                  </span>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
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
      ${this.heading(1, this.localize.term('sipObstaclesHeading'))}
      <ul part="obstacles">
        ${point.obstacles.map(
          (o) => html`<li>
            <button type="button" class="link" @click=${() => this.select('obstacle', o.label, { point: point.key, count: o.count?.count ?? null })}>
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

  // ---- One plan --------------------------------------------------------------------------------

  private renderPlan(): unknown {
    const plan = this.parsedPlan;
    if (!plan) return html`<p class="empty">${this.localize.term('sipNoPlan')}</p>`;
    const followUp = followUpState(plan, this.today);
    return html`
      <p class="muted plan-id">${this.localize.term('sipPlanId', plan.id)}</p>
      ${followUp.kind === 'overdue' ? this.renderOverdue(followUp) : nothing} ${this.renderSteps(plan)}
      <div class="facts">${this.renderFollowUp(plan, followUp)} ${this.renderConsent(plan)} ${this.renderResponsibility(plan)}</div>
      ${this.renderTexts(this.localize.term('sipNeedsHeading'), plan.needs)}
      ${this.renderTexts(this.localize.term('sipGoalsHeading'), plan.goals)} ${this.renderInterventions(plan)}
      ${plan.othersActions?.length
        ? html`<div class="block">
            ${this.heading(1, this.localize.term('sipOthersActionsHeading'))}
            <ul>
              ${plan.othersActions.map(
                (a) => html`<li>${a.text}${a.agency ? html` <span class="muted">(${this.localize.term('sipAgencyName', a.agency)})</span>` : nothing}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${plan.followUps?.length
        ? html`<div class="block">
            ${this.heading(1, this.localize.term('sipFollowUpsHeading'))}
            <ul>
              ${[...plan.followUps]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map(
                  (f) => html`<li>
                    <strong>${this.localize.date(f.date)}</strong>: ${this.who(f)}${f.note ? html`. ${f.note}` : nothing}
                  </li>`,
                )}
            </ul>
          </div>`
        : nothing}
      ${plan.obstacles?.length ? this.renderTexts(this.localize.term('sipPlanObstaclesHeading'), plan.obstacles) : nothing}
    `;
  }

  private who(f: { by?: string; agency?: string }): string {
    return [f.by, f.agency ? this.localize.term('sipAgencyName', f.agency) : undefined].filter(Boolean).join(', ');
  }

  private renderOverdue(followUp: Extract<FollowUpState, { kind: 'overdue' }>): TemplateResult {
    return html`<p class="overdue" part="overdue">
      ${warningShape()}<span
        ><strong>${this.localize.term('sipOverdue')}:</strong>
        ${this.localize.term('sipOverdueText', this.localize.date(followUp.date), followUp.days)}</span
      >
    </p>`;
  }

  private renderSteps(plan: SipPlan): TemplateResult {
    const currentIndex = sipSteps.indexOf(plan.step);
    return html`<div class="block">
      ${this.heading(1, this.localize.term('sipStepsHeading'))}
      <ol class="steps" part="steps">
        ${sipSteps.map((step, i) => {
          const stepState = i < currentIndex || plan.step === 'closed' ? 'done' : i === currentIndex ? 'current' : 'upcoming';
          return html`<li class="step step--${stepState}">
            <button
              type="button"
              part="step"
              aria-current=${i === currentIndex ? 'step' : nothing}
              @click=${() => this.select('step', step, { plan: plan.id, state: stepState })}
            >
              ${stepShape(stepState)}
              <span class="step-text">
                <span class="step-name">${this.localize.term('sipStepName', step)}</span>
                <span class="step-state">${this.localize.term('sipStepState', stepState)}</span>
              </span>
            </button>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderFollowUp(plan: SipPlan, followUp: FollowUpState): TemplateResult {
    let body: unknown;
    switch (followUp.kind) {
      case 'closed':
        body = html`<p>${this.localize.term('sipClosedText')}</p>`;
        break;
      case 'none':
        body = html`<p>${this.localize.term('sipNoNextFollowUp')}</p>`;
        break;
      case 'overdue':
        body = html`<p class="badge badge--overdue">${warningShape()}${this.localize.term('sipOverdue')}</p>
          <p>${this.localize.term('sipOverdueText', this.localize.date(followUp.date), followUp.days)}</p>`;
        break;
      case 'today':
        body = html`<p class="badge badge--today">${this.localize.term('sipDueToday')}</p>
          <p>${this.localize.term('sipDueTodayText', this.localize.date(followUp.date))}</p>`;
        break;
      case 'on-time':
        body = html`<p class="badge badge--on-time">${this.localize.term('sipOnTime')}</p>
          <p>${this.localize.term('sipOnTimeText', this.localize.date(followUp.date), followUp.days)}</p>`;
        break;
    }
    const next = plan.nextFollowUp;
    return html`<div class="fact follow-up ${followUp.kind === 'overdue' ? 'follow-up--overdue' : ''}" part="follow-up">
      ${this.heading(1, this.localize.term('sipNextFollowUpHeading'))} ${body}
      ${next && followUp.kind !== 'closed' ? html`<p>${this.localize.term('sipFollowUpBy', this.who(next))}</p>` : nothing}
    </div>`;
  }

  private renderConsent(plan: SipPlan): TemplateResult {
    const { status, date } = plan.consent;
    const name = this.localize.term('sipConsentName', status);
    return html`<div class="fact consent consent--${status}" part="consent">
      ${this.heading(1, this.localize.term('sipConsentHeading'))}
      <p class="badge badge--consent-${status}">
        ${status === 'given' ? nothing : warningShape()}${date ? this.localize.term('sipConsentOn', name, this.localize.date(date)) : name}
      </p>
      ${status === 'withdrawn' ? html`<p>${this.localize.term('sipConsentWithdrawnNote')}</p>` : nothing}
      ${status === 'not-given' ? html`<p>${this.localize.term('sipConsentNotGivenNote')}</p>` : nothing}
    </div>`;
  }

  private renderResponsibility(plan: SipPlan): TemplateResult {
    const r = plan.overallResponsibility;
    const text = r
      ? [this.localize.term('sipPrincipalName', r.principal), r.agency ? this.localize.term('sipAgencyName', r.agency) : undefined, r.role]
          .filter(Boolean)
          .join(', ')
      : this.localize.term('sipNotDecided');
    return html`<div class="fact">
      ${this.heading(1, this.localize.term('sipResponsibleHeading'))}
      <p>${text}</p>
    </div>`;
  }

  private renderTexts(heading: string, items: string[] | undefined): TemplateResult {
    return html`<div class="block">
      ${this.heading(1, heading)}
      ${items?.length ? html`<ul>${items.map((t) => html`<li>${t}</li>`)}</ul>` : html`<p class="muted">${this.localize.term('sipNoneGiven')}</p>`}
    </div>`;
  }

  private renderInterventions(plan: SipPlan): TemplateResult {
    const items = plan.interventions ?? [];
    return html`<div class="block">
      ${this.heading(1, this.localize.term('sipInterventionsHeading'))}
      ${items.length
        ? html`<ul class="interventions" part="interventions">
            ${items.map(
              (item, i) => html`<li class="intervention principal--${item.principal}">
                <button
                  type="button"
                  part="intervention"
                  class="link"
                  @click=${() => this.select('intervention', item.id ?? String(i), { plan: plan.id, intervention: item })}
                >
                  ${item.text}
                </button>
                <dl>
                  <div>
                    <dt>${this.localize.term('sipPrincipalLabel')}</dt>
                    <dd><span class="principal-tag">${this.localize.term('sipPrincipalName', item.principal)}</span></dd>
                  </div>
                  ${item.agency
                    ? html`<div>
                        <dt>${this.localize.term('sipAgencyLabel')}</dt>
                        <dd>${this.localize.term('sipAgencyName', item.agency)}</dd>
                      </div>`
                    : nothing}
                </dl>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.localize.term('sipNoneGiven')}</p>`}
    </div>`;
  }
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

function stepShape(state: string): TemplateResult {
  const inner =
    state === 'done'
      ? svg`<circle cx="8" cy="8" r="7" fill="currentColor"></circle
          ><path d="M4.5 8.5 L7 11 L11.5 5.5" class="knockout" fill="none" stroke-width="2"></path>`
      : state === 'current'
        ? svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"></circle
            ><circle cx="8" cy="8" r="3.5" fill="currentColor"></circle>`
        : svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 2"></circle>`;
  return html`<svg class="shape" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">${inner}</svg>`;
}

function warningShape(): TemplateResult {
  return html`<svg class="shape warning" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M8 1 L15 14.5 H1 Z" fill="currentColor"></path>
    <path class="knockout" d="M8 6 V10 M8 11.5 V13" stroke-width="1.6"></path>
  </svg>`;
}

ensureContextRoot();
define('samsyn-sip-status', SamsynSipStatus);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-sip-status': SamsynSipStatus;
  }
}

import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { inventoryDefinition } from '../../definitions/inventory.js';
import type { AggregateResult, Change, Comparison, Count, Population, QuestionResult } from '../../schema/aggregate-result.js';
import { parseAggregateResult } from '../../schema/aggregate-result.js';
import { definitionRef, type Definition } from '../../schema/questionnaire.js';
import { pick } from '../../schema/locale.js';
import { nextTask } from '../shared/figures/aggregate-records.js';
import { SamsynChart } from '../chart/chart.js';
import { heading, headingLevel } from '../shared/heading.js';
import { figureCell } from '../shared/figure-cell.js';
import { reportTable } from './report-table.js';
import { suggestChartType } from '../shared/figures/categories.js';
import { formats } from '../shared/figures/format.js';
import { figureTableStyles } from '../shared/figure-table.styles.js';
import { downloadText, fileNameOf } from '../shared/download.js';
import { SamsynElement } from '../shared/samsyn-element.js';
import { Provided } from '../shared/provided.js';
import { emit } from '../shared/events.js';
import { FiguresController, FiguresProblem, type FiguresRun } from '../shared/figures.js';
import { figuresWords } from '../shared/figures/words.js';
import { tokens } from '../shared/tokens.styles.js';
import { buttonStyles } from '../shared/forms/button.styles.js';
import { styles } from './inventory-report.styles.js';
import { renderDenominator, renderReference, renderTrend, trendStyles } from './trend-view.js';
import { Numbering, numbered } from './numbering.js';
import type { Trend } from '../../aggregate/trend.js';
import { oneDenominator } from '../../aggregate/denominator.js';
import { parseKoladaValues, type KoladaValue } from '../../schema/kolada.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as inventoryReportMessages from '../../i18n/messages/inventory-report.js';
import * as reportMessages from '../../i18n/messages/report.js';

registerMessages(reportMessages, inventoryReportMessages);

/** The figures a report shows, worked out from its properties. */
interface Figures {
  current: AggregateResult;
  /** Broken down by age band with a population: the per-mille table. */
  perMille: AggregateResult | undefined;
  comparison: Comparison | undefined;
  /** Every option over the periods of `history` and the current one. */
  trend: Trend | undefined;
  /** The population every per-mille figure is computed on. */
  population: Population | undefined;
}

/**
 * @summary The inventory report: the total, a chart per question under each section's heading, per-mille
 * figures, SIP coverage and the comparison with an earlier inventory; exported as CSV and printed to A4.
 *
 * @description Hand it the records (`records`) or a precomputed aggregated result (`result`). It follows the
 * reports kommuner made from the national tool (seed 000: a diagram per question, in the form's order) and
 * Stockholm's tables (seed 002: per mille of the population by gender and age band, SIP against the estimated
 * need, changes between years). Small counts are hidden as `..` everywhere.
 *
 * Many records (a region's tens of thousands) are aggregated in a worker, so the page stays responsive.
 * For print, every chart becomes a still image, buttons disappear and headings stay with their charts; a
 * portal that wants a fixed paper size adds `@page { size: A4; }` to its own stylesheet.
 *
 * @event samsyn-error - The result, the earlier result or the records cannot be used; the report shows a message instead.
 *
 * @csspart report - The whole report.
 * @csspart title - Headings of the report and its sections (and, inside each chart, the chart's title).
 * @csspart button - The download and print buttons.
 * @csspart table - The per-mille, SIP and comparison tables.
 * @csspart error - The message shown instead of the report when the input is unusable.
 *
 * @cssprop --samsyn-report-max-width - The report's width at most (default 60rem).
 */
export class SamsynInventoryReport extends Provided(SamsynElement, ['definition', 'minCount', 'population', 'period']) {
  static override styles = [tokens, figureTableStyles, buttonStyles, styles, trendStyles];

  /** The records to report on. */
  @property({ attribute: false }) records: readonly unknown[] | undefined;

  /** A precomputed aggregated result (from `samsyn/aggregate` or a vendor's database); takes precedence over `records`. */
  @property({ attribute: false }) result: AggregateResult | undefined;

  /** An earlier inventory to compare with: its records or its aggregated result. */
  @property({ attribute: false }) previous: AggregateResult | readonly unknown[] | undefined;

  /**
   * Earlier inventories, oldest first, as aggregated results of the same definition (already protected): a
   * line chart and a table per question over every period, the current one last.
   */
  @property({ attribute: false }) history: readonly AggregateResult[] | undefined;

  /**
   * Figures of other kommuner, the region or the nation in Kolada's shape (`{ kpi, municipality, period,
   * values: [{ gender, count, status, value }] }`, an optional `label`), read as people in the inventory per
   * 1,000 inhabitants: a table with a row per reference beside the kommun's own, and in words how it stands.
   */
  @property({ attribute: false }) reference: readonly KoladaValue[] | undefined;

  /** The name of the kommun in the comparison with others (default "Kommunen"). */
  @property() kommun: string | undefined;

  /**
   * Population figures for per-mille figures (by age band, with `byOption.gender` for women and men). Where
   * bands are given, the totals are their sums, so that every per-mille figure has one denominator.
   */
  @property({ attribute: false }) population: Population | undefined;

  /** The definition the records follow (default: what a surrounding `<samsyn-context>` provides, else the national inventory). */
  @property({ attribute: false }) definition: Definition | undefined;

  /** Break every chart down by this question (`gender`, `ageBand`, …). */
  @property() by: string | undefined;

  /** The period the records describe ("2015"), shown in the title and the tables. */
  @property() period: string | undefined;

  /** The period of `previous` when it is given as records ("2013"). */
  @property({ attribute: 'previous-period' }) previousPeriod: string | undefined;

  /** The estimated number of people who need a SIP; gives the coverage of the need. */
  @property({ type: Number, attribute: 'sip-need' }) sipNeed: number | undefined;

  /** The smallest count given out (default: a surrounding `<samsyn-context>`'s, else 5; 1 turns disclosure control off). */
  @property({ type: Number, attribute: 'min-count' }) minCount: number | undefined;

  /** The report's title (default: the definition's title). */
  @property() heading: string | undefined;

  /** Numbers the figures ("Figur 1.") in their titles and text alternatives, as a document refers to them. */
  @property({ type: Boolean }) numbered = false;

  /** With `numbered`: how many tables the document numbered before the report; its own go on from there ("Tabell n."). */
  @property({ type: Number, attribute: 'table-start' }) tableStart = 0;

  /** The level of the report's heading, 2–4; sections and charts follow one and two levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The report's figures: `result` checked, or `records` aggregated, with the comparison, the trend and the per-mille table. */
  private readonly results = new FiguresController<Figures>(this, {
    track: (work) => this.track(work),
    words: figuresWords(this.localize),
    check: (value) => parseAggregateResult(value),
    warn: (problem) => emit(this, 'samsyn-error', problem),
  });

  private get figures(): Figures | undefined {
    return this.results.figures;
  }

  /** The aggregated result shown, once computed. */
  get shownResult(): AggregateResult | undefined {
    return this.figures?.current;
  }

  /**
   * Resolves when the figures are computed and rendered (the charts are drawn as they scroll into view).
   * @deprecated `updateComplete` waits for the same; this stays for pages that call it.
   */
  async settled(): Promise<void> {
    await this.updateComplete;
  }

  /**
   * Draws every chart now, also those out of view (which otherwise wait until they scroll into it), one
   * at a time so that the page stays responsive; for a page that exports, screenshots or measures the report.
   */
  async draw(): Promise<void> {
    await this.settled();
    for (const chart of this.charts) {
      await chart.draw();
      await nextTask();
    }
  }

  /** Draws every chart and swaps it for a still image, then resolves: call it before `window.print()`. */
  async prepareForPrint(): Promise<void> {
    await this.draw();
    for (const chart of this.charts) await chart.prepareForPrint();
  }

  /** Every chart drawn as an image with its question, title and text alternative, in the report's order: for an export. */
  async chartImages(): Promise<Array<{ question: string; src: string; title: string; alt: string; label?: string; width: number; height: number }>> {
    await this.settled();
    const images = [];
    for (const chart of this.charts) {
      const image = await chart.image();
      if (image) images.push({ question: chart.question, ...image });
      await nextTask();
    }
    return images;
  }

  /** The report's charts (importing the class also defines `samsyn-chart`, which the report renders). */
  private get charts(): SamsynChart[] {
    return [...this.renderRoot.querySelectorAll('samsyn-chart')].filter((c): c is SamsynChart => c instanceof SamsynChart);
  }

  protected override prepare(changed: PropertyValues<this>): void {
    const inputs = ['records', 'result', 'previous', 'history', 'reference', 'population', 'definition', 'by', 'period', 'previousPeriod', 'minCount'] as const;
    if (inputs.some((k) => changed.has(k))) this.compute();
    const problem = this.results.problem;
    if (problem) this.reportProblem(problem);
    else this.clearProblem();
  }

  private compute(): void {
    const { records, result, previous, by, minCount, period, history, reference, previousPeriod, definition } = this;
    // One denominator per group; what is not a population goes on as it came, for the aggregation to refuse with its message.
    const population = oneDenominator(this.population);
    const locale = this.localize.locale;
    const base = { definition, population, minCount, period, locale };
    const ownPerMille = population !== undefined && by !== 'ageBand';
    const invalid = (property: string, message: string) => new FiguresProblem(() => ({ reason: 'invalid-value', property, message }));
    const derive = ([current, ownTable]: AggregateResult[], run: FiguresRun): Figures | Promise<Figures> => {
      const perMille = result != null ? (current.by === 'ageBand' && current.population ? current : undefined) : ownPerMille ? ownTable : population ? current : undefined;
      const figures = (comparison?: Comparison, trend?: Trend): Figures => {
        if (reference != null && !parseKoladaValues(reference).success) throw invalid('reference', this.localize.term('reportInvalidReference'));
        return { current, perMille, comparison, trend, population: perMille?.population ?? population };
      };
      // Without an earlier inventory, the figures are there in the same update.
      if (previous == null && history == null) return figures();
      return (async () => {
        let comparison: Comparison | undefined;
        if (previous != null) {
          const before = Array.isArray(previous)
            ? await run.aggregate(previous, { definition, by: current.by, minCount, period: previousPeriod, locale }, 'previous')
            : await run.check(previous, 'previous');
          const { compare } = await import('../../aggregate/index.js');
          comparison = compare(before, current);
        }
        let trend: Trend | undefined;
        if (history != null) {
          if (!Array.isArray(history)) throw invalid('history', this.localize.term('chartInvalidResult'));
          const earlier = [];
          for (const h of history as unknown[]) earlier.push(await run.check(h, 'history'));
          if (earlier.length) {
            const aggregateModule = await import('../../aggregate/index.js');
            try {
              trend = aggregateModule.trend([...earlier, current]);
            } catch (error) {
              throw invalid('history', error instanceof Error ? error.message : String(error));
            }
          }
        }
        return figures(comparison, trend);
      })();
    };
    this.results.set({ result, records, options: [{ ...base, by }, ...(ownPerMille ? [{ ...base, by: 'ageBand' }] : [])], derive });
  }

  /** The definition whose sections and order the report follows, when it is the one the result names. */
  private get shownDefinition(): Definition | undefined {
    const candidate = this.definition ?? inventoryDefinition;
    return this.figures && definitionRef(candidate) === this.figures.current.definition ? candidate : undefined;
  }

  private readonly downloadAll = async (): Promise<void> => {
    const current = this.figures?.current;
    if (!current) return;
    const { toCsv } = await import('../../aggregate/index.js');
    // Swedish Excel reads semicolons and decimal commas; an English page gets commas and points.
    const english = this.localize.locale === 'en';
    const csv = toCsv(current, { locale: this.localize.locale, ...(english ? { separator: ',', decimal: '.' } : {}) });
    downloadText(this.renderRoot, `${fileNameOf(this.localize.term('reportFileName'), current.period)}.csv`, csv);
  };

  private readonly print = async (): Promise<void> => {
    await this.prepareForPrint();
    window.print();
  };

  protected override renderContent(): unknown {
    const l = this.localize;
    if (!this.figures) {
      return this.results.computing
        ? html`<p role="status">${l.term('reportCalculating')}</p>`
        : html`<p class="empty" role="status">${l.term('reportEmpty')}</p>`;
    }
    const { current, perMille, comparison, trend } = this.figures;
    const level = headingLevel(this.headingLevel, 4);
    const definition = this.shownDefinition;
    const title = this.heading || (definition ? pick(definition.title, l.locale) : l.term('reportTotal'));
    const f = formats(l);
    const numbers = new Numbering(l, this.numbered, this.tableStart);

    return html`<article part="report">
      <div role="status" class="visually-hidden">${this.results.computing ? l.term('reportCalculating') : ''}</div>
      ${heading(level, title, { id: 'report-title', part: 'title', class: 'title' })}
      ${current.period ? html`<p class="lead">${l.term('reportPeriod')}: ${current.period}</p>` : nothing}
      <dl class="key-figures">
        <div>
          <dt>${l.term('reportTotal')}</dt>
          <dd>${this.count(current.total.all)}</dd>
        </div>
      </dl>
      ${current.rejected.count > 0
        ? html`<div class="rejected">
            <p>${l.term('reportRejected', f.count(current.rejected.count))}</p>
            <ul>
              ${current.rejected.reasons.map((r) => html`<li>${l.term('reportRejectedReason', r.message ?? r.reason, f.count(r.count))}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.downloadAll}>${l.term('reportDownloadAll')}</button>
        <button type="button" part="button" class="secondary" @click=${this.print}>${l.term('reportPrint')}</button>
      </div>
      ${current.total.all.count === 0
        ? html`<p class="empty">${l.term('reportEmpty')}</p>`
        : html`${perMille ? this.renderPerMille(perMille, level + 1, numbers.table()) : nothing}
          ${perMille && this.reference?.length
            ? renderReference(perMille, this.reference, l, level + 1, this.kommun || l.term('referenceOwn'), numbers.table())
            : nothing}
          ${this.sectionsOf(current, definition).map(
            (section) => html`<section>
              ${heading(level + 1, section.title, { part: 'title', class: 'title' })}
              ${section.questions.map(
                (q) => html`<samsyn-chart
                    .result=${current}
                    question=${q.id}
                    type=${suggestChartType(current, q, l)}
                    heading-level=${level + 2}
                    figure-label=${numbers.figure() ?? nothing}
                    table-label=${(q.answered.all.suppressed || (q.answered.all.count ?? 0) > 0 ? numbers.table() : undefined) ?? nothing}
                    .reference=${q.id === 'gender' && perMille ? this.reference : undefined}
                    kommun=${this.kommun || nothing}
                  ></samsyn-chart>
                  ${q.id === 'sip' ? this.renderSip(q, numbers) : nothing}`,
              )}
            </section>`,
          )}
          ${comparison && !trend ? this.renderComparison(comparison, level + 1, numbers.table()) : nothing}
          ${trend ? renderTrend(trend, l, level + 1, current.minCount, numbers) : nothing}`}
    </article>`;
  }

  /** The result's questions grouped under the sections of the definition, in its order; charts only for figures. */
  private sectionsOf(result: AggregateResult, definition: Definition | undefined): Array<{ title: string; questions: QuestionResult[] }> {
    const chartable = result.questions.filter((q) => q.options?.length || q.histogram?.length);
    const ids = [...new Set(chartable.map((q) => q.section))];
    if (definition) {
      const order = definition.sections.map((s) => s.id);
      ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    return ids.map((id) => {
      const section = definition?.sections.find((s) => s.id === id);
      return { title: section ? pick(section.title, this.localize.locale) : id, questions: chartable.filter((q) => q.section === id) };
    });
  }

  private count(c: Count | undefined): unknown {
    return figureCell(this.localize, c?.count, c?.suppressed, formats(this.localize).count);
  }

  /** Seed 002's table: per mille of the population, age bands down, women, men and everyone across. */
  private renderPerMille(result: AggregateResult, level: number, tableLabel?: string): TemplateResult {
    const l = this.localize;
    const f = formats(l);
    const gender = result.questions.find((q) => q.id === 'gender');
    const genders = gender?.options ?? [];
    const hidden = [
      result.total.all,
      ...Object.values(result.total.groups),
      ...genders.flatMap((o) => [o.cells.all, ...Object.values(o.cells.groups)]),
    ].some((c) => c.suppressed);
    return html`<section>
      ${heading(level, l.term('reportPerMilleHeading'), { part: 'title', class: 'title' })}
      ${reportTable({
        id: 'per-mille',
        caption: `${numbered(tableLabel, l.term('reportPerMilleCaption'))}${result.period ? `, ${result.period}` : ''}`,
        heads: [
          pick(result.questions.find((q) => q.id === 'ageBand')?.label, l.locale) || l.term('chartGroupColumn'),
          ...genders.map((o) => pick(o.label, l.locale)),
          l.term('chartAll'),
        ],
        body: html`<tbody>
            ${result.groups.map(
              (g) => html`<tr>
                <th scope="row">${pick(g.label, l.locale)}</th>
                ${genders.map((o) => html`<td>${figureCell(l, o.cells.groups[g.code]?.perMille, o.cells.groups[g.code]?.suppressed, f.perMille)}</td>`)}
                <td>${figureCell(l, result.total.groups[g.code]?.perMille, result.total.groups[g.code]?.suppressed, f.perMille)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${l.term('chartAll')}</th>
              ${genders.map((o) => html`<td>${figureCell(l, o.cells.all.perMille, o.cells.all.suppressed, f.perMille)}</td>`)}
              <td>${figureCell(l, result.total.all.perMille, result.total.all.suppressed, f.perMille)}</td>
            </tr>
          </tfoot>`,
        notes: html`<p class="note">${l.term('reportPerMilleNote')}</p>
          ${renderDenominator(this.figures?.population, l)}
          ${hidden ? html`<p class="note">${l.term('suppressedNote', result.minCount)}</p>` : nothing}`,
      })}
    </section>`;
  }

  /** Stockholm's SIP figures: plans drawn up and under way, and the share of the estimated need they cover. */
  private renderSip(question: QuestionResult, numbers: Numbering): unknown {
    const l = this.localize;
    const f = formats(l);
    const option = (code: string) => question.options?.find((o) => o.code === code)?.cells.all;
    const established = option('established');
    const inProgress = option('in-progress');
    if (!established || !inProgress) return nothing;
    const tableLabel = numbers.table();
    const hidden = established.suppressed || inProgress.suppressed;
    const sum = !hidden && established.count !== null && inProgress.count !== null ? established.count + inProgress.count : null;
    const need = this.sipNeed !== undefined && Number.isFinite(this.sipNeed) && this.sipNeed > 0 ? this.sipNeed : undefined;
    const row = (label: string, value: unknown) => html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
    return reportTable({
      id: 'sip',
      caption: `${numbered(tableLabel, l.term('reportSipCaption'))}${this.figures?.current.period ? `, ${this.figures.current.period}` : ''}`,
      body: html`<tbody>
          ${row(l.term('reportSipEstablished'), this.count(established))} ${row(l.term('reportSipInProgress'), this.count(inProgress))}
          ${row(l.term('reportSipTotal'), figureCell(l, sum, hidden, f.count))}
          ${need !== undefined
            ? html`${row(l.term('reportSipNeed'), f.count(need))}
              ${row(l.term('reportSipCoverage'), figureCell(l, sum === null ? null : sum / need, hidden, f.percent))}`
            : nothing}
        </tbody>`,
      notes: hidden ? html`<p class="note">${l.term('suppressedNote', this.figures?.current.minCount ?? 5)}</p>` : nothing,
    });
  }

  /** A figure of the comparison; a change is hidden only where its figure is left out. */
  private change(c: Change, value: number | null, signed: boolean, digits = 0): unknown {
    const f = formats(this.localize);
    return figureCell(this.localize, value, c.suppressed && value === null, signed ? (v) => f.signed(v, digits) : f.count);
  }

  /** Seed 002's years side by side: every option's count before and now, and the change. */
  private renderComparison(comparison: Comparison, level: number, tableLabel?: string): TemplateResult {
    const l = this.localize;
    const f = formats(l);
    const beforeLabel = comparison.before ?? l.term('reportBefore');
    const afterLabel = comparison.after ?? l.term('reportAfter');
    const total = comparison.total;
    const hidden = total.suppressed || comparison.questions.some((q) => q.options.some((o) => o.all.suppressed));
    const figure = (v: number | null, s: boolean | undefined) => (s && v === null ? l.term('suppressedSign') : v === null ? l.term('missingSign') : f.count(v));
    return html`<section>
      ${heading(level, l.term('reportComparisonHeading'), { part: 'title', class: 'title' })}
      <p>
        ${l.term(
          'reportComparisonTotal',
          figure(total.before, total.suppressed),
          figure(total.after, total.suppressed),
          total.difference === null ? figure(null, total.suppressed) : f.signed(total.difference),
        )}
      </p>
      ${reportTable({
        id: 'comparison',
        caption: `${numbered(tableLabel, l.term('reportComparisonHeading'))}: ${beforeLabel}–${afterLabel}`,
        heads: [l.term('chartOption'), beforeLabel, afterLabel, l.term('reportDifference'), l.term('reportPercentagePoints')],
        body: comparison.questions.map(
            (q) => html`<tbody>
              <tr>
                <th scope="rowgroup" colspan="5">${pick(q.label, l.locale)}</th>
              </tr>
              ${q.options.map(
                (o) => html`<tr>
                  <th scope="row">${pick(o.label, l.locale)}</th>
                  <td>${this.change(o.all, o.all.before, false)}</td>
                  <td>${this.change(o.all, o.all.after, false)}</td>
                  <td>${this.change(o.all, o.all.difference, true)}</td>
                  <td>${this.change(o.all, o.all.percentagePoints, true, 1)}</td>
                </tr>`,
              )}
            </tbody>`,
        ),
        notes: html`<p class="note">${l.term('reportComparisonNote')}</p>
          ${hidden ? html`<p class="note">${l.term('suppressedNote', this.figures?.current.minCount ?? 5)}</p>` : nothing}`,
      })}
    </section>`;
  }
}

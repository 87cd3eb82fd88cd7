import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AggregateResult, Population } from '../../schema/aggregate-result.js';
import type { Definition } from '../../schema/questionnaire.js';
import type { KoladaValue } from '../../schema/kolada.js';
import { heading } from '../shared/heading.js';
import { SamsynElement, whenIdle, type InputProblem } from '../shared/samsyn-element.js';
import { FiguresController } from '../shared/figures.js';
import { figuresWords } from '../shared/figures/words.js';
import { Provided } from '../shared/provided.js';
import { emit } from '../shared/events.js';
import { tokens } from '../shared/tokens.styles.js';
import {
  buildModel,
  formats,
  HORIZONTAL_WRAP,
  PALETTE,
  plotSpecOf,
  plotsShares,
  summaryOf,
  toChartType,
  wrapLabel,
  type ChartModel,
  type ChartType,
} from './chart-data.js';
import { colourModes, loadedRenderer, loadRenderer, queueDrawing, unqueueDrawing } from './draw-queue.js';
export { preloadRenderer } from './draw-queue.js';
import type { DrawnChart, Theme } from './chart-render.js';
import { figureTableStyles } from '../shared/figure-table.styles.js';
import { buttonStyles } from '../shared/forms/button.styles.js';
import { styles } from './chart.styles.js';
import { referencePlot, referenceSummary, referenceView, type ReferenceView } from './chart-reference.js';
import { renderLegend, renderStats, renderTable } from './chart-table.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as reportMessages from '../../i18n/messages/report.js';

registerMessages(reportMessages);

/** Lines a horizontal chart needs: each category as tall as its wrapped label or its bars, plus a gap. */
function rowsOf(model: ChartModel): number {
  const bars = model.type === 'grouped' ? model.series.length : 1;
  return model.categories.reduce((sum, c) => sum + Math.max(wrapLabel(c.label, HORIZONTAL_WRAP).length, bars) + 0.5, 0);
}

/**
 * @summary One question of an aggregated result as a chart, with its figures as direct labels, a text
 * alternative, and the same figures as a table.
 *
 * @description Give it an aggregated result (`result`, from `samsyn/aggregate` or computed by a vendor
 * in its own database in the same shape) or the records themselves (`records`, aggregated on the fly),
 * and the `question` to show. Chart.js is fetched only when the chart first scrolls into view; the
 * canvas follows the size of its container and is released when the element leaves the page.
 *
 * Figures follow Swedish official statistics: the title is the question, the subtitle says what is
 * counted and how many answered, hidden figures are shown as `..` (Kolada's sign) with a footnote,
 * and numbers are formatted for the page's language (decimal comma in Swedish). Series are told apart
 * by patterns and direct labels, not by colour alone. `stacked` and `grouped` need a result broken
 * down `by` a question; without one they are drawn as plain bars, and a multiple-choice question is
 * never drawn as a ring (its shares add up to more than the whole).
 *
 * @event samsyn-error - The result, the records or the question cannot be used; the element shows a message instead.
 *
 * @csspart title - The chart's heading (the question).
 * @csspart subtitle - What is counted and how many answered.
 * @csspart legend - The series of a broken-down chart, or the slices of a ring, with their fills.
 * @csspart plot - The box the canvas fills.
 * @csspart button - The "show as table" and "download" buttons.
 * @csspart table - The table of figures.
 * @csspart error - The message shown instead of the chart when the input is unusable.
 *
 * @cssprop --samsyn-chart-height - Height of vertical bar charts and rings (default 20rem); horizontal bars grow with the number of rows.
 * @cssprop --samsyn-chart-color-1 - First series colour (default #1d5aa8).
 * @cssprop --samsyn-chart-color-2 - Second series colour (default #b34700).
 * @cssprop --samsyn-chart-color-3 - Third series colour (default #00697a).
 * @cssprop --samsyn-chart-color-4 - Fourth series colour (default #6a3d9a).
 * @cssprop --samsyn-chart-color-5 - Fifth series colour (default #a3195b).
 * @cssprop --samsyn-chart-color-6 - Sixth series colour (default #2e7d32).
 * @cssprop --samsyn-chart-grid - Grid lines (default #d9d9d9).
 */
export class SamsynChart extends Provided(SamsynElement, ['definition', 'minCount', 'population']) {
  static override styles = [tokens, figureTableStyles, buttonStyles, styles];

  /** A precomputed aggregated result (validated; an invalid one shows a message). Takes precedence over `records`. */
  @property({ attribute: false }) result: AggregateResult | undefined;

  /** Records to aggregate on the fly, when no `result` is given. */
  @property({ attribute: false }) records: readonly unknown[] | undefined;

  /** The definition the records follow (default: what a surrounding `<samsyn-context>` provides, else the national inventory). */
  @property({ attribute: false }) definition: Definition | undefined;

  /** Population totals for per-mille figures, when aggregating `records`. */
  @property({ attribute: false }) population: Population | undefined;

  /** The id of the question to show. */
  @property() question = '';

  /** `bar`, `horizontal-bar`, `stacked`, `grouped` or `doughnut`. */
  @property({ reflect: true }) type: ChartType = 'bar';

  /** When aggregating `records`: the question to break the figures down by (`gender`, `ageBand`, …). */
  @property() by: string | undefined;

  /** When aggregating `records`: the smallest count given out (default: a surrounding `<samsyn-context>`'s, else 5; 1 turns disclosure control off). */
  @property({ type: Number, attribute: 'min-count' }) minCount: number | undefined;

  /** The level of the chart's heading, 2–6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The figure's number in a document ("Figur 4."), before its title and its text alternative. */
  @property({ attribute: 'figure-label' }) figureLabel: string | undefined;

  /** The table's number in a document ("Tabell 7."), before its caption; the text alternative refers to it. */
  @property({ attribute: 'table-label' }) tableLabel: string | undefined;

  /**
   * Figures of other kommuner, the region or the nation in Kolada's shape (per mille of the population by
   * gender). Where the chart's categories are genders, it draws the kommun's per mille beside each reference
   * (a series each), adds a column per reference to its table, and says how the kommun stands.
   */
  @property({ attribute: false }) reference: readonly KoladaValue[] | undefined;

  /** The kommun's name beside its references (default "Kommunen"). */
  @property() kommun: string | undefined;

  /**
   * Whether the table is shown; undefined until it is made, at once when opened, else in the page's first
   * idle moment after the chart is shown (false: made, hidden), so that a report's first screenful waits
   * for no hidden table. The canvas's text alternative is there from the first render.
   */
  @state() private tableOpen: boolean | undefined;
  /** Resolves once the table is made. */
  private tableWhen: Promise<unknown> | undefined;
  /** Whether the chart has come into view (or was asked to draw): not state, so that coming into view renders nothing again. */
  private visible = false;

  private get canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }
  private get plot(): HTMLElement | null {
    return this.renderRoot.querySelector('.plot');
  }
  private get printImage(): HTMLImageElement | null {
    return this.renderRoot.querySelector('.print-image');
  }

  private data: AggregateResult | undefined;
  private model: ChartModel | undefined;
  /** `result`, checked with the schema (fetched when the first result arrives), or the one aggregated from `records`. */
  private readonly figures = new FiguresController<AggregateResult>(this, {
    track: (work) => this.track(work),
    words: figuresWords(this.localize),
    check: (value) => import('../../schema/aggregate-result.js').then(({ parseAggregateResult }) => parseAggregateResult(value)),
    warn: (problem) => emit(this, 'samsyn-error', problem),
  });
  private chart: DrawnChart | undefined;
  private drawnFrom:
    | { data: AggregateResult; model: ChartModel; canvas: HTMLCanvasElement; locale: string; reference: readonly KoladaValue[] | undefined }
    | undefined;
  private observer: IntersectionObserver | undefined;
  private drawWaiters: Array<() => void> = [];

  /** Whether the chart is drawn on its canvas (it is drawn when first scrolled into view). */
  get drawn(): boolean {
    return this.chart !== undefined;
  }

  /** The aggregated result shown: `result`, or the one computed from `records`. */
  get shownResult(): AggregateResult | undefined {
    return this.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver === 'undefined') {
      this.visible = true;
    } else {
      // A margin, so the chart is ready by the time it scrolls into view.
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.visible = true;
          this.observer?.disconnect();
          this.syncChart();
        }
      }, { rootMargin: '200px' });
      this.observer.observe(this);
    }
    window.addEventListener('beforeprint', this.onPrint);
    for (const query of colourModes()) query.addEventListener('change', this.redraw);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = false;
    window.removeEventListener('beforeprint', this.onPrint);
    for (const query of colourModes()) query.removeEventListener('change', this.redraw);
    unqueueDrawing(this);
    this.destroyChart();
  }

  /**
   * Draws the chart now, even out of view, and puts a still image of it in place of the canvas for
   * print. A report calls it for every chart before `window.print()`.
   */
  async prepareForPrint(): Promise<void> {
    await this.draw();
    this.capturePrintImage();
  }

  /**
   * Every figure drawn, how the kommun stands beside its references, and (with `withTable`) the table's number
   * where it has one: an exported document numbers its own tables.
   */
  private describe(model: ChartModel, withTable = true): string {
    const view = this.referenceView(model);
    const table = withTable && this.tableLabel ? this.localize.term('chartTableReference', this.tableLabel) : '';
    return [summaryOf(model, this.localize), view ? referenceSummary(view, this.localize) : '', table]
      .filter(Boolean)
      .join(' ');
  }

  private referenceView(model: ChartModel): ReferenceView | undefined {
    return referenceView(model, this.reference, this.kommun, this.data?.period, this.localize);
  }

  /**
   * The chart as a PNG data URL with its title and text alternative, for a document that exports it
   * (`samsyn-report-document`'s Word file); undefined when there is nothing to draw.
   */
  async image(): Promise<{ src: string; title: string; alt: string; label?: string; width: number; height: number } | undefined> {
    await this.prepareForPrint();
    const img = this.printImage;
    if (!this.chart || !this.model || !img?.src) return undefined;
    // A drawn chart has its canvas.
    const { width, height } = this.canvas!;
    return {
      src: img.src,
      title: this.model.title,
      alt: this.describe(this.model, false),
      ...(this.figureLabel ? { label: this.figureLabel } : {}),
      width,
      height,
    };
  }

  /**
   * Draws the chart now, even out of view or in a hidden page (where it would otherwise wait until it is
   * shown), for a page that exports or screenshots it.
   */
  async draw(): Promise<void> {
    await this.settled();
    if (!this.model || !this.canvas) return;
    await loadRenderer();
    this.visible = true;
    await this.updateComplete;
    this.syncChart(true);
  }

  /**
   * Resolves when the result is checked (or the records aggregated) and rendered, and the table is made
   * (`updateComplete` does not wait for the table, which is made in the page's first idle moment).
   */
  async settled(): Promise<void> {
    await this.updateComplete;
    await this.tableWhen;
  }

  /** Resolves once the chart is drawn (immediately if it is). */
  whenDrawn(): Promise<void> {
    if (this.chart) return Promise.resolve();
    return new Promise((resolve) => this.drawWaiters.push(resolve));
  }

  protected override prepare(changed: PropertyValues<this>): void {
    if ((['result', 'records', 'definition', 'population', 'by', 'minCount'] as const).some((k) => changed.has(k))) {
      const options = { definition: this.definition, by: this.by || undefined, population: this.population, minCount: this.minCount, locale: this.localize.locale };
      this.figures.set({ result: this.result, records: this.records, options: [options], derive: ([result]) => result });
    }

    const problem = this.currentProblem();
    if (problem) {
      this.model = undefined;
      this.reportProblem(problem);
      return;
    }
    this.clearProblem();
    this.data = this.figures.figures;
    const question = this.data?.questions.find((q) => q.id === this.question);
    this.model = this.data && question ? buildModel(this.data, question, toChartType(this.type), this.localize) : undefined;
  }

  /** The problem with the current input, in the current language. */
  private currentProblem(): InputProblem | undefined {
    const problem = this.figures.problem;
    if (problem) return problem;
    const data = this.figures.figures;
    if (!data) return undefined;
    if (!this.question) return { reason: 'invalid-value', property: 'question', message: this.localize.term('chartNoQuestion') };
    if (!data.questions.some((q) => q.id === this.question)) {
      return { reason: 'invalid-value', property: 'question', message: this.localize.term('chartUnknownQuestion', this.question) };
    }
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Horizontal bars take the height their rows need; set through the CSSOM, which a strict CSP allows.
    if (this.model?.horizontal) this.plot?.style.setProperty('--_rows', String(rowsOf(this.model)));
    this.tableWhen ??=
      this.model &&
      new Promise<void>((made) => whenIdle(made)).then(() => {
        // Not for a chart that has left the page meanwhile (a report made again).
        if (this.isConnected) this.tableOpen ??= false;
        return this.updateComplete;
      });
    this.syncChart();
  }

  /**
   * Draws the chart if it is in view and not drawn from the current figures: `now` at once (a page that
   * asked for it, print), otherwise in its turn among the charts in view.
   */
  private syncChart(now = false): void {
    const { model, data, canvas } = this;
    if (!model || !data || !canvas || !this.visible || model.categories.length === 0 || !this.hasAnswers(model)) {
      unqueueDrawing(this);
      if (!canvas || !model) this.destroyChart();
      return;
    }
    const from = this.drawnFrom;
    if (
      this.chart &&
      from &&
      from.canvas === canvas &&
      from.data === data &&
      from.locale === this.localize.locale &&
      from.reference === this.reference &&
      from.model.question.id === model.question.id &&
      from.model.type === model.type
    ) {
      return;
    }
    const renderer = loadedRenderer();
    if (!renderer) {
      loadRenderer().then(
        () => this.syncChart(now),
        // Without Chart.js (a blocked chunk) the figures are still there: open the table.
        () => (this.tableOpen = true),
      );
      return;
    }
    if (!now) {
      queueDrawing(this, () => this.syncChart(true));
      return;
    }
    unqueueDrawing(this);
    this.destroyChart();
    const view = this.referenceView(model);
    const spec = plotSpecOf(model, this.localize);
    this.chart = renderer.drawChart(canvas, view?.drawable ? referencePlot(spec, view, this.localize) : spec, this.theme(canvas));
    this.drawnFrom = { data, model, canvas, locale: this.localize.locale, reference: this.reference };
    const waiters = this.drawWaiters;
    this.drawWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** Draws the chart again, in the colours of the mode it is in now. */
  private readonly redraw = () => {
    this.drawnFrom = undefined;
    this.syncChart(true);
  };

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnFrom = undefined;
    this.plot?.classList.remove('has-image');
  }

  private readonly onPrint = () => {
    // Chart.js is loaded already if any chart has been shown; draw what is not drawn yet, synchronously.
    if (loadedRenderer() && !this.chart && this.model) {
      this.visible = true;
      this.syncChart(true);
    }
    this.capturePrintImage();
  };

  /** A still image in place of the canvas for print: it scales to the page, a live canvas does not. */
  private capturePrintImage(): void {
    if (!this.chart || !this.printImage || !this.plot) return;
    this.printImage.src = this.chart.toImage();
    this.plot.classList.add('has-image');
  }

  private theme(canvas: HTMLCanvasElement): Theme {
    const style = getComputedStyle(this);
    const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const theme = {
      text: value('--_text', '#1b1b1b'),
      muted: value('--_muted', '#505a5f'),
      background: value('--_bg', '#ffffff'),
      grid: value('--samsyn-chart-grid', '#d9d9d9'),
      mark: 'rgba(255,255,255,0.85)',
      fontFamily: style.fontFamily || 'sans-serif',
      fontSize: Math.round((parseFloat(style.fontSize) || 16) * 0.875),
      palette: PALETTE.map((colour, i) => value(`--samsyn-chart-color-${i + 1}`, colour)),
    };
    if (!colourModes()[0].matches) return theme;
    // The user's system colours, as the browser resolves them now: the canvas takes each one as its colour for a moment.
    const system = (name: string) => {
      canvas.style.color = name;
      const colour = getComputedStyle(canvas).color;
      canvas.style.color = '';
      return colour;
    };
    const text = system('CanvasText');
    const background = system('Canvas');
    return { ...theme, text, muted: text, background, grid: system('GrayText'), mark: background, palette: [text] };
  }

  private hasAnswers(model: ChartModel): boolean {
    return model.answered.suppressed === true || (model.answered.count ?? 0) > 0;
  }

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private readonly downloadCsv = (): void => {
    const model = this.model;
    if (!model) return;
    const period = this.data?.period;
    // Fetched on the first download: most readers never press the button.
    void import('./table-csv.js').then(({ downloadTable }) => downloadTable(this.renderRoot, model, this.localize, period));
  };

  protected override renderContent(): unknown {
    const model = this.model;
    if (!model) {
      return html`<p class="empty">${this.localize.term('chartEmpty')}</p>`;
    }
    const l = this.localize;
    const f = formats(l);
    const answered = model.answered.suppressed ? l.term('suppressedSign') : model.answered.count === null ? l.term('missingSign') : f.count(model.answered.count);
    const total = model.total.suppressed ? l.term('suppressedSign') : model.total.count === null ? null : f.count(model.total.count);
    const drawable = model.categories.length > 0 && this.hasAnswers(model);
    // The text alternative of the canvas and its print image, after the figure's number when it has one.
    const alt = drawable && (this.figureLabel ? `${this.figureLabel} ` : '') + this.describe(model);

    return html`<figure aria-labelledby="title">
      ${heading(Math.round(this.headingLevel) || 3, this.figureLabel ? `${this.figureLabel} ${model.title}` : model.title, { id: 'title', part: 'title', class: 'title' })}
      <p class="subtitle" part="subtitle">
        ${drawable ? (plotsShares(model) ? l.term('chartSubtitleShares') : l.term('chartSubtitleCounts')) + ' ' : nothing}${total !== null
          ? l.term('chartAnsweredOf', answered, total)
          : l.term('chartAnswered', answered)}
      </p>
      ${model.categories.length === 0
        ? html`<p class="empty">${l.term('chartNoFigures')}</p>`
        : !drawable
          ? html`<p class="empty">${l.term('chartEmpty')}</p>`
          : html`${renderLegend(model, this.referenceView(model))}
              <div
                class=${model.horizontal ? 'plot horizontal' : 'plot'}
                part="plot"
              >
                <canvas role="img" aria-label=${alt}></canvas>
                <img class="print-image" alt=${alt} />
              </div>`}
      ${model.many ? html`<p class="note">${l.term('chartManyNote')}</p>` : nothing}
      ${model.suppressed ? html`<p class="note">${l.term('suppressedNote', model.minCount)}</p>` : nothing}
      ${model.missing ? html`<p class="note">${l.term('chartMissingNote')}</p>` : nothing}
      ${this.result == null && this.data?.rejected.count
        ? html`<p class="note rejected">${l.term('chartRecordsPartlyRejected', f.count(this.data.rejected.count))}</p>`
        : nothing}
      ${drawable
        ? html`<div class="actions">
              <button type="button" part="button" class="secondary" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${this.toggleTable}>
                ${l.term('chartShowTable')}
              </button>
              <button type="button" part="button" class="secondary" @click=${this.downloadCsv}>${l.term('chartDownloadCsv')}</button>
            </div>
            <div class="table-wrap" id="table" role="region" tabindex="0" aria-labelledby="table-caption" ?hidden=${!this.tableOpen}>
              ${this.tableOpen !== undefined
                ? [renderTable(model, this.localize, this.data?.period, this.referenceView(model), this.tableLabel), renderStats(model, this.localize)]
                : nothing}
            </div>`
        : nothing}
    </figure>`;
  }

  /**
   * The legend, in HTML above the canvas. Hidden from screen readers: the canvas's text alternative
   * names every series already.
   */
}

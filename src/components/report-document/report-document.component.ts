import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AggregateResult, Population } from '../../schema/aggregate-result.js';
import type { ActionPlan } from '../../schema/action-plan.js';
import type { Participation } from '../../schema/participation.js';
import type { KoladaValue } from '../../schema/kolada.js';
import type { Definition } from '../../schema/questionnaire.js';
import type { AnswerValue } from '../../schema/record.js';
import { analysisDefinition } from '../../definitions/analysis.js';
import { countMethod, methodFigures, type MethodFigures } from '../../aggregate/method.js';
import { SamsynInventoryReport } from '../inventory-report/inventory-report.js';
import '../action-plan/action-plan.js';
import '../participation/participation.js';
import { heading, headingLevel } from '../shared/heading.js';
import { figureTableStyles } from '../shared/figure-table.styles.js';
import { SamsynElement } from '../shared/samsyn-element.js';
import { emit } from '../shared/events.js';
import { tokens } from '../shared/tokens.styles.js';
import { buttonStyles } from '../shared/forms/button.styles.js';
import { styles } from './report-document.styles.js';
import { pageStyle } from './page-style.js';
import {
  analysisAnswers,
  methodTables,
  methodText,
  paragraphsOf,
  renderAnalysis,
  renderMethod,
  type AnalysisSection,
  type MethodTable,
} from './parts.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as documentMessages from '../../i18n/messages/report-document.js';
import * as reportMessages from '../../i18n/messages/report.js';

registerMessages(reportMessages, documentMessages);

/** The parts of the document, in its order; `parts` picks some of them. */
export const DOCUMENT_PARTS = ['cover', 'contents', 'background', 'method', 'results', 'analysis', 'plan', 'views', 'statement'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** The parts with a heading of their own, in the document's order, and the text of each heading. */
const PART_TITLES = {
  background: 'docBackground',
  method: 'docMethod',
  results: 'docResults',
  analysis: 'docAnalysis',
  plan: 'docPlan',
  views: 'docViews',
  statement: 'docStatement',
} as const;
type TitledPart = keyof typeof PART_TITLES;
const TITLED_PARTS = Object.keys(PART_TITLES) as TitledPart[];

/** How the inventory was done, as the kommun states it (seed 000's method section). */
export interface ReportMeta {
  /** The period the inventory covers ("våren 2026"); defaults to the document's `period`. */
  period?: string;
  /** The number of people the kommun set out to inventory (the state asked for a number by the kommun's size). */
  target?: number;
  /** The units that took part, with their record counts when counted elsewhere (otherwise counted from `records`). */
  units?: ReadonlyArray<{ unit: string; records?: number }>;
  /** Records by form type when counted elsewhere (otherwise counted from `records`). */
  formTypes?: { staff?: number; interview?: number; unknown?: number };
  /** A sentence or two on how the inventory was done. */
  text?: string;
}

/** The signed statement that nothing in the report can be traced to a person. */
export interface AnonymityStatement {
  /** Who signs: a name and title, or a position ("Närvårdskoordinator"). */
  signatory: string;
  /** The statement (default: the wording of seed 000). */
  text?: string;
  /** ISO date of signing. */
  date?: string;
}

/** A filled-in analysis: a record of `analysisDefinition` (or a kommun's extension of it). */
export interface AnalysisRecord {
  definition?: string;
  answers: Record<string, AnswerValue | undefined>;
}

/** One entry of the table of contents and of the document's outline. */
export interface OutlineEntry {
  id: string;
  title: string;
}

/**
 * @summary The whole inventory report as a document: cover, contents, method, results, analysis, action plan,
 * the user organisations' views and the anonymity statement; printed to A4 or exported as a Word file.
 *
 * @description What a kommun hands in after the inventory (seed 000, Tierp 2013), composed from data. Every part
 * is optional and shown when its data is given (or picked with `parts`); the results are a
 * `<samsyn-inventory-report>`, the plan a `<samsyn-action-plan>`, the views a `<samsyn-participation>`, each usable
 * alone. The analysis is a questionnaire definition (`analysisDefinition`, or a kommun's extension) filled in with
 * `<samsyn-questionnaire>`; its record is printed here question by question.
 *
 * Printed, the document gets page numbers and a running head with the kommun and the period (the element adds
 * an `@page` rule to the page while it is connected), and no chart or table is split across pages.
 * `exportDocx()` (the "Word" button) builds a `.docx` with real headings, tables and the charts as images with
 * their text alternatives; the library is fetched only then.
 *
 * @event samsyn-error - The Word file could not be created; the document says so beside the button.
 *
 * @csspart document - The whole document.
 * @csspart cover - The cover: kommun, title, period, responsible, date.
 * @csspart contents - The table of contents.
 * @csspart title - The document's headings.
 * @csspart table - The method tables.
 * @csspart button - The print and export buttons.
 * @csspart statement - The anonymity statement with its signatory.
 *
 * @cssprop --samsyn-document-max-width - The document's width at most (default 60rem).
 */
export class SamsynReportDocument extends SamsynElement {
  static override styles = [tokens, figureTableStyles, buttonStyles, styles];

  /** The kommun the report is from ("Norrviks kommun"), on the cover and in the running head. */
  @property() kommun: string | undefined;

  /** The document's title (default: "Inventering av behov hos personer med psykisk funktionsnedsättning"). */
  @property() heading: string | undefined;

  /** The period the inventory covers ("2026"), on the cover, in the running head and given to the results. */
  @property() period: string | undefined;

  /** Who is responsible for the report (a position, or a name and a position). */
  @property() responsible: string | undefined;

  /** The report's date (ISO, `2026-10-30`). */
  @property() date: string | undefined;

  /** The background: why the inventory was made. Paragraphs separated by blank lines. */
  @property() background: string | undefined;

  /** How the inventory was done: period, target, units and form types (see `ReportMeta`). */
  @property({ attribute: false }) meta: ReportMeta | undefined;

  /** The records; given to the results and counted by unit and form type for the method. */
  @property({ attribute: false }) records: readonly unknown[] | undefined;

  /** A precomputed aggregated result for the results (takes precedence over `records` there). */
  @property({ attribute: false }) result: AggregateResult | undefined;

  /** An earlier inventory to compare with, given to the results. */
  @property({ attribute: false }) previous: AggregateResult | readonly unknown[] | undefined;

  /** Earlier inventories (aggregated results, oldest first), given to the results: a trend per question. */
  @property({ attribute: false }) history: readonly AggregateResult[] | undefined;

  /** Figures of other kommuner or the nation in Kolada's shape, given to the results. */
  @property({ attribute: false }) reference: readonly KoladaValue[] | undefined;

  /** Population figures for the per-mille table, given to the results. */
  @property({ attribute: false }) population: Population | undefined;

  /** The definition the records follow (default: the national inventory), given to the results. */
  @property({ attribute: false }) definition: Definition | undefined;

  /** The estimated number of people who need a SIP, given to the results. */
  @property({ type: Number, attribute: 'sip-need' }) sipNeed: number | undefined;

  /** The smallest count given out, in the results and the method (default 5). */
  @property({ type: Number, attribute: 'min-count' }) minCount: number | undefined;

  /** The analysis definition (default: `analysisDefinition`, seed 000's four questions). */
  @property({ attribute: false }) analysisDefinition: Definition | undefined;

  /** The filled-in analysis: the record `<samsyn-questionnaire>` gave for the analysis definition. */
  @property({ attribute: false }) analysis: AnalysisRecord | undefined;

  /** The action plan. */
  @property({ attribute: false }) plan: ActionPlan | undefined;

  /** The user organisations' views. */
  @property({ attribute: false }) participation: Participation | undefined;

  /** The anonymity statement and who signs it. */
  @property({ attribute: false }) statement: AnonymityStatement | undefined;

  /**
   * The language the kommun wrote its texts in (background, method, analysis, statement), `sv` or `en`: on a
   * page in the other language they are marked with it, so that a screen reader reads them in the right voice.
   */
  @property({ attribute: 'written-lang' }) writtenLang: string | undefined;

  /** The parts to show, space-separated (`cover method statement`); default: every part that has data. */
  @property() parts: string | undefined;

  /** The level of the document's title, 2–4; its parts follow one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private exportState: 'idle' | 'busy' | 'done' | 'failed' = 'idle';

  private method: MethodFigures | undefined;
  private detachPageStyle: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.updatePageStyle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detachPageStyle?.();
    this.detachPageStyle = undefined;
  }

  protected override prepare(changed: PropertyValues<this>): void {
    if (changed.has('records') || changed.has('meta') || changed.has('minCount')) this.method = this.computeMethod();
    if (changed.has('kommun') || changed.has('period') || changed.has('meta')) this.updatePageStyle();
  }

  private updatePageStyle(): void {
    if (!this.isConnected) return;
    this.detachPageStyle?.();
    this.detachPageStyle = pageStyle(this.runningHead(), `${this.localize.term('docPageOf')} `, ` ${this.localize.term('docPageOfPages')} `);
  }

  private runningHead(): string {
    return [this.kommun, this.shownTitle(), this.shownPeriod()].filter(Boolean).join(' · ');
  }

  private computeMethod(): MethodFigures | undefined {
    const meta = this.meta;
    const counted = Array.isArray(this.records) ? countMethod(this.records) : undefined;
    const givenUnits = meta?.units?.filter((u) => typeof u?.unit === 'string');
    const unitCounts = givenUnits?.length
      ? givenUnits.map((u) => ({
          unit: u.unit,
          records: typeof u.records === 'number' ? u.records : (counted?.units.find((c) => c.unit === u.unit)?.records ?? 0),
        }))
      : counted?.units;
    const formTypes = meta?.formTypes ?? counted?.formTypes;
    if (!unitCounts?.length && !formTypes) return undefined;
    return methodFigures({ units: unitCounts, formTypes }, { minCount: this.minCount });
  }

  /** The results element, once rendered: for a page that waits on it or prints it. */
  get report(): SamsynInventoryReport | undefined {
    const el = this.renderRoot.querySelector('samsyn-inventory-report');
    return el instanceof SamsynInventoryReport ? el : undefined;
  }

  /** Resolves when the document and its results are rendered. */
  async settled(): Promise<void> {
    await this.updateComplete;
    await this.report?.settled();
  }

  /** Draws every chart as a still image, then resolves: call it before `window.print()`. */
  async prepareForPrint(): Promise<void> {
    await this.updateComplete;
    await this.report?.prepareForPrint();
  }

  /** The headings of the document's parts, in order, as the table of contents lists them. */
  get outline(): OutlineEntry[] {
    return TITLED_PARTS.filter((part) => this.shows(part)).map((id) => ({ id, title: this.localize.term(PART_TITLES[id]) }));
  }

  /** Whether a part is shown: picked in `parts`, or (without `parts`) given data. */
  shows(part: DocumentPart): boolean {
    const picked = this.parts?.split(/[\s,]+/).filter(Boolean);
    if (picked?.length) return picked.includes(part) && (part === 'cover' || part === 'contents' || this.hasData(part));
    return this.hasData(part);
  }

  private hasData(part: DocumentPart): boolean {
    switch (part) {
      case 'cover':
        return true;
      case 'contents':
        return this.outline.length > 1;
      case 'background':
        return !!this.background?.trim();
      case 'method':
        return !!(this.meta || this.method);
      case 'results':
        return this.result != null || Array.isArray(this.records);
      case 'analysis':
        return !!this.analysis && typeof this.analysis === 'object';
      case 'plan':
        return !!this.plan;
      case 'views':
        return !!this.participation;
      case 'statement':
        return !!this.statement;
    }
  }

  /**
   * Builds the Word file and offers it for download (the `docx` library is fetched on the first call).
   * Resolves with the file, or rejects when it cannot be built (the document also says so).
   */
  async exportDocx(options: { download?: boolean } = {}): Promise<Blob> {
    this.exportState = 'busy';
    try {
      await this.settled();
      const { buildDocx, saveDocx } = await import('./docx.js');
      const words = {
        title: this.shownTitle(),
        period: this.shownPeriod(),
        runningHead: this.runningHead(),
        method: this.methodText(),
        methodTables: this.methodTables(),
        analysis: this.analysisAnswers(),
        statement: this.statementText(),
      };
      const blob = await buildDocx(this, words, this.localize);
      if (options.download !== false) saveDocx(blob, this.renderRoot, this.localize, this.kommun, this.shownPeriod());
      this.exportState = 'done';
      return blob;
    } catch (error) {
      this.exportState = 'failed';
      emit(this, 'samsyn-error', { reason: 'export-failed', message: this.localize.term('docExportFailed') });
      throw error;
    }
  }

  private readonly onExport = (): void => {
    this.exportDocx().catch(() => undefined);
  };

  private readonly onPrint = async (): Promise<void> => {
    await this.prepareForPrint();
    window.print();
  };

  /** Table of contents links: the targets live in this shadow root, where a fragment link cannot reach. */
  private readonly onContents = (event: Event): void => {
    const link = (event.target as Element | null)?.closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  /** The period the inventory covers, as the method states it, else the document's. */
  private shownPeriod(): string | undefined {
    return this.meta?.period ?? this.period;
  }

  private shownTitle(): string {
    return this.heading?.trim() || this.localize.term('docTitle');
  }

  private level(): number {
    return headingLevel(this.headingLevel, 4);
  }

  protected override renderContent(): unknown {
    const l = this.localize;
    const level = this.level();
    let tables = 0;
    const tableNo = () => ++tables;
    const status = { idle: '', busy: l.term('docExporting'), done: l.term('docExported'), failed: l.term('docExportFailed') };
    const part = (id: TitledPart, content: () => unknown) => (this.shows(id) ? this.renderPart(id, level, content()) : nothing);
    return html`<article part="document" aria-labelledby="doc-title">
      ${this.shows('cover') ? this.renderCover(level) : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.onPrint}>${l.term('docPrint')}</button>
        <button type="button" part="button" class="secondary" ?disabled=${this.exportState === 'busy'} @click=${this.onExport}>
          ${l.term('docExportDocx')}
        </button>
        <span role="status" class="export-status">${status[this.exportState]}</span>
      </div>
      ${this.shows('contents') ? this.renderContents(level) : nothing}
      ${part('background', () => paragraphsOf(this.background ?? '').map((p) => html`<p lang=${this.written()}>${p}</p>`))}
      ${part('method', () => renderMethod(this.methodText(), this.methodTables(), this.meta?.text, this.written(), tableNo, l))}
      ${this.shows('results')
        ? html`<section class="part part-results" id="results" tabindex="-1" aria-label=${l.term('docResults')}>${this.renderResults(level + 1, tables)}</section>`
        : nothing}
      ${part('analysis', () => renderAnalysis(this.analysisAnswers(), level + 2, this.written(), l))}
      ${part(
        'plan',
        () => html`<samsyn-action-plan .value=${this.plan} .participation=${this.participation} heading-level=${level + 2}></samsyn-action-plan>`,
      )}
      ${part(
        'views',
        () => html`<samsyn-participation .value=${this.participation} .plan=${this.plan} heading-level=${level + 2}></samsyn-participation>`,
      )}
      ${part('statement', () => this.renderStatement())}
    </article>`;
  }

  private renderCover(level: number): TemplateResult {
    const l = this.localize;
    const period = this.shownPeriod();
    const fact = (term: 'docPeriod' | 'docResponsible' | 'docDate', value: unknown, lang: string | typeof nothing) =>
      html`<div><dt>${l.term(term)}</dt><dd lang=${lang}>${value}</dd></div>`;
    return html`<header class="cover" part="cover">
      ${this.kommun ? html`<p class="kommun">${this.kommun}</p>` : nothing}
      ${heading(level, this.shownTitle(), { id: 'doc-title', part: 'title', class: 'doc-title' })}
      <dl class="cover-facts">
        ${period ? fact('docPeriod', period, this.written()) : nothing}
        ${this.responsible ? fact('docResponsible', this.responsible, this.written()) : nothing}
        ${this.date ? fact('docDate', html`<time datetime=${this.date}>${l.date(this.date)}</time>`, nothing) : nothing}
      </dl>
    </header>`;
  }

  private renderContents(level: number): TemplateResult {
    const l = this.localize;
    return html`<nav class="contents" part="contents" aria-labelledby="contents-title">
      ${heading(level + 1, l.term('docContents'), { id: 'contents-title', part: 'title', class: 'part-title' })}
      <ol @click=${this.onContents}>
        ${this.outline.map((e) => html`<li><a href="#${e.id}">${e.title}</a></li>`)}
      </ol>
    </nav>`;
  }

  private renderPart(id: TitledPart, level: number, content: unknown): TemplateResult {
    return html`<section class="part part-${id}" id=${id} tabindex="-1" aria-labelledby="${id}-title">
      ${heading(level + 1, this.localize.term(PART_TITLES[id]), { id: `${id}-title`, part: 'title', class: 'part-title' })}
      ${content}
    </section>`;
  }

  /** The `lang` of what the kommun wrote, where it differs from the page's. */
  private written(): string | typeof nothing {
    const lang = this.writtenLang?.trim().toLowerCase().slice(0, 2);
    return lang && lang !== this.localize.locale ? lang : nothing;
  }

  private methodText(): string[] {
    return methodText(this.localize, this.meta, this.method, this.shownPeriod());
  }

  private methodTables(): MethodTable[] {
    return methodTables(this.localize, this.method);
  }

  /** The results, their figures and tables numbered on from the `tablesBefore` tables of the parts before them. */
  private renderResults(level: number, tablesBefore: number): TemplateResult {
    return html`<samsyn-inventory-report
      .records=${this.records}
      .result=${this.result}
      .previous=${this.previous}
      .history=${this.history}
      .reference=${this.reference}
      kommun=${this.kommun ?? nothing}
      .population=${this.population}
      .definition=${this.definition}
      period=${this.period ?? nothing}
      sip-need=${this.sipNeed ?? nothing}
      min-count=${this.minCount ?? nothing}
      heading=${this.localize.term('docResults')}
      numbered
      table-start=${tablesBefore}
      heading-level=${level}
    ></samsyn-inventory-report>`;
  }

  /** The analysis, question by question under its sections: what the units that took part wrote. */
  private analysisAnswers(): AnalysisSection[] {
    return analysisAnswers(this.localize, this.analysisDefinition ?? analysisDefinition, this.analysis);
  }

  private statementText(): string {
    return this.statement?.text?.trim() || this.localize.term('docStatementText');
  }

  private renderStatement(): TemplateResult {
    const l = this.localize;
    const s = this.statement!;
    return html`<div class="statement" part="statement">
      <p lang=${this.statement?.text?.trim() ? this.written() : nothing}>${this.statementText()}</p>
      <p class="signature">
        ${l.term('docSignedBy')}: <strong lang=${this.written()}>${s.signatory}</strong>${s.date ? html`, <time datetime=${s.date}>${l.date(s.date)}</time>` : nothing}
      </p>
    </div>`;
  }
}

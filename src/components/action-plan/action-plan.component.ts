import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isRowOverdue,
  parseActionPlan,
  planAreas,
  planStatuses,
  targetReached,
  type ActionPlan,
  type PlanRow,
  type PlanTarget,
} from '../../schema/action-plan.js';
import type * as ParticipationModule from '../../schema/participation.js';
import type { Participation, ParticipationView } from '../../schema/participation.js';
import { SamsynElement, type InputProblem } from '../shared/samsyn-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { headingLevel } from '../shared/heading.js';
import { styles } from './action-plan.styles.js';
import { planToCsv } from './csv.js';
import { Editable } from '../shared/forms/editing.js';
import { formStyles } from '../shared/forms/form.styles.js';
import { areaLabel, areaLabelLang, slug } from '../shared/plan-areas.js';
import type { ActionPlanEditor, PlanEditorContext } from './plan-editor.js';
import { localDate } from '../shared/local-date.js';
import { describeIssue, groupRows, planSorts, type AreaGroup, type PlanFilter, type PlanSort } from './plan-rows.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as planMessages from '../../i18n/messages/plan.js';
import * as planViewMessages from '../../i18n/messages/plan-view.js';
import { intlLocale } from '../../schema/locale.js';

registerMessages(planMessages, planViewMessages);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** An option of a select: its value, its text and, for a text of the plan's, its `lang`. */
type Choice = [value: string, text: string, lang?: string | typeof nothing];

/**
 * An action plan (handlingsplan): rows of goal, activity, main
 * responsibility, deadline, follow-up date, status, the result of the
 * follow-up and an optional measurable target against its outcome, grouped
 * by area in one table per area. Overdue rows and targets say so in words.
 * Where the element is narrower than the 90em the table needs, each row is
 * shown as a card with the column names above its values, still a table to
 * assistive technology; nothing is cut off or scrolls sideways.
 *
 * In edit mode, rows are added and changed in a modal dialog (focus moves
 * into it and back to the button that opened it; Escape cancels), moved
 * with buttons, and removed with an undo. Every change is validated by
 * `actionPlanSchema`, messages at the field and in an error summary, and
 * emitted as `samsyn-change` with the whole valid plan. The plan downloads
 * as CSV or JSON and, in edit mode, reads back from either.
 *
 * @summary The kommun's action plan, read or edited, with filters, overdue rows, targets and user organisations' views.
 *
 * @event samsyn-change - After every edit, `{ value, field, valid: true }`: the whole plan, valid against `actionPlanSchema`. `field` is the row's id, or `title`, `areas`, `import`.
 * @event samsyn-error - `value`, `participation` or `today` could not be used; a message is shown instead of the plan.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The plan's title.
 * @csspart summary - The counts by status, overdue rows and targets reached.
 * @csspart toolbar - Filters, sorting, the add button, downloads and import.
 * @csspart table - Each area's table.
 * @csspart notice - What the last action did, with its undo button.
 * @csspart import-errors - Why a file could not be read in.
 * @csspart error - The message shown instead of the plan when the input is unusable.
 *
 * @cssprop --samsyn-color-warning - Overdue rows and their "Försenad" label.
 * @cssprop --samsyn-color-success - Reached targets.
 * @cssprop --samsyn-color-error - Targets not reached, field errors.
 */
export class SamsynActionPlan extends SamsynElement {
  static override styles = [tokens, formStyles, styles];

  /** The whole plan. Checked against `actionPlanSchema`; an invalid plan shows a message and emits `samsyn-error`. After an edit it is the edited plan. */
  @property({ attribute: false }) value: ActionPlan | undefined;

  /** `read` (default) or `edit`. */
  @property({ reflect: true }) mode: 'read' | 'edit' = 'read';

  /** The day rows are judged overdue against, as an ISO date (`2016-01-31`). The current local date unless set. */
  @property() today: string | undefined;

  /** The user organisations' views (`participationSchema`); each row shows the views linked to it. */
  @property({ attribute: false }) participation: Participation | undefined;

  /** The level of the plan's title as a heading, 2–6 (a level outside is brought inside). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Separator of the downloaded CSV: `;` with a decimal comma (default), or `,` with a decimal point. */
  @property({ attribute: 'csv-separator' }) csvSeparator: ';' | ',' = ';';

  @state() private plan: ActionPlan | undefined;
  @state() private filter: PlanFilter = { area: '', status: '', responsible: '' };
  @state() private sort: PlanSort = 'plan';
  private readonly editable = new Editable<PlanEditorContext, ActionPlanEditor>(
    { host: this, localize: this.localize, track: (work) => this.track(work), current: () => this.current, written: () => this.written, accept: (plan) => (this.value = this.plan = plan), filter: () => this.filter, today: () => this.todayIso },
    (context) => import('./plan-editor.js').then(({ ActionPlanEditor }) => new ActionPlanEditor(context)),
  );

  /** `value`, checked with `actionPlanSchema`; what passes is the plan shown. */
  private readonly valueInput = this.editable.input<ActionPlan>({
    property: 'value',
    check: (value, locale) => parseActionPlan(value, { locale }),
    message: () => this.localize.term('planInvalidValue'),
    issues: (issues, locale) => issues.map((i) => ({ path: i.path, message: describeIssue(i, locale) })),
    accepted: (plan) => (this.plan = plan),
  });
  /** `participation`, checked with `participationSchema`, which is fetched when views first arrive: a page with a plan alone does not download it. */
  private readonly participationInput = this.editable.input<Participation>({
    property: 'participation',
    check: (value, locale) =>
      this.participationModule
        ? this.participationModule.parseParticipation(value, { locale })
        : import('../../schema/participation.js').then((module) => {
            this.participationModule = module;
            return module.parseParticipation(value, { locale });
          }),
    message: () => this.localize.term('partInvalidValue'),
    loadFailed: () => this.localize.term('loadFailed'),
    accepted: (views) => {
      this.viewIndex = views ? this.participationModule!.viewsByRow(views) : new Map<string, ParticipationView[]>();
      this.organisations = new Map(views?.organisations.map((o) => [o.id, o.name]));
      this.viewsLang = views?.lang;
    },
  });
  private todayProblem: InputProblem | undefined;
  private participationModule: typeof ParticipationModule | undefined;
  private viewIndex = new Map<string, ParticipationView[]>();
  private organisations = new Map<string, string>();
  /** The language the views are written in (`participation.lang`). */
  private viewsLang: string | undefined;
  private dateFormat: { locale: string; format: Intl.DateTimeFormat } | undefined;

  /** The plan shown: the accepted value, or an empty plan with a default title. */
  private get current(): ActionPlan {
    return this.plan ?? { title: this.localize.term('planDefaultTitle'), rows: [] };
  }

  /**
   * The `lang` of elements holding the plan's own texts (title, goals, activities, results…): the
   * plan's language where the page speaks another. The default title of no plan is the element's own.
   */
  private get written(): string | typeof nothing {
    return this.plan ? this.localize.textLang(this.plan.lang) : nothing;
  }

  private get todayIso(): string {
    return this.today ?? localDate();
  }

  protected override prepare(changed: PropertyValues): void {
    if (changed.has('value') && this.value !== this.plan) this.valueInput.set(this.value);
    if (changed.has('participation')) this.participationInput.set(this.participation);
    if (changed.has('today')) {
      const bad = this.today !== undefined && !(isoDate.test(this.today) && !Number.isNaN(Date.parse(this.today)));
      this.todayProblem = bad
        ? { reason: 'invalid-value', property: 'today', message: this.localize.term('planDate', 'today') }
        : undefined;
    }
    this.editable.prepare(this.mode, changed);
    const problem = this.valueInput.problem ?? this.participationInput.problem ?? this.todayProblem ?? this.editable.problem(this.mode);
    if (problem) this.reportProblem(problem);
    else this.clearProblem();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const link of this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[download]')) {
      if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    }
  }

  protected renderContent(): TemplateResult {
    const t = this.localize;
    const plan = this.current;
    const editor = this.editable.editor(this.mode);
    const today = this.todayIso;
    const groups = groupRows(plan, this.filter, this.sort, today, !!editor);
    const filtered = !!(this.filter.area || this.filter.status || this.filter.responsible);
    const shown = groups.reduce((n, g) => n + g.rows.length, 0);
    const withViews = plan.rows.some((r) => this.viewIndex.has(r.id));
    return html`<div class="plan" part="base">
      <p class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel)} id="plan-title" lang=${this.written}>${plan.title}</p>
      ${plan.period ? html`<p class="period">${t.term('planPeriodLine', plan.period)}</p>` : nothing}
      ${this.renderSummary(plan, today)} ${editor?.renderDetails(plan) ?? nothing} ${this.renderToolbar(plan, editor)}
      ${this.editable.notice(t.term('undo'))} ${editor?.renderImportErrors() ?? nothing}
      <p class="showing" role="status">${filtered ? t.term('planShowing', shown, plan.rows.length) : ''}</p>
      ${plan.rows.length === 0 ? html`<p class="empty">${t.term('planEmpty')} ${editor ? t.term('planEmptyEdit') : ''}</p>` : nothing}
      ${filtered && shown === 0
        ? html`<p class="empty">
            ${t.term('planNoMatch')}
            <button type="button" @click=${this.clearFilters}>${t.term('planClearFilters')}</button>
          </p>`
        : nothing}
      ${groups.length
        ? html`<div class="tables" role="region" aria-labelledby="plan-title" tabindex="0" @click=${editor?.onTableClick}>
            ${groups.map((g) => this.renderGroup(g, editor, withViews, today))}
          </div>`
        : nothing}
      ${editor?.renderDialog(plan) ?? nothing}
    </div>`;
  }

  private renderSummary(plan: ActionPlan, today: string) {
    if (!plan.rows.length) return nothing;
    const t = this.localize;
    const count = Object.fromEntries(planStatuses.map((s) => [s, 0])) as Record<string, number>;
    let overdue = 0;
    let measured = 0;
    let reached = 0;
    for (const row of plan.rows) {
      count[row.status]++;
      if (isRowOverdue(row, today)) overdue++;
      const r = row.target && targetReached(row.target);
      if (r !== undefined) {
        measured++;
        if (r) reached++;
      }
    }
    return html`<p class="summary" part="summary">
      ${t.term('planSummary', plan.rows.length, count.done, count.ongoing, count['not-started'], count.cancelled)}
      ${overdue ? html`<strong class="overdue-text">${t.term('planOverdueSummary', overdue)}</strong>` : nothing}
      ${measured ? t.term('planTargetSummary', reached, measured) : nothing}
    </p>`;
  }

  private renderToolbar(plan: ActionPlan, editor: ActionPlanEditor | undefined) {
    const t = this.localize;
    const all: [string, string] = ['', t.term('planFilterAll')];
    const used = new Set(plan.rows.map((r) => r.area));
    const areas = planAreas(plan).filter((a) => used.has(a.code));
    const responsibles = [...new Set(plan.rows.map((r) => r.responsible))].sort((a, b) => a.localeCompare(b, t.locale));
    const base = slug(plan.title) || t.term('planFileName');
    return html`<div class="toolbar" part="toolbar">
      ${plan.rows.length
        ? html`<fieldset class="filters no-print">
            <legend>${t.term('planFilterLegend')}</legend>
            <div class="inline">
              ${this.select('filter-area', t.term('planFieldArea'), this.filter.area, [all, ...areas.map((a): Choice => [a.code, areaLabel(a, t.locale), areaLabelLang(a, t.locale)])], (area) => (this.filter = { ...this.filter, area }))}
              ${this.select(
                'filter-status',
                t.term('planFieldStatus'),
                this.filter.status,
                [all, ...planStatuses.map((s) => [s, t.term('planStatus', s)] as [string, string]), ['overdue', t.term('planFilterOverdue')]],
                (status) => (this.filter = { ...this.filter, status }),
              )}
              ${this.select('filter-responsible', t.term('planFieldResponsible'), this.filter.responsible, [all, ...responsibles.map((r): Choice => [r, r, this.written])], (responsible) => (this.filter = { ...this.filter, responsible }))}
              ${this.select(
                'sort',
                t.term('planSort'),
                this.sort,
                planSorts.map((s) => [s, t.term(s === 'plan' ? 'planSortPlan' : s === 'deadline' ? 'planSortDeadline' : 'planSortStatus')]),
                (sort) => (this.sort = sort as PlanSort),
              )}
            </div>
          </fieldset>`
        : nothing}
      ${editor?.renderAddButton() ?? nothing}
      <fieldset class="transfer no-print">
        <legend>${t.term('planTransferLegend')}</legend>
        <p class="links">
          <a href="#" download="${base}.csv" data-format="csv" @click=${this.download}>${t.term('planDownloadCsv')}</a>
          <a href="#" download="${base}.json" data-format="json" @click=${this.download}>${t.term('planDownloadJson')}</a>
        </p>
        ${editor?.renderImport() ?? nothing}
      </fieldset>
    </div>`;
  }

  private select(id: string, label: string, value: string, options: Choice[], onChange: (value: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text, lang = nothing]) => html`<option value=${v} ?selected=${v === value} lang=${lang}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderGroup(group: AreaGroup, editor: ActionPlanEditor | undefined, withViews: boolean, today: string) {
    const t = this.localize;
    const heads = (
      [
        'planFieldGoal',
        'planFieldActivity',
        'planFieldResponsible',
        'planFieldDeadline',
        'planFieldFollowUp',
        'planFieldStatus',
        'planFieldResult',
        'planFieldTarget',
        ...(withViews ? (['planFieldViews'] as const) : []),
        ...(editor ? (['planFieldActions'] as const) : []),
      ] as const
    ).map((key) => t.term(key));
    // Explicit roles: where the element is too narrow for the table its rows are laid out as cards, and a table
    // whose rows are not `display: table-row` loses its table semantics in some browsers.
    return html`<div class="area"><table part="table" role="table" data-area=${group.area.code}>
      <caption>
        <span lang=${areaLabelLang(group.area, t.locale)}>${areaLabel(group.area, t.locale)}</span> <span class="count">(${t.term('planRowsInArea', group.rows.length)})</span>
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${heads.map((head, i) => html`<th scope="col" role="columnheader" class=${i > 7 + +withViews ? 'actions' : ''}>${head}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${group.rows.length
          ? // Rows are not keyed (no repeat directive, 1 KiB): the editor puts focus back by row id after every change.
            group.rows.map((row, i) => this.renderRow(row, i, group.rows.length, editor, heads, withViews, today))
          : html`<tr role="row">
              <td role="cell" colspan=${heads.length}>${t.term('planNoAreaRows')}</td>
            </tr>`}
      </tbody>
    </table></div>`;
  }

  /** A row; `heads` are the names of the columns, shown in each cell when rows are laid out as cards (`data-label`). */
  private renderRow(row: PlanRow, index: number, count: number, editor: ActionPlanEditor | undefined, heads: string[], withViews: boolean, today: string) {
    const t = this.localize;
    const overdue = isRowOverdue(row, today);
    const [goal, activity, responsible, deadline, followUp, status, result, target, views] = heads;
    const written = this.written;
    return html`<tr role="row" class=${overdue ? 'overdue' : ''} data-row=${row.id}>
      <td role="cell" data-label=${goal} lang=${written}>${row.goal}</td>
      <th scope="row" role="rowheader" data-label=${activity} lang=${written}>${row.activity}</th>
      <td role="cell" data-label=${responsible} lang=${written}>${row.responsible}</td>
      <td role="cell" data-label=${deadline}>
        ${row.deadline ? this.date(row.deadline) : nothing}
        ${row.schedule ? html`<span class="schedule" lang=${written}>${row.schedule}</span>` : nothing}
        ${row.deadline || row.schedule ? nothing : this.none()}
      </td>
      <td role="cell" data-label=${followUp}>${row.followUpDate ? this.date(row.followUpDate) : this.none()}</td>
      <td role="cell" data-label=${status}>
        <span class="status" data-status=${row.status}>${t.term('planStatus', row.status)}</span>
        ${overdue ? html`<strong class="overdue-flag"><span aria-hidden="true">⚠ </span>${t.term('planOverdue')}</strong>` : nothing}
      </td>
      <td role="cell" class="result" data-label=${result} lang=${row.result ? written : nothing}>${row.result ?? this.none()}</td>
      <td role="cell" data-label=${target}>${row.target ? this.renderTarget(row.target) : this.none()}</td>
      ${withViews ? html`<td role="cell" data-label=${views}>${this.renderViews(row.id)}</td>` : nothing}
      ${editor?.renderActions(row, index, count, this.sort === 'plan') ?? nothing}
    </tr>`;
  }

  private renderTarget(target: PlanTarget) {
    const t = this.localize;
    const withUnit = (n: number) => t.term('planWithUnit', target.unit, t.number(n, { maximumFractionDigits: 2 }));
    const reached = targetReached(target);
    const outcome = target.outcome === undefined ? '' : `, ${t.term('planOutcome', withUnit(target.outcome))}`;
    return html`<span class="target-description" lang=${this.written}>${target.description}</span>
      <span class="target-line">${t.term('planTarget', t.term('planDirection', target.direction), withUnit(target.value))}${outcome}</span>
      <strong class="reached" data-reached=${reached === undefined ? 'unknown' : String(reached)}
        >${reached === undefined ? nothing : html`<span aria-hidden="true">${reached ? '✓ ' : '✗ '}</span>`}${t.term(
          reached === undefined ? 'planNoOutcome' : reached ? 'planReached' : 'planNotReached',
        )}</strong
      >`;
  }

  private renderViews(rowId: string) {
    const views = this.viewIndex.get(rowId);
    if (!views) return this.none();
    return html`<ul class="views">
      ${views.map(
        (v) =>
          html`<li>
            <strong>${this.localize.term('planViewBy', (v.organisation && this.organisations.get(v.organisation)) || this.localize.term('partJoint'))}</strong>
            <span lang=${this.localize.textLang(this.viewsLang)}>${v.text}</span>
          </li>`,
      )}
    </ul>`;
  }

  private none() {
    return html`<span aria-hidden="true">–</span><span class="visually-hidden">${this.localize.term('planNotGiven')}</span>`;
  }

  private date(iso: string): string {
    const locale = intlLocale(this.localize.locale);
    if (this.dateFormat?.locale !== locale) {
      this.dateFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }) };
    }
    return this.dateFormat.format.format(new Date(`${iso}T00:00:00Z`));
  }

  private clearFilters = (): void => {
    this.filter = { area: '', status: '', responsible: '' };
  };

  private download = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const csv = link.dataset.format === 'csv';
    const text = csv
      ? planToCsv(this.current, { locale: this.localize.locale, separator: this.csvSeparator })
      : `${JSON.stringify(this.current, null, 2)}\n`;
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    // Set before the browser follows the link, so the download is made from the plan as it is now.
    link.href = URL.createObjectURL(new Blob([text], { type: csv ? 'text/csv;charset=utf-8' : 'application/json' }));
  };
}

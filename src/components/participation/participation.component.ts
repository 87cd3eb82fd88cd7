import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseActionPlan, type ActionPlan, type PlanRow } from '../../schema/action-plan.js';
import { parseParticipation, type Participation, type ParticipationView } from '../../schema/participation.js';
import { Editable } from '../shared/forms/editing.js';
import { formStyles } from '../shared/forms/form.styles.js';
import { SamsynElement } from '../shared/samsyn-element.js';
import { tokens } from '../shared/tokens.styles.js';
import type { ParticipationEditor, ParticipationEditorContext } from './participation-editor.js';
import { headingLevel } from '../shared/heading.js';
import { styles } from './participation.styles.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as planMessages from '../../i18n/messages/plan.js';
import * as planViewMessages from '../../i18n/messages/plan-view.js';
import * as participationMessages from '../../i18n/messages/participation.js';

registerMessages(planMessages, planViewMessages, participationMessages);

const empty = (): Participation => ({ organisations: [], views: [] });

/**
 * The views of user organisations (brukardelaktighet): which organisations
 * were consulted, who represented them (a role or a number, never a name),
 * when, and each view with the rows of the action plan that answer it.
 *
 * In edit mode, the date and organisations are edited in place; views are
 * added and changed in a modal dialog, where they are linked to rows of the
 * `plan`. Removals can be undone. Every change is validated by
 * `participationSchema` and emitted as `samsyn-change` with the whole valid
 * value. Hand the same value to `<samsyn-action-plan>` as `participation`
 * to show, per row, the views it answers.
 *
 * @summary The user organisations consulted and their views, linked to the rows of the action plan.
 *
 * @event samsyn-change - After every edit, `{ value, field, valid: true }`: the whole value, valid against `participationSchema`. `field` is `date`, an organisation's id or a view's id.
 * @event samsyn-error - `value` or `plan` could not be used; a message is shown instead.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading.
 * @csspart facts - Date and organisations.
 * @csspart table - The views.
 * @csspart notice - What the last action did, with its undo button.
 * @csspart error - The message shown instead of the content when the input is unusable.
 */
export class SamsynParticipation extends SamsynElement {
  static override styles = [tokens, formStyles, styles];

  /** The organisations, date and views. Checked against `participationSchema`. After an edit it is the edited value. */
  @property({ attribute: false }) value: Participation | undefined;

  /** `read` (default) or `edit`. */
  @property({ reflect: true }) mode: 'read' | 'edit' = 'read';

  /** The action plan whose rows the views are linked to. */
  @property({ attribute: false }) plan: ActionPlan | undefined;

  /** The level of the heading, 2–6 (a level outside is brought inside). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private data: Participation | undefined;
  private readonly editable = new Editable<ParticipationEditorContext, ParticipationEditor>(
    {
      host: this,
      localize: this.localize,
      track: (work) => this.track(work),
      current: () => this.current,
      written: () => this.written,
      accept: (value) => (this.value = this.data = value),
      actionPlan: () => this.plan,
      rows: () => this.rows,
      actionPlanWritten: () => this.actionPlanWritten,
    },
    (context) => import('./participation-editor.js').then(({ ParticipationEditor }) => new ParticipationEditor(context)),
  );

  /** `value`, checked with `participationSchema`; what passes is what is shown. */
  private readonly valueInput = this.editable.input<Participation>({
    property: 'value',
    check: (value, locale) => parseParticipation(value, { locale }),
    message: () => this.localize.term('partInvalidValue'),
    accepted: (value) => (this.data = value),
  });
  /** `plan`, checked with `actionPlanSchema`: its rows are what views link to. */
  private readonly actionPlanInput = this.editable.input<ActionPlan>({
    property: 'plan',
    check: (value, locale) => parseActionPlan(value, { locale }),
    message: () => this.localize.term('planInvalidValue'),
    accepted: (plan) => {
      this.rows = new Map(plan?.rows.map((r) => [r.id, r]));
      this.actionPlanLang = plan?.lang;
    },
  });
  private rows = new Map<string, PlanRow>();
  /** The language the plan's texts are written in (`plan.lang`). */
  private actionPlanLang: string | undefined;

  private get current(): Participation {
    return this.data ?? empty();
  }

  /** The `lang` of elements holding the organisations' names and views, where the page speaks another language. */
  private get written(): string | typeof nothing {
    return this.localize.textLang(this.current.lang);
  }

  /** The `lang` of the plan's texts (its activities, named by linked views). */
  private get actionPlanWritten(): string | typeof nothing {
    return this.localize.textLang(this.actionPlanLang);
  }

  protected override prepare(changed: PropertyValues): void {
    if (changed.has('value') && this.value !== this.data) this.valueInput.set(this.value);
    if (changed.has('plan')) this.actionPlanInput.set(this.plan);
    this.editable.prepare(this.mode, changed);
    const problem = this.valueInput.problem ?? this.actionPlanInput.problem ?? this.editable.problem(this.mode);
    if (problem) this.reportProblem(problem);
    else this.clearProblem();
  }

  protected renderContent(): TemplateResult {
    const t = this.localize;
    const value = this.current;
    const editor = this.editable.editor(this.mode);
    const names = new Map(value.organisations.map((o) => [o.id, o.name]));
    const columns = ['partFieldOrganisation', 'partFieldView', 'partAnswers', ...(editor ? (['planFieldActions'] as const) : [])] as const;
    return html`<div class="participation" part="base">
      <p class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel)} id="part-title">${t.term('partHeading')}</p>
      ${editor ? editor.renderFacts(value) : this.renderFacts(value)} ${this.editable.notice(t.term('undo'))}
      ${value.views.length
        ? html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="views-caption">
            <table part="table">
              <caption id="views-caption">
                ${t.term('partFieldViews')}
                <span class="count">(${value.views.length})</span>
              </caption>
              <thead>
                <tr>
                  ${columns.map((key) => html`<th scope="col">${t.term(key)}</th>`)}
                </tr>
              </thead>
              <tbody @click=${editor?.onTableClick}>
                ${repeat(value.views, (v) => v.id, (v) => this.renderView(v, names, editor))}
              </tbody>
            </table>
          </div>`
        : html`<p class="empty">${t.term('partNoViews')}</p>`}
      ${editor?.renderAddButton() ?? nothing} ${editor?.renderDialog(value) ?? nothing}
    </div>`;
  }

  private renderFacts(value: Participation) {
    const t = this.localize;
    return html`<dl class="facts" part="facts">
      <dt>${t.term('partFieldDate')}</dt>
      <dd>${value.date ? t.date(value.date) : t.term('partNoDate')}</dd>
      <dt>${t.term('partFieldOrganisations')}</dt>
      <dd>
        ${value.organisations.length
          ? html`<ul>
              ${value.organisations.map((o) => html`<li lang=${this.written}>${o.name}${o.representatives ? html` – ${o.representatives}` : nothing}</li>`)}
            </ul>`
          : t.term('partNoOrganisations')}
      </dd>
    </dl>`;
  }

  private renderView(view: ParticipationView, names: Map<string, string>, editor: ParticipationEditor | undefined) {
    const t = this.localize;
    const linked = view.rows ?? [];
    const name = view.organisation && names.get(view.organisation);
    return html`<tr data-view=${view.id}>
      <td lang=${name ? this.written : nothing}>${name || t.term('partJoint')}</td>
      <th scope="row" lang=${this.written}>${view.text}</th>
      <td>
        ${linked.length
          ? html`<ul>
              ${linked.map((id) => html`<li lang=${this.rows.has(id) ? this.actionPlanWritten : nothing}>${this.rowName(id)}</li>`)}
            </ul>`
          : t.term('partNotLinked')}
      </td>
      ${editor?.renderActions(view) ?? nothing}
    </tr>`;
  }

  private rowName(id: string): string {
    const row = this.rows.get(id);
    if (!row) return this.plan ? this.localize.term('partUnknownRow', id) : id;
    return row.activity;
  }
}

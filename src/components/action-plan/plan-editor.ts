import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  parseActionPlan,
  planAreas,
  planStatuses,
  targetDirections,
  targetUnits,
  type ActionPlan,
  type PlanRow,
} from '../../schema/action-plan.js';
import { importPlan } from './csv-import.js';
import { loadLanguage } from '../../i18n/languages.js';
import { sv as planTexts } from '../../i18n/messages/plan.js';
import { planEditorStyles } from './plan-editor.styles.js';
import { DialogEditor } from '../shared/forms/dialog-editor.js';
import type { EditorContext } from '../shared/forms/editing.js';
import { field, inlineText } from '../shared/forms/fields.js';
import { fieldErrors, formText, parseDecimal, shorten, withoutUndefined } from '../shared/forms/edit-helpers.js';
import { areaCode, areaLabel, areaLabelLang } from '../shared/plan-areas.js';
import { groupRows, nextRowId, type PlanFilter } from './plan-rows.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as planEditMessages from '../../i18n/messages/plan-edit.js';

// The texts only editing needs come with the editing code.
registerMessages(planEditMessages);

/*
 * The editing half of <samsyn-action-plan>: the dialog, moving, removing
 * and undoing, the plan's title and areas, and reading a plan from a file.
 * The element loads it only in edit mode, so a portal page that shows a
 * plan does not carry the code that edits one.
 */

/** What the editor needs of the element. */
export interface PlanEditorContext extends EditorContext<ActionPlan> {
  filter(): PlanFilter;
  today(): string;
}

const draftKeys = [
  'area',
  'goal',
  'activity',
  'responsible',
  'deadline',
  'followUpDate',
  'schedule',
  'status',
  'result',
  'targetDescription',
  'targetDirection',
  'targetValue',
  'targetUnit',
  'targetOutcome',
] as const;
type DraftKey = (typeof draftKeys)[number];
/** The row being edited, as the dialog's fields hold it: text, until it is saved. */
type Draft = Record<DraftKey, string>;
type Control = (describedBy: string | typeof nothing, invalid: 'true' | 'false') => TemplateResult;

interface Editing {
  /** Absent for a new row. */
  rowId?: string;
  draft: Draft;
  errors: Map<string, string>;
}

export class ActionPlanEditor extends DialogEditor<ActionPlan, PlanRow, Editing, PlanEditorContext> {
  private detailErrors = new Map<string, string>();
  private importErrors: string[] = [];

  constructor(ctx: PlanEditorContext) {
    super(ctx, planEditorStyles);
  }

  private rowButton(rowId: string, action: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`tr[data-row="${rowId}"] button[data-action="${action}"]`);
  }

  renderDetails(plan: ActionPlan): TemplateResult {
    const t = this.ctx.localize;
    const errorPrefix = t.term('planErrorPrefix');
    return html`<fieldset class="details no-print">
      <legend>${t.term('planDetailsLegend')}</legend>
      <div class="inline">
        ${inlineText({
          id: 'plan-title-input',
          label: t.term('planFieldTitle'),
          value: plan.title,
          lang: this.ctx.written(),
          error: this.detailErrors.get('title'),
          errorPrefix,
          change: this.onDetailsChange,
        })}
        ${inlineText({
          id: 'plan-period-input',
          label: t.term('planFieldPeriod'),
          optional: t.term('planOptional'),
          hint: t.term('planPeriodHint'),
          value: plan.period ?? '',
          error: this.detailErrors.get('period'),
          errorPrefix,
          change: this.onDetailsChange,
        })}
      </div>
      <div class="inline new-area">
        ${field({
          id: 'new-area',
          label: t.term('planNewArea'),
          hint: t.term('planNewAreaHint'),
          error: this.detailErrors.get('areas'),
          errorPrefix,
          control: (describedBy, invalid) =>
            html`<input id="new-area" aria-describedby=${describedBy} aria-invalid=${invalid} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.addArea()} />`,
        })}
        <p><button type="button" @click=${this.addArea}>${this.ctx.localize.term('planAddArea')}</button></p>
      </div>
    </fieldset>`;
  }

  renderAddButton(): TemplateResult {
    return this.addButton('add-row', this.ctx.localize.term('planAddRow'));
  }

  renderImport(): TemplateResult {
    const t = this.ctx.localize;
    return field({
      id: 'import',
      label: t.term('planImport'),
      hint: t.term('planImportHint'),
      errorPrefix: t.term('planErrorPrefix'),
      control: (describedBy) =>
        html`<input type="file" id="import" accept=".json,.csv,application/json,text/csv" aria-describedby=${describedBy} @change=${this.onImport} />`,
    });
  }

  renderImportErrors(): TemplateResult | typeof nothing {
    if (!this.importErrors.length) return nothing;
    return html`<div class="import-errors" role="alert" part="import-errors">
      <p>${this.importErrors[0]}</p>
      <ul>
        ${this.importErrors.slice(1).map((e) => html`<li>${e}</li>`)}
      </ul>
    </div>`;
  }

  /** The buttons of a row; `movable` when the table shows the plan's own order. */
  renderActions(row: PlanRow, index: number, count: number, movable: boolean): TemplateResult {
    const t = this.ctx.localize;
    // The activity names the row in the buttons' names, in the plan's language: a hidden span of its own, beside
    // the hidden words of the page's language (nested, it would reach past its clipped box and widen a narrow page).
    const name = html`<span class="visually-hidden" lang=${this.ctx.written()}>${shorten(row.activity)}</span>`;
    return html`<td role="cell" class="actions">
      <button type="button" data-action="edit">${t.term('edit')}<span class="visually-hidden">: </span>${name}</button>
      ${movable
        ? html`<button type="button" data-action="up" ?disabled=${index === 0}>
              <span aria-hidden="true">↑</span><span class="visually-hidden">${t.term('planMoveUp')}: </span>${name}
            </button>
            <button type="button" data-action="down" ?disabled=${index === count - 1}>
              <span aria-hidden="true">↓</span><span class="visually-hidden">${t.term('planMoveDown')}: </span>${name}
            </button>`
        : nothing}
      <button type="button" data-action="remove">${t.term('remove')}<span class="visually-hidden">: </span>${name}</button>
    </td>`;
  }

  renderDialog(plan: ActionPlan): TemplateResult {
    const t = this.ctx.localize;
    const e = this.editing;
    const errorPrefix = t.term('planErrorPrefix');
    const optional = t.term('planOptional');
    // Fields of the plan's texts are in its language (a screen reader's voice, a spelling checker's dictionary).
    const written = this.ctx.written();
    const input =
      (key: DraftKey, attrs: { list?: string; inputmode?: string; lang?: string | typeof nothing } = {}): Control =>
      (describedBy, invalid) =>
        html`<input
          id="f-${key}"
          name=${key}
          .value=${live(e?.draft[key] ?? '')}
          list=${attrs.list ?? nothing}
          inputmode=${attrs.inputmode ?? nothing}
          lang=${attrs.lang ?? nothing}
          autocomplete="off"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
        />`;
    const textarea =
      (key: DraftKey): Control =>
      (describedBy, invalid) =>
        html`<textarea
          id="f-${key}"
          name=${key}
          rows="2"
          .value=${live(e?.draft[key] ?? '')}
          lang=${written}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
        ></textarea>`;
    const choice =
      (key: DraftKey, options: ReadonlyArray<readonly [string, string, (string | typeof nothing)?]>): Control =>
      (describedBy, invalid) =>
        html`<select id="f-${key}" name=${key} aria-describedby=${describedBy} aria-invalid=${invalid}>
          ${options.map(([v, text, lang = nothing]) => html`<option value=${v} ?selected=${e?.draft[key] === v} lang=${lang}>${text}</option>`)}
        </select>`;
    const f = (key: DraftKey, label: string, control: Control, extra: { hint?: string; optional?: boolean } = {}) =>
      field({ id: `f-${key}`, label, hint: extra.hint, optional: extra.optional ? optional : undefined, error: e?.errors.get(key), errorPrefix, control });
    const errors = e
      ? [...e.errors].map(([key, message]) => ({ target: (draftKeys as readonly string[]).includes(key) ? `f-${key}` : undefined, message }))
      : [];
    const responsibles = [...new Set(plan.rows.map((r) => r.responsible))];
    return this.dialog(
      t.term(e?.rowId ? 'planEditRow' : 'planAddRow'),
      errors,
      () =>
        html`${f('area', t.term('planFieldArea'), choice('area', planAreas(plan).map((a) => [a.code, areaLabel(a, t.locale), areaLabelLang(a, t.locale)])))}
            ${f('goal', t.term('planFieldGoal'), textarea('goal'))} ${f('activity', t.term('planFieldActivity'), textarea('activity'))}
            ${f('responsible', t.term('planFieldResponsible'), input('responsible', { list: 'responsibles', lang: written }), { hint: t.term('planResponsibleHint') })}
            <datalist id="responsibles">${responsibles.map((r) => html`<option value=${r}></option>`)}</datalist>
            <div class="inline">
              ${f('deadline', t.term('planFieldDeadline'), input('deadline', { inputmode: 'numeric' }), { hint: t.term('planDateHint'), optional: true })}
              ${f('followUpDate', t.term('planFieldFollowUp'), input('followUpDate', { inputmode: 'numeric' }), {
                hint: t.term('planDateHint'),
                optional: true,
              })}
            </div>
            ${f('schedule', t.term('planFieldSchedule'), input('schedule', { lang: written }), { hint: t.term('planScheduleHint'), optional: true })}
            ${f('status', t.term('planFieldStatus'), choice('status', planStatuses.map((s) => [s, t.term('planStatus', s)])))}
            ${f('result', t.term('planFieldResult'), textarea('result'), { optional: true })}
            <fieldset aria-describedby="target-hint">
              <legend>${t.term('planTargetLegend')} <span class="optional">(${optional})</span></legend>
              <p class="hint" id="target-hint">${t.term('planTargetHint')}</p>
              ${f('targetDescription', t.term('planTargetDescription'), input('targetDescription', { lang: written }))}
              <div class="inline">
                ${f('targetDirection', t.term('planFieldTargetDirection'), choice('targetDirection', targetDirections.map((d) => [d, t.term('planDirection', d)])))}
                ${f('targetValue', t.term('planFieldTargetValue'), input('targetValue', { inputmode: 'decimal' }))}
                ${f('targetUnit', t.term('planFieldTargetUnit'), choice('targetUnit', targetUnits.map((u) => [u, t.term('planUnit', u)])))}
              </div>
              ${f('targetOutcome', t.term('planFieldTargetOutcome'), input('targetOutcome', { inputmode: 'decimal' }), {
                hint: t.term('planOutcomeHint'),
                optional: true,
              })}
            </fieldset>`,
    );
  }

  protected entryOf(tr: HTMLTableRowElement): PlanRow | undefined {
    return this.ctx.current().rows.find((r) => r.id === tr.dataset.row);
  }

  protected act(action: string | undefined, row: PlanRow): void {
    if (action === 'remove') void this.removeRow(row);
    else void this.moveRow(row, action === 'up' ? -1 : 1);
  }

  protected editingOf(row?: PlanRow): Editing {
    return { rowId: row?.id, draft: this.draftOf(row), errors: new Map() };
  }

  private draftOf(row?: PlanRow): Draft {
    const decimal = (n: number | undefined) =>
      n === undefined ? '' : this.ctx.localize.number(n, { useGrouping: false, maximumFractionDigits: 6 });
    return {
      area: row?.area ?? (this.ctx.filter().area || planAreas(this.ctx.current())[0].code),
      goal: row?.goal ?? '',
      activity: row?.activity ?? '',
      responsible: row?.responsible ?? '',
      deadline: row?.deadline ?? '',
      followUpDate: row?.followUpDate ?? '',
      schedule: row?.schedule ?? '',
      status: row?.status ?? 'not-started',
      result: row?.result ?? '',
      targetDescription: row?.target?.description ?? '',
      targetDirection: row?.target?.direction ?? 'at-least',
      targetValue: decimal(row?.target?.value),
      targetUnit: row?.target?.unit ?? 'percent',
      targetOutcome: decimal(row?.target?.outcome),
    };
  }

  protected focusAfterClose(edited: Editing | undefined, opener: HTMLElement | undefined): HTMLElement | null | undefined {
    // Rows are not keyed: once saved, the button that opened the dialog may be showing another row; a row's is found by its id.
    const target = edited?.rowId ? this.rowButton(edited.rowId, 'edit') : opener?.isConnected ? opener : undefined;
    return target ?? this.root.querySelector<HTMLElement>('#add-row');
  }

  protected save(data: FormData, editing: Editing): void {
    const draft = Object.fromEntries(draftKeys.map((k) => [k, formText(data.get(k))])) as Draft;
    const plan = this.ctx.current();
    const id = editing.rowId ?? nextRowId(plan);
    // A new row goes after the last of its area, so that the plan's order follows the tables'.
    const index = editing.rowId
      ? plan.rows.findIndex((r) => r.id === id)
      : plan.rows.findLastIndex((r) => r.area === draft.area) + 1 || plan.rows.length;
    const rows: unknown[] = [...plan.rows];
    rows.splice(index, editing.rowId ? 1 : 0, rowFromDraft(draft, id));
    const result = parseActionPlan({ ...plan, rows }, { locale: this.ctx.localize.locale });
    if (!result.success) {
      const errors = fieldErrors(result.error.issues, ([top, i, key, sub]) => {
        const name = top === 'rows' && i === index ? String(key) : 'plan';
        return name === 'target' ? `target${typeof sub === 'string' ? sub[0].toUpperCase() + sub.slice(1) : 'Description'}` : name;
      });
      void this.failed({ ...editing, draft, errors });
      return;
    }
    this.saved(result.data, id, this.ctx.localize.term('planSaved', shorten(draft.activity.trim())));
  }

  private async moveRow(row: PlanRow, delta: -1 | 1): Promise<void> {
    const plan = this.ctx.current();
    // Among the rows shown: with a filter on, a row moves past the rows it is shown next to.
    const group = groupRows(plan, { ...this.ctx.filter(), area: row.area }, 'plan', this.ctx.today())[0]?.rows ?? [];
    const position = group.indexOf(row);
    const other = group[position + delta];
    if (!other) return;
    const rows = [...plan.rows];
    const a = rows.indexOf(row);
    const b = rows.indexOf(other);
    [rows[a], rows[b]] = [rows[b], rows[a]];
    this.ctx.commit({ ...plan, rows }, row.id);
    const t = this.ctx.localize;
    const area = planAreas(plan).find((x) => x.code === row.area)!;
    this.ctx.announce(t.term('planMovedTo', shorten(row.activity), position + delta + 1, group.length, areaLabel(area, t.locale)));
    await this.ctx.host.updateComplete;
    // Focus stays with the row; on its other move button once it reaches the end.
    const same = this.rowButton(row.id, delta < 0 ? 'up' : 'down') as HTMLButtonElement | null;
    (same && !same.disabled ? same : this.rowButton(row.id, delta < 0 ? 'down' : 'up'))?.focus();
  }

  private removeRow(row: PlanRow): Promise<void> {
    const plan = this.ctx.current();
    const index = plan.rows.indexOf(row);
    return this.removed({ ...plan, rows: plan.rows.filter((r) => r !== row) }, row.id, this.ctx.localize.term('planRemoved', shorten(row.activity)), () => void this.restoreRow(row, index));
  }

  private async restoreRow(row: PlanRow, index: number): Promise<void> {
    const plan = this.ctx.current();
    // A row added since the removal may have taken the id.
    const restored = plan.rows.some((r) => r.id === row.id) ? { ...row, id: nextRowId(plan) } : row;
    const rows = [...plan.rows];
    rows.splice(Math.min(index, rows.length), 0, restored);
    this.ctx.commit({ ...plan, rows }, restored.id);
    this.ctx.announce(this.ctx.localize.term('planRestored', shorten(row.activity)));
    await this.ctx.host.updateComplete;
    (this.rowButton(restored.id, 'edit') ?? this.root.querySelector<HTMLElement>('#add-row'))?.focus();
  }

  private onDetailsChange = (): void => {
    const title = this.root.querySelector<HTMLInputElement>('#plan-title-input')!.value;
    const period = this.root.querySelector<HTMLInputElement>('#plan-period-input')!.value.trim();
    const candidate = withoutUndefined({ ...this.ctx.current(), title: title.trim(), period: period || undefined });
    const result = parseActionPlan(candidate, { locale: this.ctx.localize.locale });
    this.detailErrors = new Map(result.error?.issues.map((i) => [String(i.path[0]), i.message]));
    this.update();
    if (result.success) {
      this.ctx.commit(result.data, 'title');
      this.ctx.announce(this.ctx.localize.term('planDetailsSaved'));
    }
  };

  private addArea = (): void => {
    const t = this.ctx.localize;
    const input = this.root.querySelector<HTMLInputElement>('#new-area')!;
    const label = input.value.trim();
    const plan = this.ctx.current();
    const existing = planAreas(plan);
    const clash = existing.some((a) => [a.label.sv, a.label.en].some((l) => l?.toLowerCase() === label.toLowerCase()));
    let error: string | undefined;
    if (!label) error = t.term('planEnter', t.term('planNewArea'));
    else if (clash) error = t.term('planDuplicateArea', label);
    const area = { code: areaCode(label, new Set(existing.map((a) => a.code))), label: t.locale === 'en' ? { sv: label, en: label } : { sv: label } };
    const result = error ? undefined : parseActionPlan({ ...plan, areas: [...(plan.areas ?? []), area] }, { locale: t.locale });
    error ??= result?.error?.issues[0]?.message;
    this.detailErrors = new Map(error ? [['areas', error]] : []);
    this.update();
    if (!result?.success) {
      input.focus();
      return;
    }
    input.value = '';
    this.ctx.commit(result.data, 'areas');
    this.ctx.announce(t.term('planAreaAdded', label));
  };

  private onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = this.ctx.localize;
    const previous = this.ctx.current();
    let text: string | undefined;
    try {
      // The file may use the plan's English headers and values on a page in Swedish: its English is fetched first.
      [text] = await Promise.all([file.text(), loadLanguage('en', planTexts)]);
    } catch {
      text = undefined;
    }
    input.value = '';
    const result = text === undefined ? { errors: [t.term('planImportUnreadable')] } : importPlan(file.name, text, { locale: t.locale, base: previous });
    this.importErrors = result.plan ? [] : [t.term('planImportFailed', file.name), ...result.errors];
    this.update();
    if (!result.plan) return;
    this.ctx.commit(result.plan, 'import');
    this.ctx.announce(t.term('planImported', result.plan.rows.length), () => {
      this.ctx.commit(previous, 'import');
      this.ctx.announce(t.term('partRestored'));
    });
  };
}

/** The row a draft describes, with empty optional fields left out and numbers parsed (or left as text for the schema to reject). */
function rowFromDraft(d: Draft, id: string): Record<string, unknown> {
  const optional = (s: string) => s.trim() || undefined;
  const hasTarget = [d.targetDescription, d.targetValue, d.targetOutcome].some((s) => s.trim() !== '');
  return withoutUndefined({
    id,
    area: d.area,
    goal: d.goal.trim(),
    activity: d.activity.trim(),
    responsible: d.responsible.trim(),
    deadline: optional(d.deadline),
    schedule: optional(d.schedule),
    followUpDate: optional(d.followUpDate),
    status: d.status,
    result: optional(d.result),
    target: hasTarget
      ? withoutUndefined({
          description: d.targetDescription.trim(),
          direction: d.targetDirection,
          value: d.targetValue.trim() ? parseDecimal(d.targetValue) : undefined,
          unit: d.targetUnit,
          outcome: d.targetOutcome.trim() ? parseDecimal(d.targetOutcome) : undefined,
        })
      : undefined,
  });
}

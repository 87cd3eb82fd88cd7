import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { planAreas, type ActionPlan, type PlanRow } from '../../schema/action-plan.js';
import {
  parseParticipation,
  suggestedOrganisations,
  type Participation,
  type ParticipationOrganisation,
  type ParticipationView,
} from '../../schema/participation.js';
import { DialogEditor } from '../shared/forms/dialog-editor.js';
import type { EditorContext } from '../shared/forms/editing.js';
import { field, inlineText } from '../shared/forms/fields.js';
import { fieldErrors, formText, shorten, withoutUndefined } from '../shared/forms/edit-helpers.js';
import { areaCode, areaLabel, areaLabelLang } from '../shared/plan-areas.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as planEditMessages from '../../i18n/messages/plan-edit.js';

// The texts only editing needs come with the editing code.
registerMessages(planEditMessages);

/*
 * The editing half of <samsyn-participation>: the date and organisations in
 * place, views in a dialog, removals with undo. The element loads it only in
 * edit mode.
 */

/** What the editor needs of the element; `written()` is the `lang` of the names and views. */
export interface ParticipationEditorContext extends EditorContext<Participation> {
  /** The action plan the views are linked to (the element's `plan`). */
  actionPlan(): ActionPlan | undefined;
  /** The action plan's rows by id. */
  rows(): Map<string, PlanRow>;
  /** The `lang` of the plan's texts, where the page speaks another language. */
  actionPlanWritten(): string | typeof nothing;
}

interface Editing {
  /** Absent for a new view. */
  viewId?: string;
  draft: { organisation: string; text: string; rows: string[] };
  errors: Map<string, string>;
}

export class ParticipationEditor extends DialogEditor<Participation, ParticipationView, Editing, ParticipationEditorContext> {
  private inlineErrors = new Map<string, string>();

  renderAddButton(): TemplateResult {
    return this.addButton('add-view', this.ctx.localize.term('partAddView'));
  }

  renderActions(view: ParticipationView): TemplateResult {
    const t = this.ctx.localize;
    const name = html`<span lang=${this.ctx.written()}>${shorten(view.text)}</span>`;
    return html`<td class="actions">
      <button type="button" data-action="edit">${t.term('edit')}<span class="visually-hidden">: ${name}</span></button>
      <button type="button" data-action="remove">${t.term('remove')}<span class="visually-hidden">: ${name}</span></button>
    </td>`;
  }

  renderFacts(value: Participation): TemplateResult {
    const t = this.ctx.localize;
    const errorPrefix = t.term('planErrorPrefix');
    const text = (
      id: string,
      label: string,
      current: string,
      extra: { hint?: string; optional?: boolean; list?: string; lang?: string | typeof nothing } = {},
    ) =>
      inlineText({
        ...extra,
        id,
        label,
        value: current,
        optional: extra.optional ? t.term('planOptional') : undefined,
        error: this.inlineErrors.get(id),
        errorPrefix,
        change: this.onInlineChange,
      });
    return html`<div class="facts" part="facts">
      ${text('date', t.term('partFieldDate'), value.date ?? '', { hint: t.term('planDateHint'), optional: true })}
      <fieldset>
        <legend>${t.term('partFieldOrganisations')}</legend>
        ${value.organisations.length ? nothing : html`<p>${t.term('partNoOrganisations')}</p>`}
        ${repeat(
          value.organisations,
          (o) => o.id,
          (o) => html`<div class="inline organisation" data-organisation=${o.id}>
            ${text(`name-${o.id}`, t.term('partFieldOrganisation'), o.name, { list: 'suggested', lang: this.ctx.written() })}
            ${text(`reps-${o.id}`, t.term('partFieldRepresentatives'), o.representatives ?? '', {
              optional: true,
              hint: t.term('partRepresentativesHint'),
              lang: this.ctx.written(),
            })}
            <p>
              <button type="button" @click=${() => void this.removeOrganisation(o)}>
                ${t.term('remove')}<span class="visually-hidden">: <span lang=${this.ctx.written()}>${o.name}</span></span>
              </button>
            </p>
          </div>`,
        )}
        <div class="inline new-organisation">
          ${text('new-name', t.term('partFieldOrganisation'), '', { hint: t.term('partOrganisationHint'), list: 'suggested' })}
          ${text('new-reps', t.term('partFieldRepresentatives'), '', { optional: true, hint: t.term('partRepresentativesHint') })}
          <p><button type="button" id="add-organisation" @click=${this.addOrganisation}>${t.term('partAddOrganisation')}</button></p>
        </div>
        <datalist id="suggested">${suggestedOrganisations.map((name) => html`<option value=${name}></option>`)}</datalist>
      </fieldset>
    </div>`;
  }

  renderDialog(value: Participation): TemplateResult {
    const t = this.ctx.localize;
    const errorPrefix = t.term('planErrorPrefix');
    const errors = this.editing ? [...this.editing.errors].map(([key, message]) => ({ target: key === 'rows' ? undefined : `v-${key}`, message })) : [];
    const plan = this.ctx.actionPlan();
    const byArea = new Map<string, PlanRow[]>();
    for (const row of this.ctx.rows().values()) byArea.set(row.area, [...(byArea.get(row.area) ?? []), row]);
    return this.dialog(
      t.term(this.editing?.viewId ? 'partEditView' : 'partAddView'),
      errors,
      (e) =>
        html`${field({
              id: 'v-organisation',
              label: t.term('partFieldOrganisation'),
              error: e.errors.get('organisation'),
              errorPrefix,
              control: (describedBy, invalid) => html`<select id="v-organisation" name="organisation" aria-describedby=${describedBy} aria-invalid=${invalid}>
                <option value="" ?selected=${!e.draft.organisation}>${t.term('partJoint')}</option>
                ${value.organisations.map(
                  (o) => html`<option value=${o.id} ?selected=${e.draft.organisation === o.id} lang=${this.ctx.written()}>${o.name}</option>`,
                )}
              </select>`,
            })}
            ${field({
              id: 'v-text',
              label: t.term('partFieldView'),
              error: e.errors.get('text'),
              errorPrefix,
              control: (describedBy, invalid) =>
                html`<textarea
                  id="v-text"
                  name="text"
                  rows="4"
                  .value=${live(e.draft.text)}
                  lang=${this.ctx.written()}
                  aria-describedby=${describedBy}
                  aria-invalid=${invalid}
                ></textarea>`,
            })}
            <fieldset aria-describedby="rows-hint">
              <legend>${t.term('partFieldRows')} <span class="optional">(${t.term('planOptional')})</span></legend>
              <p class="hint" id="rows-hint">${t.term(plan ? 'partRowsHint' : 'partNoPlan')}</p>
              ${plan
                ? planAreas(plan)
                    .filter((a) => byArea.has(a.code))
                    .map(
                      (a) => html`<fieldset class="area">
                        <legend lang=${areaLabelLang(a, t.locale)}>${areaLabel(a, t.locale)}</legend>
                        ${byArea.get(a.code)!.map(
                          (row) => html`<div class="check">
                            <input type="checkbox" id="v-row-${row.id}" name="rows" value=${row.id} .checked=${live(e.draft.rows.includes(row.id))} />
                            <label for="v-row-${row.id}" lang=${this.ctx.actionPlanWritten()}>${row.activity}</label>
                          </div>`,
                        )}
                      </fieldset>`,
                    )
                : nothing}
            </fieldset>`,
    );
  }

  /** Validates `candidate`; on success commits it and returns true. Issues are mapped to field ids by `fieldOf`. */
  private tryCommit(candidate: Participation, field: string, fieldOf: (path: readonly PropertyKey[]) => string): boolean {
    const result = parseParticipation(candidate, { locale: this.ctx.localize.locale });
    this.inlineErrors = new Map(result.error?.issues.map((i) => [fieldOf(i.path), i.message]));
    this.update();
    if (result.success) this.ctx.commit(result.data, field);
    return result.success;
  }

  /**
   * The value as the in-place fields now hold it, `extra` organisations added.
   * Every field is read at each change, so that a problem stays at its field
   * until it is put right.
   */
  private inlineCandidate(extra: ParticipationOrganisation[] = []): Participation {
    const value = this.ctx.current();
    const read = (id: string, fallback = '') => (this.root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? fallback).trim();
    const organisations = value.organisations.map((o) =>
      withoutUndefined({ ...o, name: read(`name-${o.id}`, o.name), representatives: read(`reps-${o.id}`, o.representatives) || undefined }),
    );
    return withoutUndefined({ ...value, date: read('date', value.date) || undefined, organisations: [...organisations, ...extra] });
  }

  /** The id of the in-place field an issue is about: the new organisation's fields come last. */
  private fieldOf(candidate: Participation, path: readonly PropertyKey[]): string {
    if (path[0] !== 'organisations' || typeof path[1] !== 'number') return 'date';
    const id = candidate.organisations[path[1]]?.id;
    const known = this.ctx.current().organisations.some((o) => o.id === id);
    const which = path[2] === 'representatives' ? 'reps' : 'name';
    return known ? `${which}-${id}` : `new-${which}`;
  }

  private onInlineChange = (event: Event): void => {
    const id = (event.target as HTMLInputElement).id;
    // The new organisation's fields count only when it is added.
    if (id.startsWith('new-')) return;
    const candidate = this.inlineCandidate();
    this.tryCommit(candidate, id === 'date' ? 'date' : id.slice(id.indexOf('-') + 1), (path) => this.fieldOf(candidate, path));
  };

  private addOrganisation = async (): Promise<void> => {
    const name = this.root.querySelector<HTMLInputElement>('#new-name')!;
    const reps = this.root.querySelector<HTMLInputElement>('#new-reps')!;
    const organisation = withoutUndefined({
      id: areaCode(name.value, new Set(this.ctx.current().organisations.map((o) => o.id))),
      name: name.value.trim(),
      representatives: reps.value.trim() || undefined,
    });
    const candidate = this.inlineCandidate([organisation]);
    if (this.tryCommit(candidate, organisation.id, (path) => this.fieldOf(candidate, path))) {
      name.value = '';
      reps.value = '';
      name.focus();
      return;
    }
    await this.ctx.host.updateComplete;
    (this.root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? name).focus();
  };

  private removeOrganisation(organisation: ParticipationOrganisation): Promise<void> {
    const t = this.ctx.localize;
    const before = this.ctx.current();
    const views = before.views.filter((v) => v.organisation === organisation.id);
    this.inlineErrors = new Map();
    return this.removed(
      { ...before, organisations: before.organisations.filter((o) => o !== organisation), views: before.views.filter((v) => !views.includes(v)) },
      organisation.id,
      t.term('partRemovedOrganisation', organisation.name || t.term('partUnnamed'), views.length),
      () => this.restore(before, organisation.id),
    );
  }

  /** Puts back what a removal took, keeping whatever was added since. */
  private restore(before: Participation, field: string): void {
    const now = this.ctx.current();
    const keep = <T extends { id: string }>(old: T[], current: T[]) => [...old, ...current.filter((c) => !old.some((o) => o.id === c.id))];
    this.ctx.commit({ ...now, organisations: keep(before.organisations, now.organisations), views: keep(before.views, now.views) }, field);
    this.ctx.announce(this.ctx.localize.term('partRestored'));
  }

  protected entryOf(tr: HTMLTableRowElement): ParticipationView | undefined {
    return this.ctx.current().views.find((v) => v.id === tr.dataset.view);
  }

  /** The only row button besides `edit` removes the view. */
  protected act(_action: string | undefined, view: ParticipationView): void {
    const before = this.ctx.current();
    void this.removed({ ...before, views: before.views.filter((v) => v !== view) }, view.id, this.ctx.localize.term('partRemovedView'), () =>
      this.restore(before, view.id),
    );
  }

  protected editingOf(view?: ParticipationView): Editing {
    return { viewId: view?.id, draft: { organisation: view?.organisation ?? '', text: view?.text ?? '', rows: view?.rows ?? [] }, errors: new Map() };
  }

  protected focusAfterClose(edited: Editing | undefined, opener: HTMLElement | undefined): HTMLElement | null | undefined {
    if (opener?.isConnected) return opener;
    const viewId = edited?.viewId;
    return (viewId ? this.root.querySelector<HTMLElement>(`tr[data-view="${viewId}"] [data-action="edit"]`) : null) ?? this.root.querySelector<HTMLElement>('#add-view');
  }

  protected save(form: FormData, editing: Editing): void {
    // Links to rows that are not in the plan (any more) are kept: the plan may be edited elsewhere.
    const hidden = editing.draft.rows.filter((id) => !this.ctx.rows().has(id));
    const draft = { organisation: formText(form.get('organisation')), text: formText(form.get('text')), rows: [...hidden, ...form.getAll('rows').map(formText)] };
    const value = this.ctx.current();
    let n = value.views.length + 1;
    while (value.views.some((v) => v.id === `view-${n}`)) n++;
    const id = editing.viewId ?? `view-${n}`;
    const view = withoutUndefined({ id, organisation: draft.organisation || undefined, text: draft.text.trim(), rows: draft.rows.length ? draft.rows : undefined });
    const views = editing.viewId ? value.views.map((v) => (v.id === id ? view : v)) : [...value.views, view];
    const index = views.indexOf(view);
    const result = parseParticipation({ ...value, views }, { locale: this.ctx.localize.locale });
    if (!result.success) {
      const errors = fieldErrors(result.error.issues, (path) => (path[0] === 'views' && path[1] === index ? String(path[2]) : 'text'));
      void this.failed({ ...editing, draft, errors });
      return;
    }
    this.saved(result.data, id, this.ctx.localize.term('partSaved'));
  }
}

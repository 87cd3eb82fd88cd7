import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/*
 * Form fields of the editors (plan, participation; loaded only in edit
 * mode), after GOV.UK's patterns: a label, an optional hint and the error
 * above the control, the control pointing at both with aria-describedby.
 * The error summary that links to each field is in `error-summary.ts`.
 */

export interface FieldOptions {
  /** The control's id. */
  id: string;
  label: string;
  /** "valfri" / "optional", shown after the label. */
  optional?: string;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers ("Fel:"). */
  errorPrefix: string;
  control: (describedBy: string | typeof nothing, invalid: 'true' | 'false') => TemplateResult;
}

export function field(o: FieldOptions): TemplateResult {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}${o.optional ? html` <span class="optional">(${o.optional})</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.error
      ? html`<p class="error-message" id="${o.id}-error"><span class="visually-hidden">${o.errorPrefix} </span>${o.error}</p>`
      : nothing}
    ${o.control(ids || nothing, o.error ? 'true' : 'false')}
  </div>`;
}

/**
 * Shows an editor's dialog as a modal once the host has rendered it, with
 * focus on its first field. A dialog that is already open is left as it is.
 */
export async function showEditorDialog(host: ReactiveControllerHost, root: ParentNode, firstField: string): Promise<void> {
  await host.updateComplete;
  const dialog = root.querySelector('dialog');
  if (!dialog || dialog.open) return;
  dialog.showModal();
  root.querySelector<HTMLElement>(firstField)?.focus();
}

/** The editor dialog's Save and Cancel. */
export function editorButtons(labels: { save: string; cancel: string }, cancel: () => void): TemplateResult {
  return html`<div class="buttons">
    <button type="submit" class="primary">${labels.save}</button>
    <button type="button" @click=${cancel}>${labels.cancel}</button>
  </div>`;
}

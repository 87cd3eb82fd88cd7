import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/*
 * Form parts shared by the plan and participation editors (loaded only in
 * edit mode), after GOV.UK's patterns: a label, an optional hint and the
 * error above the control, the control pointing at both with
 * aria-describedby; an error summary that links to each field.
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
 * The list of problems at the top of a form. It takes focus after a failed
 * save (the caller focuses `.error-summary`), so a screen reader reads it
 * first; each item moves focus to its field.
 */
export function errorSummary(
  title: string,
  errors: ReadonlyArray<{ id?: string; message: string }>,
  root: ParentNode,
): TemplateResult {
  const go = (id: string) => (e: Event) => {
    e.preventDefault();
    root.querySelector<HTMLElement>(`#${id}`)?.focus();
  };
  return html`<div class="error-summary" role="group" aria-labelledby="error-summary-title" tabindex="-1">
    <p class="error-summary-title" id="error-summary-title">${title}</p>
    <ul>
      ${errors.map((e) => html`<li>${e.id ? html`<a href="#${e.id}" @click=${go(e.id)}>${e.message}</a>` : e.message}</li>`)}
    </ul>
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

import { html, nothing, type TemplateResult } from 'lit';

/*
 * The part of the forms kit that read mode shows too. The fields, the dialog
 * and the error summary of the editors are in `fields.ts`, `dialog-editor.ts`
 * and `error-summary.ts`, loaded with the editors.
 */

/**
 * The live region for what an action did ("Raden togs bort.") with an undo
 * button when the action can be undone. Always rendered, so that a screen
 * reader is already watching it when the message arrives.
 */
export function notice(message: string, undo: (() => void) | undefined, undoLabel: string): TemplateResult {
  return html`<div class="notice" role="status" part="notice">
    ${message
      ? html`<p>
          ${message}
          ${undo ? html`<button type="button" class="undo" @click=${undo}>${undoLabel}</button>` : nothing}
        </p>`
      : nothing}
  </div>`;
}

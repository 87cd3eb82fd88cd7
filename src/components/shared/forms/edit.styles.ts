import { adoptStyles, css, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * What only the plan and participation editors show: text fields, hints and
 * field errors, the error summary, the dialog. The editors add these styles
 * to their element when they load, after the element's own (`formStyles`).
 */
export const editStyles = css`
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  input,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .field.has-error {
    border-left: 4px solid var(--_error);
    padding-left: var(--_space);
  }
  .error-message {
    margin: 0;
    color: var(--_error);
    font-weight: 700;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-summary {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_error);
  }
  .error-summary-title {
    margin: 0 0 var(--_space);
    font-weight: 700;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: calc(var(--_space) * 3);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.375em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* A button beside fields in a row (a new area, an organisation) lines up with their controls. */
  .inline > p {
    align-self: flex-end;
  }
  /* The buttons of a table's row. */
  .actions button {
    margin: 0 0.25rem 0.25rem 0;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
  @media print {
    dialog,
    form,
    .actions {
      display: none !important;
    }
  }
`;

/** Adds `editStyles`, then an editor's own `extra` styles, to an element's shadow root, after the styles it already has. */
export function adoptEditStyles(root: HTMLElement | DocumentFragment, ...extra: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const added = [editStyles, ...extra];
  const sheets = added.map((s) => s.styleSheet);
  if (supportsAdoptingStyleSheets && sheets.every((s) => s !== undefined)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !sheets.includes(s)), ...sheets];
  } else {
    // Without constructable stylesheets Lit puts each style in a <style> element; so does this.
    adoptStyles(root, added);
  }
}

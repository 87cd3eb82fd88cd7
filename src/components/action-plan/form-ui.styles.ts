import { css } from 'lit';

/** Buttons, fields, dialogs, the error summary and the notice of the plan and participation editors. */
export const formStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.5rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
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
  select,
  textarea {
    min-height: 2.5rem;
    max-width: 100%;
    padding: calc(var(--_space) * 0.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  input,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  fieldset {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .field {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .field label {
    display: block;
    font-weight: 700;
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
  .notice p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-left: 6px solid var(--_primary);
    background: var(--_surface);
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
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .inline > .field {
    flex: 1 1 12rem;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
  @media print {
    button,
    .notice,
    dialog,
    form,
    .no-print {
      display: none !important;
    }
  }
`;

import { css } from 'lit';

/** GOV.UK's form patterns in the shared tokens: large targets, bold legends, errors marked by more than colour. */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .title,
  .step-heading {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .respondent,
  .draft-status {
    color: var(--_muted);
  }
  /* Empty until the first save, but not display: none, so that the live region is there before its first words. */
  .draft-status:empty {
    margin: 0;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: var(--samsyn-step-list-width, 15rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  /* Step list */
  .step-list ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-left: 1px solid var(--_border);
  }
  .step-link {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    width: 100%;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0;
    border-left: 4px solid transparent;
    margin-left: -1px;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .step-link:hover {
    text-decoration-thickness: 3px;
  }
  .step-link[aria-current='step'] {
    border-left-color: var(--_primary);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }
  .step-link:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .step-number {
    min-width: 1.5em;
    font-variant-numeric: tabular-nums;
  }
  .step-done {
    display: inline-block;
    margin-left: auto;
    color: var(--_success);
  }

  /* Step */
  .step {
    min-width: 0;
  }
  /* Focused only to move the reading position (or the browser's report) to the step: not a control, so no focus ring. */
  .validity-anchor:focus,
  .step-heading:focus,
  .confirmation-title:focus {
    outline: none;
    box-shadow: none;
  }
  .step-counter {
    display: block;
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .section-description {
    color: var(--_muted);
    max-width: 40em;
  }

  /* Questions */
  .question {
    margin-bottom: calc(var(--_space) * 5);
  }
  .question.has-error {
    padding-left: calc(var(--_space) * 2);
    border-left: 5px solid var(--_error);
  }
  .fieldset,
  .option-group {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend,
  .label {
    display: block;
    max-width: 40em;
    margin-bottom: var(--_space);
    padding: 0;
    font-weight: 700;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .legend-large,
  .confirmation-title {
    font-size: 1.5rem;
  }
  .optional {
    font-weight: 400;
  }
  .option-group {
    margin-top: calc(var(--_space) * 2);
  }
  .group-legend {
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: 700;
  }
  .hint {
    max-width: 40em;
    margin-bottom: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .error-message {
    margin-bottom: calc(var(--_space) * 2);
    color: var(--_error);
    font-weight: 700;
  }
  /* A label narrower than its longest word ("behandlingsenhet/stödboende/HVB,") breaks it on a small screen. */
  .options {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .option label {
    min-width: 0;
    padding-top: 0.05rem;
    cursor: pointer;
  }
  .control {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .has-error .control {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }
  .has-error .control:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .option.exclusive,
  .option.dont-know {
    margin-top: var(--_space);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  /* Equal widths whatever the anchor texts, so the points read as one evenly spaced line. */
  .scale-point {
    flex: 1 1 0;
    flex-direction: column;
    align-items: center;
    min-width: 3.5rem;
    max-width: 7rem;
    text-align: center;
  }
  .scale-point label {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .point {
    font-weight: 700;
  }
  .anchor {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .field-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .input {
    max-width: 100%;
    min-height: 2.5rem;
    padding: calc(var(--_space) * 0.5);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .input-number {
    width: 8ch;
  }
  .input-text {
    width: 40em;
  }
  .has-error .input {
    border-color: var(--_error);
  }
  .unit {
    font-weight: 700;
  }

  /* Error summary */
  .error-summary {
    margin-bottom: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 2);
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary-list {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary-list li + li {
    margin-top: var(--_space);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  /* Buttons */
  .actions,
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .button {
    min-height: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    box-shadow: 0 2px 0 var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
  }
  .button.small {
    min-height: 2.25rem;
    padding: calc(var(--_space) * 0.5) var(--_space);
    font-weight: 400;
  }
  .input:disabled,
  .control:disabled,
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button:active:not(:disabled) {
    transform: translateY(2px);
    box-shadow: none;
  }

  /* Summary list (review, read-only) */
  .error-summary-title,
  .summary-heading {
    font-size: 1.25rem;
  }
  .summary-heading {
    margin-top: calc(var(--_space) * 4);
  }
  .summary {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-key {
    font-weight: 700;
  }
  .summary-value,
  .summary-action {
    margin: 0;
  }
  .summary-action a {
    color: var(--_primary);
  }
  .not-answered {
    color: var(--_muted);
  }
  .plain-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 32rem) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-value {
      grid-column: 1;
    }
  }

  /* Notices and confirmation */
  .notice {
    margin-bottom: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border-left: 5px solid var(--_primary);
    background: var(--_surface);
  }
  .notice.warning {
    border-left-color: var(--_warning);
  }
  .notice ul {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .confirmation {
    padding: calc(var(--_space) * 3);
    border: 5px solid var(--_success);
  }
  @media (forced-colors: active) {
    .step-link[aria-current='step'] {
      border-left-color: Highlight;
    }
    .question.has-error,
    .error-summary {
      border-color: Mark;
    }
  }
`;

import { css } from 'lit';

/**
 * Buttons, selects, fieldsets, tables and the notice of <samsyn-action-plan>
 * and <samsyn-participation> as they are read. What only editing shows (text
 * fields, dialogs, the error summary) is in `edit.styles.ts`, loaded
 * with the editors.
 *
 * A fieldset is as wide as its widest content by default (min-width:
 * min-content), and so is a flex item: `min-width: 0` lets them narrow with a
 * narrow screen, and the fields in them narrow with them.
 */
export const formStyles = css`
  .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: 1.25em;
    padding: var(--_space) 0;
  }
  .count {
    font-weight: 400;
    font-size: 0.8em;
    color: var(--_muted);
  }
  th,
  td {
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
    background: var(--_surface);
  }
  tbody th {
    font-weight: 400;
  }
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
  fieldset {
    min-width: 0;
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
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .inline > .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  @media print {
    button,
    .notice,
    .no-print {
      display: none !important;
    }
  }
`;

import { css } from 'lit';

/** What only the plan editor shows: its row buttons' width, why a file could not be read in. */
export const planEditorStyles = css`
  .import-errors {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 4px solid var(--_error);
  }
  .import-errors p {
    margin: 0;
    font-weight: 700;
  }
  /* The buttons wrap, each on one line, so that the column stays narrow. */
  .actions button {
    min-width: 2.5rem;
    white-space: nowrap;
  }
`;

import { css } from 'lit';

// No `content-visibility: auto` on the areas: Chromium leaves what it skips out of the accessibility tree, so a
// screen reader would find only the tables near the screen. The cost, measured with `bench/render.mjs --only plan`:
// a 500-row plan's first render takes about 90 ms more (a median of about 310 ms instead of 220 ms).
export const styles = css`
  .title {
    margin: 0;
  }
  .period,
  .summary {
    margin: calc(var(--_space) * 0.5) 0 calc(var(--_space) * 2);
  }
  .overdue-text,
  .overdue-flag {
    color: var(--_warning);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0 calc(var(--_space) * 2);
  }
  .toolbar > fieldset {
    flex: 1 1 auto;
  }
  .filters .field {
    flex: 0 1 auto;
    margin-bottom: var(--_space);
  }
  .filters select {
    max-width: min(16rem, 100%);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_primary);
  }
  .showing:empty {
    display: none;
  }
  .tables {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    position: relative;
    margin: 0 0 calc(var(--_space) * 3);
  }
  /* Words stay whole where they fit; free text (below) breaks anywhere, so that a long link cannot widen the table. */
  tbody {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /*
   * Narrower than the 90em a table of ten columns with Swedish compounds needs, each row is a card: the column's
   * name above each value, goal, activity and the last column (views or the row's buttons) across the card. The
   * names are drawn only (alternative text ''): a screen reader has the visually hidden column headers, and the
   * roles in the markup keep the table a table.
   */
  @media screen {
    @container (max-width: 90em) {
      table,
      caption,
      tbody {
        display: block;
      }
      thead {
        position: absolute;
        clip-path: inset(50%);
      }
      tr {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
        gap: 0 calc(var(--_space) * 2);
        margin: 0 0 calc(var(--_space) * 2);
        border: 1px solid var(--_border);
      }
      td,
      th {
        border: 0;
      }
      :first-child,
      th,
      :last-child {
        grid-column: 1/-1;
      }
      [data-label]::before {
        content: attr(data-label) / '';
        display: block;
        font-weight: 700;
      }
    }
  }
  tr.overdue > :first-child {
    box-shadow: inset 6px 0 0 var(--_warning);
    padding-left: calc(var(--_space) * 2);
  }
  .overdue-flag,
  .schedule,
  .target-description,
  .target-line,
  .reached {
    display: block;
  }
  .status[data-status='done'] {
    color: var(--_success);
  }
  .reached[data-reached='true'] {
    color: var(--_success);
  }
  .reached[data-reached='false'] {
    color: var(--_error);
  }
  .reached[data-reached='unknown'] {
    font-weight: 400;
    color: var(--_muted);
  }
  .result,
  .views li {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .views {
    margin: 0;
    padding-left: 1em;
  }
  @media print {
    .tables {
      overflow: visible;
    }
    table {
      font-size: 9pt;
    }
    tr {
      break-inside: avoid;
    }
    .toolbar {
      display: none;
    }
    tr.overdue > :first-child {
      border-left: 3pt solid;
    }
  }
`;

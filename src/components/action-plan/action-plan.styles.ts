import { css } from 'lit';

// `.area` has `content-visibility: auto`: in a plan of hundreds of rows the browser lays out only the areas in view.
export const styles = css`
  .title {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
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
  }
  .area {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  table {
    width: 100%;
    min-width: 60rem;
    margin: 0 0 calc(var(--_space) * 3);
    border-collapse: collapse;
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
  }
  .views {
    margin: 0;
    padding-left: 1em;
  }
  @media print {
    .tables {
      overflow: visible;
    }
    .area {
      content-visibility: visible;
    }
    table {
      min-width: 0;
      font-size: 9pt;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    .toolbar,
    .no-print {
      display: none;
    }
    tr.overdue > :first-child {
      border-left: 3pt solid;
    }
  }
`;

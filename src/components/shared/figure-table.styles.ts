import { css } from 'lit';
import { tableStyles } from './table.styles.js';

/**
 * The figure tables of the chart, the report and the report document: a
 * scroll region of its own, hidden counts marked in words, print that fits
 * the page (notes in chart.styles.ts).
 */
export const figureTableStyles = css`
  ${tableStyles}
  .table-wrap {
    position: relative;
    overflow-x: auto;
    margin-top: var(--_space);
  }
  table {
    min-width: 50%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
  }
  th,
  td {
    vertical-align: top;
  }
  thead th {
    text-align: end;
  }
  thead th:first-child {
    text-align: start;
    font-weight: normal;
  }
  thead th[scope='colgroup'] {
    text-align: center;
    font-weight: 600;
  }
  td {
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    border-bottom: none;
    border-top: 2px solid var(--_border);
  }
  .note {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media print {
    .table-wrap {
      overflow: visible;
    }
    table {
      width: 100%;
      font-size: 0.875em;
      break-inside: auto;
    }
    td {
      white-space: normal;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';

/**
 * How every table of figures reads, in the report, the chart and the SIP
 * overview alike: figures in tabular digits at the end of their cells, row
 * headings at the start in normal weight, column headings on the bottom line.
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    vertical-align: bottom;
  }
  td {
    text-align: end;
  }
  tbody th,
  tfoot th {
    text-align: start;
    font-weight: normal;
  }
`;

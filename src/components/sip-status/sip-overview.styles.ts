import { css } from 'lit';
import { tableStyles } from '../shared/table.styles.js';

/*
 * The overview's rules, loaded with the overview. Notes, kept out of the
 * stylesheet a page downloads:
 * - Bars: drawn up is solid, being drawn up is hatched, the need is a marked line.
 * - Forced colours would empty the hatching (the browser drops gradients) and the keys: the bars and
 *   keys are drawn in system colours instead, the hatched part outlined and set off by a gap.
 * - A status's shape keeps the colour it is given in forced colours (SVG preserves it): text colour.
 * - `.caption` is outside the scrolling region, so that it wraps to the
 *   element's width and not the table's.
 * - `.scroll` is positioned: the visually hidden words of a hidden or missing
 *   count are absolutely positioned, and would otherwise be placed against the
 *   page, past the region's edge, and widen the page on a narrow screen.
 */
export const overviewStyles = css`
  ${tableStyles}
  .point-label {
    margin: 0;
  }
  .statuses {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .status {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas:
      'shape count'
      'shape name'
      'shape share';
    column-gap: var(--_space);
    align-items: start;
    width: 100%;
    height: 100%;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_status-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: start;
  }
  .status:hover {
    background: var(--_surface);
  }
  .status .shape {
    grid-area: shape;
    margin-top: 0.35em;
    color: var(--_status-color, var(--_text));
  }
  .status-count {
    grid-area: count;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .status-name {
    grid-area: name;
  }
  .status-share {
    grid-area: share;
    color: var(--_muted);
  }
  .status--established {
    --_status-color: var(--_success);
  }
  .status--in-progress {
    --_status-color: var(--_primary);
  }
  .status--missing {
    --_status-color: var(--_warning);
  }
  .status--unknown {
    --_status-color: var(--_muted);
  }
  .total {
    margin: 0;
  }
  .bar {
    position: relative;
    display: flex;
    width: 100%;
    height: var(--_bar-height);
    margin-bottom: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .bar--small {
    height: 0.875rem;
    min-width: 6rem;
    margin: 0;
  }
  .seg {
    display: block;
    height: 100%;
  }
  .seg--established,
  .key--established {
    background: var(--_success);
  }
  .seg--in-progress,
  .key--in-progress {
    background: repeating-linear-gradient(135deg, var(--_primary) 0 3px, var(--_bg) 3px 6px);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .need-mark {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 3px;
    margin-left: -3px;
    background: var(--_text);
  }
  .legend {
    display: none;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .key {
    display: inline-block;
    width: 1rem;
    height: 0.75rem;
    margin-right: -0.5rem;
    border: 1px solid var(--_border);
  }
  .key--need {
    width: 3px;
    height: 1rem;
    border: 0;
    background: var(--_text);
  }
  .scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    width: 100%;
  }
  .caption {
    font-weight: 700;
  }
  th,
  td {
    vertical-align: middle;
  }
  thead th {
    text-align: start;
    border-bottom-width: 2px;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
  tr.current > * {
    background: var(--_surface);
  }
  .cell,
  .point {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    font-variant-numeric: tabular-nums;
  }
  .cell:hover,
  .point:hover {
    border-color: var(--_primary);
  }
  .point {
    text-align: start;
  }
  .point[aria-current] {
    font-weight: 700;
  }
  .shown-note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bar-column {
    display: none;
  }
  .obstacles ul {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .obstacles .muted {
    margin-left: 0.25rem;
  }
  .notes {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notes p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  @container sip-status (min-width: 22rem) {
    .statuses {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container sip-status (min-width: 40rem) {
    .bar-column {
      display: table-cell;
    }
    .legend {
      display: flex;
    }
  }
  @container sip-status (min-width: 52rem) {
    .statuses {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .seg,
    .key,
    .need-mark {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .seg--established,
    .key--established {
      background: CanvasText;
    }
    .seg--in-progress,
    .key--in-progress {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .seg--in-progress {
      border-left: 2px solid Canvas;
    }
    .need-mark,
    .key--need {
      background: Highlight;
    }
    .status .shape {
      color: CanvasText;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    .cell,
    .point {
      color: inherit;
      text-decoration: none;
    }
  }
`;

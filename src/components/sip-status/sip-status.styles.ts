import { css } from 'lit';

/*
 * Notes on the rules below, kept out of the stylesheet a page downloads:
 * - The layout follows the element's own width (container `sip-status`): a
 *   280px sidebar and a wide page use the same markup.
 * - `.knockout`: the lines drawn across a filled shape (a tick, an
 *   exclamation mark) take the background's colour.
 * - `.link`: a text that can be activated looks like a link but is a button
 *   (it emits an event, it does not navigate).
 * - Bars: drawn up is solid, being drawn up is hatched, the need is a marked line.
 * - `.caption` is outside the scrolling region, so that it wraps to the
 *   element's width and not the table's.
 * - `.principal--*`: the principal is named in text; the edge pattern only
 *   helps scanning.
 */
export const styles = css`
  :host {
    container: sip-status / inline-size;
    --_bar-height: var(--samsyn-sip-bar-height, 1.25rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }
  .base > h2,
  .base > h3,
  .base > h4,
  .base > h5,
  .base > h6 {
    margin: 0;
  }
  p {
    margin: 0 0 var(--_space);
  }
  p:last-child {
    margin-bottom: 0;
  }
  ul,
  ol {
    margin: 0;
    padding-left: 1.25rem;
  }
  .muted {
    color: var(--_muted);
  }
  .point-label,
  .plan-id {
    margin: 0;
  }
  .shape {
    flex: none;
    vertical-align: -0.15em;
  }
  .knockout {
    stroke: var(--_bg);
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    text-decoration-thickness: 3px;
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
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  .caption {
    font-weight: 700;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  thead th {
    text-align: start;
    vertical-align: bottom;
    border-bottom-width: 2px;
  }
  td {
    text-align: end;
  }
  td.bar-column {
    vertical-align: middle;
  }
  tbody th,
  tfoot th {
    text-align: start;
    font-weight: 400;
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

  .overdue {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_warning);
    border-left-width: 8px;
    background: var(--_bg);
  }
  .overdue .shape,
  .badge .shape {
    color: var(--_warning);
  }

  .steps {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    counter-reset: step;
  }
  .step button {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    width: 100%;
    height: 100%;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
  }
  .step button:hover {
    border-color: var(--_border);
  }
  .step .shape {
    margin-top: 0.1em;
  }
  .step-text {
    display: flex;
    flex-direction: column;
  }
  .step-state {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .step--done .shape {
    color: var(--_success);
  }
  .step--current button {
    border: 2px solid var(--_primary);
    background: var(--_surface);
  }
  .step--current .shape {
    color: var(--_primary);
  }
  .step--current .step-name {
    font-weight: 700;
  }
  .step--current .step-state {
    color: var(--_text);
    font-weight: 700;
  }
  .step--upcoming .shape {
    color: var(--_muted);
  }

  .facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .fact {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .follow-up--overdue,
  .consent--withdrawn {
    border: 2px solid var(--_warning);
    border-left-width: 8px;
  }
  .badge {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 700;
  }
  .badge--overdue {
    padding: 0 0.375rem;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .badge--on-time {
    color: var(--_success);
  }

  .interventions {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .intervention {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_border);
    border-radius: var(--_radius);
  }
  .principal--kommun {
    border-left-style: solid;
  }
  .principal--region {
    border-left-style: double;
  }
  .principal--other {
    border-left-style: dashed;
  }
  dl {
    margin: calc(var(--_space) / 2) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  dl div {
    display: flex;
    gap: 0.25rem;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .principal-tag {
    font-weight: 700;
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
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .interventions {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .steps {
      flex-direction: row;
    }
    .steps li {
      flex: 1 1 0;
      min-width: 0;
    }
    .step button {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  @container sip-status (min-width: 52rem) {
    .statuses {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .seg--established {
      background: CanvasText;
    }
    .seg--in-progress {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    .need-mark {
      background: Highlight;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    .cell,
    .point,
    .link {
      color: inherit;
      text-decoration: none;
    }
  }
`;

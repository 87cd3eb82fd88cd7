import { css } from 'lit';

/**
 * Styles of `samsyn-chart` and of the tables the report shares with it.
 * (Notes live here, not in the CSS, where they would ship to every page.)
 *
 * - The legend's swatches draw the same fills as the canvas (chart-render.ts): the series colour plus a
 *   pattern of white marks. In forced colours the canvas is drawn in system colours (text colour, marks in
 *   the background colour), and so are the swatches, which the browser would otherwise empty.
 * - `.table-wrap` is a scroll region of its own (focusable and named by its table's caption) and is
 *   positioned: the visually hidden words of a hidden count are absolutely positioned, and would
 *   otherwise be placed against the page, past the region's edge, and widen a narrow page.
 * - A canvas not drawn yet (far down the page) keeps its default 300 px width: it is held to the
 *   plot's width so that it does not widen a narrow page.
 * - The buttons are the shared ones (`shared/forms/button.styles.ts`), smaller than a report's own and
 *   outlined (`.secondary`) until the table is open.
 * - In print, paper does not scroll: tables fit the page width and their cells wrap. A chart prints as
 *   the still image it put in place of its canvas; one that was never drawn prints its table instead,
 *   so no figure is lost on paper.
 */

export const styles = css`
  :host {
    --_chart-height: var(--samsyn-chart-height, 20rem);
  }
  figure {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .subtitle {
    margin: calc(var(--_space) / 2) 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .plot {
    position: relative;
    width: 100%;
    height: var(--_chart-height);
    min-height: 10rem;
  }
  .plot.horizontal {
    height: calc(var(--_rows, 4) * 1.45em + 5.5em);
  }
  .plot canvas {
    display: block;
    max-width: 100%;
  }
  .plot .print-image {
    display: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .swatch {
    flex: none;
    width: 2em;
    height: 1.1em;
    border: 1px solid var(--_muted);
    print-color-adjust: exact;
    --_mark: rgba(255, 255, 255, 0.85);
  }
  .fill-0 {
    background-color: var(--samsyn-chart-color-1, #1d5aa8);
  }
  .fill-1 {
    background: repeating-linear-gradient(-45deg, var(--_mark) 0 1.5px, transparent 1.5px 5.5px) var(--samsyn-chart-color-2, #b34700);
  }
  .fill-2 {
    background: radial-gradient(circle, var(--_mark) 1.7px, transparent 2px) 0 0 / 8px 8px var(--samsyn-chart-color-3, #00697a);
  }
  .fill-3 {
    background:
      repeating-linear-gradient(-45deg, var(--_mark) 0 1.5px, transparent 1.5px 5.5px),
      repeating-linear-gradient(45deg, var(--_mark) 0 1.5px, transparent 1.5px 5.5px) var(--samsyn-chart-color-4, #6a3d9a);
  }
  .fill-4 {
    background: repeating-linear-gradient(0deg, var(--_mark) 0 1.5px, transparent 1.5px 8px) var(--samsyn-chart-color-5, #a3195b);
  }
  .fill-5 {
    background: repeating-linear-gradient(90deg, var(--_mark) 0 1.5px, transparent 1.5px 8px) var(--samsyn-chart-color-6, #2e7d32);
  }
  .actions {
    margin-top: var(--_space);
  }
  button {
    font-size: 0.9375em;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }
  button:hover {
    background: var(--_surface);
  }
  button[aria-expanded='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .empty {
    margin: var(--_space) 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: CanvasText;
      --_mark: Canvas;
    }
    button[aria-expanded='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    figure {
      break-inside: avoid;
    }
    .title,
    .subtitle {
      break-after: avoid;
    }
    .plot,
    .plot.horizontal {
      height: auto;
      min-height: 0;
    }
    .plot.has-image canvas {
      display: none !important;
    }
    /* A tall chart (many options by age band) is scaled to leave room for its title on the page: no chart is split across pages. */
    .plot.has-image .print-image {
      display: block;
      width: auto;
      max-width: 100%;
      height: auto;
      max-height: 200mm;
    }
    .plot:not(.has-image) {
      display: none;
    }
    figure:has(.plot:not(.has-image)) .table-wrap {
      display: block !important;
    }
  }
`;

import { css } from 'lit';

/**
 * In print, a heading stays on the page of the chart or table that follows it.
 *
 * The charts have no `content-visibility: auto`: Chromium leaves a skipped chart out of the accessibility
 * tree (its heading, text alternative and buttons), so a screen reader would find only those near the
 * screen. A chart draws its canvas only when it comes near the screen anyway, which is most of its cost:
 * without content-visibility the first screen of charts of a 100,000-record report was not measurably slower (bench/render.mjs).
 */
export const styles = css`
  article {
    max-width: var(--samsyn-report-max-width, 60rem);
  }
  .title {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h2.title {
    font-size: 1.75em;
  }
  section > .title {
    font-size: 1.375em;
    margin-top: calc(var(--_space) * 5);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  .lead {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .key-figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .key-figures div {
    display: flex;
    flex-direction: column-reverse;
  }
  .key-figures dt {
    color: var(--_muted);
  }
  .key-figures dd {
    margin: 0;
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .rejected {
    border-left: 4px solid var(--_warning);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .rejected p,
  .rejected ul {
    margin: 0;
  }
  .actions {
    margin: calc(var(--_space) * 2) 0;
  }
  [role='status'] {
    color: var(--_muted);
  }
  samsyn-chart {
    margin-top: calc(var(--_space) * 3);
  }
  .figure-block {
    margin: calc(var(--_space) * 3) 0;
  }
  tbody th[scope='rowgroup'] {
    font-weight: 600;
    padding-top: calc(var(--_space) * 1.5);
  }
  @media print {
    article {
      max-width: none;
    }
    .title,
    .lead {
      break-after: avoid;
    }
    section > .title {
      border-top: none;
      margin-top: calc(var(--_space) * 3);
    }
    samsyn-chart,
    .figure-block {
      break-inside: avoid;
    }
    .rejected {
      background: none;
    }
  }
`;

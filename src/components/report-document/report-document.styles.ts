import { css } from 'lit';

/** A document that reads on screen and prints as one: each part starts on a new page, nothing is split across pages. */
export const styles = css`
  article {
    max-width: var(--samsyn-document-max-width, 60rem);
  }
  .cover {
    padding: calc(var(--_space) * 4) 0 calc(var(--_space) * 3);
    border-bottom: 4px solid var(--_primary);
  }
  .kommun {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
    font-weight: 600;
    color: var(--_muted);
  }
  .doc-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 2em;
    line-height: 1.2;
  }
  .cover-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .cover-facts div {
    display: contents;
  }
  .cover-facts dt {
    color: var(--_muted);
  }
  .cover-facts dd {
    margin: 0;
  }
  .part-title {
    font-size: 1.5em;
    line-height: 1.25;
    margin: calc(var(--_space) * 5) 0 var(--_space);
  }
  .sub-title {
    font-size: 1.25em;
    margin: calc(var(--_space) * 3) 0 var(--_space);
  }
  .question {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
  }
  .part:focus {
    outline: none;
  }
  .part:focus-visible {
    outline: 2px solid var(--_focus, var(--_primary));
    outline-offset: 4px;
  }
  .contents ol {
    padding-left: 1.5em;
    line-height: 1.8;
  }
  .contents a {
    color: var(--_primary);
  }
  .pre {
    white-space: pre-line;
  }
  .muted,
  .note {
    color: var(--_muted);
  }
  .note {
    font-size: 0.9375em;
  }
  .statement {
    border-left: 4px solid var(--_primary);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .actions {
    align-items: center;
    margin: calc(var(--_space) * 2) 0;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus, var(--_primary));
    outline-offset: 2px;
  }
  @media print {
    article {
      max-width: none;
    }
    .cover {
      break-after: page;
      border: none;
      padding-top: 30vh;
    }
    .contents {
      break-after: page;
    }
    .part {
      break-before: page;
    }
    .part-title,
    .sub-title,
    .question {
      break-after: avoid;
    }
    .figure-block,
    .statement,
    tr {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

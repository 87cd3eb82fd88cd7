import { css } from 'lit';

/*
 * Notes, kept out of the stylesheet a page downloads:
 * - The views' table scrolls sideways in a region of its own (focusable, named by its caption) when a
 *   narrow screen cannot hold it, instead of widening the page. The region is positioned so that the
 *   visually hidden texts inside it (absolutely positioned) stay in it too.
 */
export const styles = css`
  .title {
    margin: 0 0 calc(var(--_space) * 2);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd ul,
  td ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .organisation {
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .table-wrap {
    position: relative;
    overflow-x: auto;
    margin: 0 0 calc(var(--_space) * 2);
  }
  tbody th {
    white-space: pre-line;
  }
  .actions {
    white-space: nowrap;
  }
  fieldset.area {
    margin-top: var(--_space);
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0 0 var(--_space);
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    flex: none;
    margin: 0.125rem 0 0;
  }
  @media (max-width: 40rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
  }
`;

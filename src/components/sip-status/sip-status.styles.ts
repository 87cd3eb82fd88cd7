import { css } from 'lit';

/*
 * Notes on the rules below, kept out of the stylesheet a page downloads:
 * - These are the rules of both modes; each mode's own rules load with it
 *   (`sip-overview.styles.ts`, `sip-plan.styles.ts`).
 * - The layout follows the element's own width (container `sip-status`): a
 *   280px sidebar and a wide page use the same markup.
 * - `.link`: a text that can be activated looks like a link but is a button
 *   (it emits an event, it does not navigate).
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
  .shape {
    flex: none;
    vertical-align: -0.15em;
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
  @media print {
    .link {
      color: inherit;
      text-decoration: none;
    }
  }
`;

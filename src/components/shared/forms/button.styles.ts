import { css } from 'lit';

/**
 * The buttons of the elements that show figures (the chart, the report, the
 * report document) and their row: a filled button for the main action, an
 * outlined `.secondary` one beside it, at least 44 px tall (WCAG 2.5.5). Not
 * printed: paper has no buttons. Each element sets the row's margins.
 */
export const buttonStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  button {
    font: inherit;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    min-height: 44px;
    cursor: pointer;
  }
  button.secondary {
    color: var(--_primary);
    background: var(--_bg);
  }
  button:hover {
    text-decoration: underline;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;

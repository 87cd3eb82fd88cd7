import { html } from 'lit';
import type { Localizer } from './chart-data.js';

/**
 * A figure of a table: the number formatted, or for a hidden or missing one its sign for the eye and words
 * for a screen reader. The report's tables show their figures the same way.
 */
export function figureCell(
  l: Localizer,
  value: number | null | undefined,
  suppressed: boolean | undefined,
  format: (n: number) => string,
): unknown {
  if (!suppressed && value !== null && value !== undefined) return format(value);
  const [sign, words] = suppressed ? (['suppressedSign', 'chartSuppressedHidden'] as const) : (['missingSign', 'chartMissingHidden'] as const);
  return html`<span aria-hidden="true">${l.term(sign)}</span><span class="visually-hidden">${l.term(words)}</span>`;
}

import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';

/**
 * A figure of a table: the number formatted, or for a hidden or missing one its sign for the eye and words
 * for a screen reader. The chart, the report and the SIP overview show their figures this way.
 */
export function figureCell(
  l: Pick<LocalizeController, 'term'>,
  value: number | null | undefined,
  suppressed: boolean | undefined,
  format: (n: number) => string,
): unknown {
  if (!suppressed && value !== null && value !== undefined) return format(value);
  const [sign, words] = suppressed ? (['suppressedSign', 'suppressedWords'] as const) : (['missingSign', 'missingWords'] as const);
  return html`<span aria-hidden="true">${l.term(sign)}</span><span class="visually-hidden">${l.term(words)}</span>`;
}

/** A table's column headings, one `<th scope="col">` each. */
export function columnHeads(labels: readonly unknown[]): TemplateResult[] {
  return labels.map((label) => html`<th scope="col">${label}</th>`);
}

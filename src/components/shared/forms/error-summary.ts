import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { heading } from '../heading.js';

/** One problem in the summary; its link leads to the field the problem is in. */
export interface ErrorSummaryEntry {
  message: string;
  /** The id of the field the entry links to (`#id`); without it the entry is plain text. */
  target?: string;
  /** What following the link does; by default it focuses the element with id `target` in `root`. */
  follow?: (event: Event) => void;
}

export interface ErrorSummaryOptions {
  /** "Det finns problem" / "There is a problem". */
  title: string;
  entries: readonly ErrorSummaryEntry[];
  /** Where `target` ids are looked up (the element's shadow root). */
  root: ParentNode;
  /**
   * The number of the failed attempt (to save, go on or submit) whose
   * problems these are, while it should be announced; `undefined` once an
   * edit or a move has followed, so that corrections are not read out again.
   */
  attempt: number | undefined;
  /** The level of the summary's title as a heading (default 3). */
  level?: number;
}

/**
 * The one error summary of every Samsyn form, after GOV.UK Frontend: a
 * focusable container (`#error-summary`, `::part(error-summary)`) that the
 * form focuses after a failed attempt, holding an alert keyed by the
 * attempt's number, so that each failed attempt is announced once, and
 * focus and announcement do not race. Each entry links to its field.
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (!o.entries.length) return nothing;
  const focus = (id: string) => (event: Event) => {
    event.preventDefault();
    o.root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  };
  const content = html`${heading(o.level ?? 3, o.title, { class: 'error-summary-title' })}
    <ul class="error-summary-list">
      ${o.entries.map(
        (e) => html`<li>${e.target ? html`<a href="#${e.target}" @click=${e.follow ?? focus(e.target)}>${e.message}</a>` : e.message}</li>`,
      )}
    </ul>`;
  // `repeat` over one key does what `keyed` would (a new alert for each attempt) and is in the bundle already.
  return html`<div class="error-summary" id="error-summary" tabindex="-1" part="error-summary">
    ${repeat(
      [o.attempt ?? -1],
      (key) => key,
      () => html`<div role=${o.attempt === undefined ? nothing : 'alert'}>${content}</div>`,
    )}
  </div>`;
}

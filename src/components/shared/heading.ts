import { html, nothing, type TemplateResult } from 'lit';

/**
 * The level an element's first heading takes from its `heading-level`:
 * rounded and brought inside 2…`upTo`, so that the page's own `<h1>` is
 * never taken and there is room for the levels the element puts below it
 * (`upTo` 6 when it puts none). What is not a number gives `fallback`.
 */
export function headingLevel(level: number, upTo = 6, fallback = 2): number {
  return Math.min(upTo, Math.max(2, Math.round(level) || fallback));
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
  /** -1 for a heading the element moves focus to (a step, a confirmation). */
  tabindex?: number;
}

/**
 * A heading of the given level, so that an element fits the outline of the
 * page around it (`heading-level`). Levels outside 2–6 are brought inside:
 * the page's own `<h1>` is never taken, and there is no `<h7>`.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.class ?? nothing;
  const tabindex = options.tabindex ?? nothing;
  switch (headingLevel(level)) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the given level, so that an element fits the outline of the
 * page around it (`heading-level`). Levels outside 2–6 are brought inside:
 * the page's own `<h1>` is never taken, and there is no `<h7>`.
 */
export function heading(level: number, content: unknown, options: { id?: string; part?: string; class?: string } = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.class ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { columnHeads } from '../shared/figure-cell.js';

export interface ReportTable {
  /** Names the caption, `${id}-caption`, which names the region. */
  id: string;
  caption: unknown;
  /** The column headings; none for a table of rows alone. */
  heads?: readonly unknown[];
  /** The table's `tbody` (and `tfoot`). */
  body: unknown;
  /** What follows the table in its region: its notes. */
  notes?: unknown;
  /** Inside a block of its own (a trend's chart and table) rather than one itself. */
  inBlock?: boolean;
}

/** A table of the report in a scroll region of its own, named by its caption. */
export function reportTable({ id, caption, heads, body, notes, inBlock }: ReportTable): TemplateResult {
  return html`<div class=${inBlock ? 'table-wrap' : 'table-wrap figure-block'} role="region" tabindex="0" aria-labelledby="${id}-caption">
    <table part="table">
      <caption id="${id}-caption">${caption}</caption>
      ${heads ? html`<thead><tr>${columnHeads(heads)}</tr></thead>` : nothing}
      ${body}
    </table>
    ${notes ?? nothing}
  </div>`;
}

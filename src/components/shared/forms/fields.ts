import { html, nothing, type TemplateResult } from 'lit';

/*
 * Form fields of the editors (plan, participation; loaded only in edit
 * mode), after GOV.UK's patterns: a label, an optional hint and the error
 * above the control, the control pointing at both with aria-describedby.
 * The error summary that links to each field is in `error-summary.ts`.
 */

export interface FieldOptions {
  /** The control's id. */
  id: string;
  label: string;
  /** "valfri" / "optional", shown after the label. */
  optional?: string;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers ("Fel:"). */
  errorPrefix: string;
  control: (describedBy: string | typeof nothing, invalid: 'true' | 'false') => TemplateResult;
}

export function field(o: FieldOptions): TemplateResult {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}${o.optional ? html` <span class="optional">(${o.optional})</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.error
      ? html`<p class="error-message" id="${o.id}-error"><span class="visually-hidden">${o.errorPrefix} </span>${o.error}</p>`
      : nothing}
    ${o.control(ids || nothing, o.error ? 'true' : 'false')}
  </div>`;
}

export interface InlineTextOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  /** The id of a datalist of suggestions. */
  list?: string;
  /** The `lang` of the text, where the page speaks another language. */
  lang?: string | typeof nothing;
  /** Takes the changed text in. */
  change: (event: Event) => void;
}

/** A text edited in place rather than in the dialog (a plan's title, an organisation's name): a change takes it in. */
export function inlineText(o: InlineTextOptions): TemplateResult {
  return field({
    ...o,
    control: (describedBy, invalid) =>
      html`<input
        id=${o.id}
        .value=${o.value}
        list=${o.list ?? nothing}
        lang=${o.lang ?? nothing}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
        @change=${o.change}
      />`,
  });
}

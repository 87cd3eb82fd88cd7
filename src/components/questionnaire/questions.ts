import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../i18n/localize.js';
import {
  DONT_KNOW,
  type DateQuestion,
  type ManyQuestion,
  type NumberQuestion,
  type OneQuestion,
  type Option,
  type Question,
  type ScaleQuestion,
  type TextQuestion,
} from '../../schema/questionnaire.js';
import type { AnswerValue, Answers } from '../../schema/record.js';
import { pick } from '../../schema/locale.js';

/** What the question templates need from the element that renders them. */
export interface QuestionView {
  localize: LocalizeController;
  answers: Answers;
  /** What was typed into number fields, kept as typed (a decimal comma, a half-typed number). */
  typed: ReadonlyMap<string, string>;
  /** The message shown at each question that failed validation. */
  errors: ReadonlyMap<string, string>;
  disabled: boolean;
  answer(question: Question, value: AnswerValue | undefined, typed?: string): void;
}

/** The id of a question's first control: what the error summary and "Ändra" link to. */
export function firstControlId(question: Question): string {
  return question.kind === 'one' || question.kind === 'many' || question.kind === 'scale'
    ? `q-${question.id}-0`
    : `q-${question.id}-input`;
}

/** The control a question's error leads to: its chosen option, else its first field. */
export function controlOf(root: ParentNode, questionId: string): HTMLElement | null {
  const container = root.querySelector(`[data-question="${questionId}"]`);
  return container?.querySelector<HTMLElement>('input:checked') ?? container?.querySelector<HTMLElement>('input, textarea') ?? null;
}

/**
 * GOV.UK's error summary behaviour: bring the question's legend or label
 * into view first, then focus the control without scrolling again, so
 * the question is read with its field and not cut off above it.
 */
export function focusQuestion(root: ParentNode, questionId: string): void {
  const control = controlOf(root, questionId);
  if (!control) return;
  const container = root.querySelector(`[data-question="${questionId}"]`)!;
  const title = container.querySelector('legend, label');
  title?.scrollIntoView?.({ block: 'start' });
  control.focus({ preventScroll: true });
}

export function renderQuestion(question: Question, view: QuestionView): TemplateResult {
  switch (question.kind) {
    case 'one':
    case 'many':
    case 'scale':
      return renderChoices(question, view);
    case 'number':
    case 'text':
    case 'date':
      return renderField(question, view);
  }
}

function questionLabel(question: Question, view: QuestionView) {
  const label = pick(question.label, view.localize.locale);
  return question.required
    ? label
    : html`${label} <span class="optional">${view.localize.term('optionalMark')}</span>`;
}

function errorMessage(id: string, message: string | undefined, view: QuestionView) {
  return message
    ? html`<p class="error-message" id="q-${id}-error">
        <span class="visually-hidden">${view.localize.term('errorPrefix')}</span> ${message}
      </p>`
    : nothing;
}

function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/**
 * A group of radios or checkboxes: a fieldset with the question as its
 * legend, the hint and the error tied to it, native inputs that share a
 * name (so arrow keys move within the group). Option groups (`housing`)
 * are nested fieldsets, so their headings are announced with the options.
 */
function renderChoices(question: OneQuestion | ManyQuestion | ScaleQuestion, view: QuestionView): TemplateResult {
  const { locale } = view.localize;
  const id = question.id;
  const error = view.errors.get(id);
  const value = view.answers[id];
  const type = question.kind === 'many' ? 'checkbox' : 'radio';
  let index = 0;

  const item = (code: string | number, label: unknown, checked: boolean, onChange: (event: Event) => void, extra = '') => {
    const inputId = `q-${id}-${index++}`;
    return html`<div class="option ${extra}">
      <input
        class="control"
        type=${type}
        id=${inputId}
        name="q-${id}"
        value=${String(code)}
        .checked=${live(checked)}
        ?disabled=${view.disabled}
        aria-invalid=${error ? 'true' : nothing}
        @change=${onChange}
      />
      <label for=${inputId}>${label}</label>
    </div>`;
  };

  let body: unknown;
  if (question.kind === 'scale') {
    const points = question.points ?? 5;
    const low = pick(question.anchors.low, locale);
    const high = pick(question.anchors.high, locale);
    const numbers = Array.from({ length: points }, (_, i) => i + 1);
    body = html`<div class="scale">
        ${numbers.map((n) => {
          const anchor = n === 1 ? low : n === points ? high : undefined;
          // Points are 1 to 10, written alike in every language (see renderStepList).
          const label = anchor
            ? html`<span class="point">${n}</span> <span class="anchor">${anchor}</span>`
            : html`<span class="point">${n}</span>`;
          return item(n, label, value === n, () => view.answer(question, n), 'scale-point');
        })}
      </div>
      ${question.dontKnow
        ? item(DONT_KNOW, view.localize.term('dontKnow'), value === DONT_KNOW, () => view.answer(question, DONT_KNOW), 'dont-know')
        : nothing}`;
  } else if (question.kind === 'many') {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (option: Option) => (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.code));
      // GOV.UK's "none of these": an exclusive option clears the others, any other option clears it.
      const next = checked
        ? exclusive.has(option.code)
          ? [option.code]
          : [...chosen.filter((c) => !exclusive.has(c)), option.code]
        : chosen.filter((c) => c !== option.code);
      const ordered = question.options.map((o) => o.code).filter((c) => next.includes(c));
      view.answer(question, ordered.length ? ordered : undefined);
    };
    body = html`<div class="options">
      ${question.options.map((o) =>
        item(o.code, pick(o.label, locale), chosen.includes(o.code), toggle(o), o.exclusive ? 'exclusive' : ''),
      )}
    </div>`;
  } else {
    const radio = (o: Option) => item(o.code, pick(o.label, locale), value === o.code, () => view.answer(question, o.code));
    body = question.groups
      ? question.groups.map(
          (group) => html`<fieldset class="option-group">
            <legend class="group-legend">${pick(group.label, locale)}</legend>
            <div class="options">${group.options.map(radio)}</div>
          </fieldset>`,
        )
      : html`<div class="options">${(question.options ?? []).map(radio)}</div>`;
  }

  return html`<div class="question ${error ? 'has-error' : ''}" part="question" data-question=${id}>
    <fieldset class="fieldset" aria-describedby=${describedBy(question.help && `q-${id}-hint`, error && `q-${id}-error`)}>
      <legend class="legend">${questionLabel(question, view)}</legend>
      ${question.help ? html`<div class="hint" id="q-${id}-hint">${pick(question.help, locale)}</div>` : nothing}
      ${errorMessage(id, error, view)} ${body}
    </fieldset>
  </div>`;
}

/**
 * What a typed number means: a number when it reads as one (decimal comma
 * or point, spaces ignored), otherwise the text itself, so that nothing
 * typed is lost and the schema says what is wrong with it.
 */
export function readNumber(raw: string): AnswerValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const normal = text.replace(/\s/g, '').replace(',', '.').replace(/^[−–]/, '-');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : raw;
}

function fieldHint(question: NumberQuestion | TextQuestion | DateQuestion, view: QuestionView): string | undefined {
  const n = (x: number) => view.localize.number(x);
  if (question.kind === 'number') {
    if (question.min !== undefined && question.max !== undefined) return view.localize.term('numberRange', n(question.min), n(question.max));
    if (question.min !== undefined) return view.localize.term('numberMin', n(question.min));
    if (question.max !== undefined) return view.localize.term('numberMax', n(question.max));
  }
  if (question.kind === 'text') return view.localize.term('textLimit', n(question.maxLength));
  return undefined;
}

/** A labelled text, number or date field; the unit and the limits are described to it. */
function renderField(question: NumberQuestion | TextQuestion | DateQuestion, view: QuestionView): TemplateResult {
  const { locale } = view.localize;
  const id = question.id;
  const inputId = `q-${id}-input`;
  const error = view.errors.get(id);
  const value = view.answers[id];
  const help = question.help ? pick(question.help, locale) : undefined;
  const limits = fieldHint(question, view);
  const unit = question.kind === 'number' && question.unit ? pick(question.unit, locale) : undefined;
  const ariaDescribedBy = describedBy((help || limits) && `q-${id}-hint`, unit && `q-${id}-unit`, error && `q-${id}-error`);
  const invalid = error ? 'true' : nothing;

  // A number field shows what was typed ("2,") while it is typed; a number given is written as the person
  // would write it: decimal comma in Swedish, no grouping (it is read back as typed).
  const shown =
    view.typed.get(id) ??
    (typeof value === 'number' ? view.localize.number(value, { useGrouping: false, maximumFractionDigits: 20 }) : typeof value === 'string' ? value : '');
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    if (question.kind === 'number') view.answer(question, readNumber(raw), raw);
    else view.answer(question, raw || undefined);
  };
  // One field of three kinds; only a number field has an input mode, only a date field its bounds.
  const number = question.kind === 'number' ? question : undefined;
  const date = question.kind === 'date' ? question : undefined;
  const control =
    question.kind === 'text' && question.multiline
      ? html`<textarea
          class="input input-text"
          id=${inputId}
          rows="4"
          autocomplete="off"
          .value=${live(shown)}
          ?disabled=${view.disabled}
          aria-describedby=${ariaDescribedBy}
          aria-invalid=${invalid}
          @input=${onInput}
        ></textarea>`
      : html`<input
          class="input input-${question.kind}"
          id=${inputId}
          type=${date ? 'date' : 'text'}
          inputmode=${number ? (number.integer ? 'numeric' : 'decimal') : nothing}
          min=${date?.min ?? nothing}
          max=${date?.max ?? nothing}
          autocomplete=${date ? nothing : 'off'}
          spellcheck=${number ? 'false' : nothing}
          .value=${live(shown)}
          ?disabled=${view.disabled}
          aria-describedby=${ariaDescribedBy}
          aria-invalid=${invalid}
          @input=${onInput}
        />`;

  return html`<div class="question ${error ? 'has-error' : ''}" part="question" data-question=${id}>
    <label class="label" for=${inputId}>${questionLabel(question, view)}</label>
    ${help || limits
      ? html`<div class="hint" id="q-${id}-hint">${help}${help && limits ? ' ' : ''}${limits}</div>`
      : nothing}
    ${errorMessage(id, error, view)}
    <div class="field-row">${control}${unit ? html`<span class="unit" id="q-${id}-unit">${unit}</span>` : nothing}</div>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { DONT_KNOW, optionsOf, type Question, type Section } from '../../schema/questionnaire.js';
import type { AnswerValue } from '../../schema/record.js';
import { pick } from '../../schema/locale.js';
import { firstControlId } from './questions.js';
import { isAnswered } from './record-check.js';
import { heading } from '../shared/heading.js';

/** An answer as the person reads it: option labels, a formatted number with its unit, a long date. */
export function answerLines(question: Question, value: AnswerValue | undefined, localize: LocalizeController): string[] {
  if (!isAnswered(value)) return [];
  const { locale } = localize;
  const labelOf = (code: string) => {
    const option = optionsOf(question).find((o) => o.code === code);
    return option ? pick(option.label, locale) : code;
  };
  switch (question.kind) {
    case 'one':
      return [labelOf(String(value))];
    case 'many':
      return (Array.isArray(value) ? value : [String(value)]).map(labelOf);
    case 'number': {
      if (typeof value !== 'number') return [String(value)];
      const unit = question.unit ? ` ${pick(question.unit, locale)}` : '';
      return [`${localize.number(value)}${unit}`];
    }
    case 'date':
      return [typeof value === 'string' ? localize.date(value) : String(value)];
    case 'scale': {
      if (value === DONT_KNOW) return [localize.term('dontKnow')];
      const points = question.points ?? 5;
      const anchor = value === 1 ? question.anchors.low : value === points ? question.anchors.high : undefined;
      const shown = typeof value === 'number' ? localize.number(value) : String(value);
      return [anchor ? `${shown} (${pick(anchor, locale)})` : shown];
    }
    case 'text':
      return [String(value)];
  }
}

export interface SummaryOptions {
  /** Heading level of each section's title. */
  level: number;
  /** Given on the check-answers step: each answer gets an "Ändra" link that calls it. */
  onChange?: (question: Question, event: Event) => void;
}

/**
 * Every answer grouped by section (GOV.UK's summary list): the question,
 * the answer, and on the check-answers step an "Ändra" link whose
 * accessible name says which answer it changes.
 */
export function renderSummary(
  groups: Array<{ section: Section; questions: Question[] }>,
  answers: Record<string, AnswerValue | undefined>,
  localize: LocalizeController,
  options: SummaryOptions,
): TemplateResult {
  const { locale } = localize;
  return html`${groups.map(({ section, questions }) => {
    const title = pick(section.title, locale);
    return html`<div class="summary-section">
      ${heading(options.level, title, { class: 'summary-heading' })}
      <dl class="summary" part="summary">
        ${questions.map((q) => {
          const label = pick(q.label, locale);
          const lines = answerLines(q, answers[q.id], localize);
          return html`<div class="summary-row">
            <dt class="summary-key">${label}</dt>
            <dd class="summary-value">
              ${lines.length === 0
                ? html`<span class="not-answered">${localize.term('notAnswered')}</span>`
                : lines.length === 1
                  ? lines[0]
                  : html`<ul class="plain-list">
                      ${lines.map((line) => html`<li>${line}</li>`)}
                    </ul>`}
            </dd>
            ${options.onChange
              ? html`<dd class="summary-action">
                  <a href="#${firstControlId(q)}" @click=${(e: Event) => options.onChange!(q, e)}
                    >${localize.term('change')}<span class="visually-hidden"> ${localize.term('changeWhat', label)}</span></a
                  >
                </dd>`
              : nothing}
          </div>`;
        })}
      </dl>
    </div>`;
  })}`;
}

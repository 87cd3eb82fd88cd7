import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { questionsOf, type Definition, type Question, type Section } from '../../schema/questionnaire.js';
import type { AnswerValue, Answers } from '../../schema/record.js';
import { pick } from '../../schema/locale.js';
import type { ErrorSummaryEntry } from '../shared/forms/error-summary.js';
import { heading } from '../shared/heading.js';
import { firstControlId, renderQuestion, type QuestionView } from './questions.js';
import { isAnswered, REVIEW } from './record-check.js';
import { renderSummary } from './review.js';

/**
 * Where the browser points `reportValidity()` when the problem is on another
 * step. Nothing else ever focuses it, so focus arriving there means a
 * report, not a mere check.
 */
const validityAnchor = html`<div class="validity-anchor" id="validity-anchor" tabindex="-1"></div>`;

/**
 * What the questionnaire's steps show of the element: its state as it is,
 * and what each control does. The element keeps the state and moves
 * between steps; these templates only show it.
 */
export interface StepsView {
  readonly localize: LocalizeController;
  readonly definition: Definition;
  readonly answers: Answers;
  /** Number fields as typed. */
  readonly typed: ReadonlyMap<string, string>;
  readonly inactive: boolean;
  /** Question ids of the last failed attempt to go on or to submit. */
  readonly errorIds: readonly string[];
  /** Problems of the last failed attempt that belong to no question. */
  readonly errorOthers: readonly string[];
  /** Whether Next leads back to the review ("Ändra"). */
  readonly returnToReview: boolean;
  /** Why no respondent could be chosen, after a failed attempt. */
  readonly roleError: string | undefined;
  /** The title's level. */
  level: () => number;
  /** The sections shown, then the review. */
  steps: () => string[];
  currentStep: () => string;
  /** Every question's message under the schema, now. */
  messages: () => Map<string, string>;
  rejectedIssues: () => string[];
  shownQuestions: (section: Section) => Question[];
  /** The sections shown. */
  sections: () => Section[];
  errorSummary: (entries: ErrorSummaryEntry[]) => unknown;
  /** Focuses a question's control on the current step. */
  focusQuestion: (questionId: string) => void;
  answer: (question: Question, value: AnswerValue | undefined, typed?: string) => void;
  /** Moves to a step; focuses its heading, or `question` with its errors kept. */
  goTo: (step: string, question?: Question) => void;
  next: (event: Event) => Promise<void>;
  back: () => void;
  submit: (event: Event) => Promise<void>;
  /** "Ändra" was followed: Next leads back to the review. */
  changeAnswer: () => void;
  startNew: () => void;
  chooseRole: (event: Event) => Promise<void>;
  dismissRejected: () => void;
}

/** The errors of the last failed attempt that still hold, with today's messages in today's language. */
function shownErrors(v: StepsView): Map<string, string> {
  if (!v.errorIds.length) return new Map<string, string>();
  const messages = v.messages();
  return new Map(v.errorIds.filter((id) => messages.has(id)).map((id) => [id, messages.get(id)!]));
}

function summaryGroups(v: StepsView): Array<{ section: Section; questions: Question[] }> {
  return v
    .sections()
    .map((section) => ({ section, questions: v.shownQuestions(section) }))
    .filter((g) => g.questions.length > 0);
}

/** The section `question` is in. */
const sectionOf = (v: StepsView, question: Question) => v.definition.sections.find((s) => s.questions.includes(question));

/** An error summary entry for `question`: the link focuses its field, on another step if need be. */
function entryFor(v: StepsView, question: Question, message: string): ErrorSummaryEntry {
  const follow = (event: Event) => {
    event.preventDefault();
    const section = sectionOf(v, question);
    if (section && section.id !== v.currentStep()) v.goTo(section.id, question);
    else v.focusQuestion(question.id);
  };
  return { message, target: firstControlId(question), follow };
}

/** "Ändra" on the review: to the answer's step, from which Next leads back to the review. */
const change = (v: StepsView) => (question: Question, event: Event) => {
  event.preventDefault();
  v.changeAnswer();
  const section = sectionOf(v, question);
  if (section) v.goTo(section.id, question);
};

const focusRole = (v: StepsView) => (event: Event) => {
  event.preventDefault();
  v.focusQuestion('respondent');
};

export function renderRejected(v: StepsView): unknown {
  const issues = v.rejectedIssues();
  if (!issues.length) return nothing;
  return html`<div class="notice warning">
    <p><strong>${v.localize.term('valueIssuesTitle')}</strong></p>
    <p>${v.localize.term('valueIssuesBody')}</p>
    <ul>
      ${issues.map((message) => html`<li>${message}</li>`)}
    </ul>
    <div class="notice-actions">
      <button class="button secondary small" part="button" type="button" @click=${v.dismissRejected}>
        ${v.localize.term('dismiss')}
      </button>
    </div>
  </div>`;
}

// The steps, numbered. A step's number, as a scale's points, is a whole number under a thousand,
// written alike in every language here: it needs no Intl.NumberFormat, whose first use in a page
// costs a form's first render a third of its time.
export function renderStepList(v: StepsView): TemplateResult {
  const steps = v.steps();
  const current = v.currentStep();
  // Checked only once a step has an answer: a form with none is painted without checking the record.
  let messages: Map<string, string> | undefined;
  const { locale } = v.localize;
  return html`<nav class="step-list" part="step-list" aria-label=${v.localize.term('stepList')}>
    <ol>
      ${steps.map((id, index) => {
        const section = v.definition.sections.find((s) => s.id === id);
        const questions = section ? v.shownQuestions(section) : [];
        const done =
          section !== undefined &&
          questions.some((q) => isAnswered(v.answers[q.id])) &&
          !questions.some((q) => (messages ??= v.messages()).has(q.id));
        return html`<li>
          <button
            type="button"
            class="step-link"
            aria-current=${id === current ? 'step' : nothing}
            ?disabled=${v.inactive}
            @click=${() => void v.goTo(id)}
          >
            <span class="step-number">${index + 1}</span>
            <span class="step-name">${section ? pick(section.title, locale) : v.localize.term('reviewTitle')}</span>
            ${done
              ? html`<span class="step-done" aria-hidden="true">✓</span
                  ><span class="visually-hidden">(${v.localize.term('stepDone')})</span>`
              : nothing}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

export function renderStepHeading(v: StepsView, title: string): TemplateResult {
  const steps = v.steps();
  const index = steps.indexOf(v.currentStep());
  return heading(
    v.level() + 1,
    html`<span class="step-counter">${v.localize.term('stepOf', index + 1, steps.length)}</span>
      <span class="step-title">${title}</span>`,
    { class: 'step-heading', id: 'step-heading', tabindex: -1 },
  );
}

export function renderStep(v: StepsView): TemplateResult {
  const current = v.currentStep();
  if (current === REVIEW) return renderReview(v);
  const section = v.definition.sections.find((s) => s.id === current)!;
  const { locale } = v.localize;
  const errors = shownErrors(v);
  const questions = v.shownQuestions(section);
  const view: QuestionView = {
    localize: v.localize,
    answers: v.answers,
    typed: v.typed,
    errors,
    disabled: v.inactive,
    answer: v.answer,
  };
  const first = v.steps().indexOf(current) === 0;
  return html`<form class="step" part="step" novalidate aria-labelledby="step-heading" @submit=${v.next}>
    ${validityAnchor} ${v.errorSummary(questions.filter((q) => errors.has(q.id)).map((q) => entryFor(v, q, errors.get(q.id)!)))}
    ${renderStepHeading(v, pick(section.title, locale))}
    ${section.description ? html`<p class="section-description">${pick(section.description, locale)}</p>` : nothing}
    ${questions.map((q) => renderQuestion(q, view))}
    <div class="actions" part="actions">
      <button class="button" part="button button-primary" type="submit" ?disabled=${v.inactive}>
        ${v.returnToReview ? v.localize.term('continueToReview') : v.localize.term('next')}
      </button>
      ${first
        ? nothing
        : html`<button class="button secondary" part="button" type="button" ?disabled=${v.inactive} @click=${v.back}>
            ${v.localize.term('back')}
          </button>`}
    </div>
  </form>`;
}

export function renderReview(v: StepsView): TemplateResult {
  const errors = shownErrors(v);
  const byId = new Map(questionsOf(v.definition).map(({ question }) => [question.id, question]));
  const entries: ErrorSummaryEntry[] = [
    ...[...errors].map(([id, message]) => entryFor(v, byId.get(id)!, message)),
    ...v.errorOthers.map((message) => ({ message })),
  ];
  return html`<form class="step review" part="step" novalidate aria-labelledby="step-heading" @submit=${v.submit}>
    ${validityAnchor} ${v.errorSummary(entries)} ${renderStepHeading(v, v.localize.term('reviewTitle'))}
    <p class="section-description">${v.localize.term('reviewIntro')}</p>
    ${renderSummary(summaryGroups(v), v.answers, v.localize, {
      level: v.level() + 2,
      ...(v.inactive ? {} : { onChange: change(v) }),
    })}
    <div class="actions" part="actions">
      <button class="button" part="button button-primary" type="submit" ?disabled=${v.inactive}>
        ${v.localize.term('submit')}
      </button>
      <button class="button secondary" part="button" type="button" ?disabled=${v.inactive} @click=${v.back}>
        ${v.localize.term('back')}
      </button>
    </div>
  </form>`;
}

export function renderReadonly(v: StepsView): TemplateResult {
  return html`<div class="readonly">${renderSummary(summaryGroups(v), v.answers, v.localize, { level: v.level() + 1 })}</div>`;
}

export function renderConfirmation(v: StepsView): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
    ${heading(v.level() + 1, v.localize.term('submittedTitle'), { class: 'confirmation-title', id: 'confirmation-heading', tabindex: -1 })}
    <p>${v.localize.term('submittedBody')}</p>
    <button class="button secondary" part="button" type="button" @click=${v.startNew}>${v.localize.term('startNew')}</button>
  </div>`;
}

export function renderRoleChooser(v: StepsView): TemplateResult {
  const { locale } = v.localize;
  const error = v.roleError;
  return html`<form class="step" part="step" novalidate @submit=${v.chooseRole}>
    ${v.errorSummary(error ? [{ message: error, target: 'q-respondent-0', follow: focusRole(v) }] : [])}
    <div class="question ${error ? 'has-error' : ''}" part="question" data-question="respondent">
      <fieldset class="fieldset" aria-describedby=${error ? 'q-respondent-error' : nothing}>
        <legend class="legend legend-large">${v.localize.term('roleLegend')}</legend>
        ${error
          ? html`<p class="error-message" id="q-respondent-error">
              <span class="visually-hidden">${v.localize.term('errorPrefix')}</span> ${error}
            </p>`
          : nothing}
        <div class="options">
          ${(v.definition.roles ?? []).map(
            (role, i) => html`<div class="option">
              <input
                class="control"
                type="radio"
                id="q-respondent-${i}"
                name="respondent-role"
                value=${role.id}
                ?disabled=${v.inactive}
                aria-invalid=${error ? 'true' : nothing}
              />
              <label for="q-respondent-${i}">${pick(role.label, locale)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <div class="actions" part="actions">
      <button class="button" part="button button-primary" type="submit" ?disabled=${v.inactive}>
        ${v.localize.term('roleContinue')}
      </button>
    </div>
  </form>`;
}


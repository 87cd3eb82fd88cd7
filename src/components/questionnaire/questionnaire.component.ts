import '../shared/policy-guard.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  definitionRef,
  type Definition,
  type Question,
  type Section,
} from '../../schema/questionnaire.js';
import {
  checkDefinition,
  isQuestionShown,
  isSectionShown,
  messagesByQuestion,
  pruneAnswers,
  type AnswerValue,
  type Answers,
  type RecordParseResult,
  type SamsynRecord,
} from '../../schema/record.js';
import { isObject, pick } from '../../schema/locale.js';
import { DEFAULT_DRAFT_TTL_DAYS, DraftStorageController } from '../shared/draft-storage.js';
import { emit } from '../shared/events.js';
import { FormAssociated, type FormValidity } from '../shared/form-associated.js';
import { heading, headingLevel } from '../shared/heading.js';
import { SamsynElement } from '../shared/samsyn-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './questionnaire.styles.js';
import { focusQuestion } from './questions.js';
import {
  failedQuestions,
  keptAnswers,
  parseDraft,
  RecordChecks,
  rejectedIssues,
  REVIEW,
  roleMissing,
  validityOf,
  type Draft,
} from './record-check.js';
import { ValidityReport } from './validity-report.js';
import { renderConfirmation, renderReadonly, renderRejected, renderRoleChooser, renderStep, renderStepList, type StepsView } from './steps.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as formMessages from '../../i18n/messages/form.js';
import { errorSummary, type ErrorSummaryEntry } from '../shared/forms/error-summary.js';
import { renderDraftNotice, renderDraftStatus, type DraftNoticeActions } from './draft-notice.js';

registerMessages(formMessages);

/**
 * Renders any questionnaire definition as a form of steps: one section per
 * step, then a step that reviews every answer ("Kontrollera dina svar")
 * before it is submitted.
 *
 * Validation is the schema's (`recordSchemaFor`): on Next and on submit an
 * error summary at the top of the step takes focus and links to each field,
 * and each field shows its message. Conditional questions and sections
 * follow the definition's `when` rules; an answer whose condition no longer
 * holds is removed from the record.
 *
 * It is a form control: inside a `<form>` the record is submitted as JSON
 * under `name`, and `reportValidity()`, `reset()` and a disabled
 * `<fieldset>` cover it. With `draft-key` the answers are kept as a draft in
 * `localStorage` while they are entered, and a polite status says when the
 * draft was last saved ("Utkast sparat kl. 10:32"); it names the minute, so
 * a screen reader hears it at most once a minute, not on every keystroke.
 *
 * An error summary is announced once per failed attempt to go on or to
 * submit (a new `role="alert"`, which also takes focus); the corrections
 * after it update a plain list without being announced again.
 *
 * @summary A step-by-step form for any Samsyn questionnaire definition, with review, error summary and drafts.
 *
 * @attr name - The name the record is submitted under (as JSON) by a surrounding `<form>`.
 * @attr {boolean} disabled - Nothing can be edited, and the record is neither validated nor submitted; a disabled `<fieldset>` around it does the same.
 * @attr {number} heading-level - The level of the title as a heading, 2–4 (default 2); step headings are one level below it, review sections two.
 * @attr {boolean} readonly - Shows the answers as a summary that cannot be edited; the record is still submitted.
 *
 * @event samsyn-change - After every edit; `detail: { value, field, valid }` (the record, the question id, whether the record passes its schema).
 * @event samsyn-step - After moving to another step; `detail: { step, total, section }` (`section` is `review` on the last step).
 * @event samsyn-submit - When the reviewed record is submitted; `detail: { value }`, the validated record. The draft is removed afterwards.
 * @event samsyn-error - When the page gives a value, definition or storage that cannot be used; `detail: { reason, message, issues? }`.
 *
 * @csspart title - The questionnaire's title.
 * @csspart notice - The area for notices about drafts and about values that could not be loaded.
 * @csspart draft-status - With `draft-key`: the line that says when the draft was last saved.
 * @csspart step-list - The navigation list of steps.
 * @csspart step - The current step (a section or the review).
 * @csspart error-summary - The summary of errors at the top of a step.
 * @csspart question - Each question with its label, hint, error message and controls.
 * @csspart summary - Each section's list of answers on the review step and in read-only mode.
 * @csspart actions - The row of buttons of a step.
 * @csspart button - Every button; the main one of a step also has `button-primary`.
 * @csspart confirmation - The confirmation shown after submitting.
 * @csspart error - The message shown instead of the form when the definition or value cannot be used.
 *
 * @cssprop --samsyn-step-list-width - Width of the step list beside the form on wide layouts (default 15rem).
 */
export class SamsynQuestionnaire extends FormAssociated(SamsynElement) {
  static override styles = [tokens, styles];

  /** The questionnaire definition to render (see `samsyn/schema`: `definitionSchema`). */
  @property({ attribute: false }) definition: Definition | undefined;

  /**
   * The respondent role of a follow-up (a role id of the definition): only
   * that role's sections are asked. The attribute is `respondent-role`, as
   * `role` is ARIA's (`HTMLElement.role`), which this property no longer shadows. When the definition has roles and none is set, the
   * form first asks who is answering.
   */
  @property({ attribute: 'respondent-role' }) respondentRole: string | null = null;

  /** Keeps the answers as a draft in `localStorage` under this key (with the definition id and role). */
  @property({ attribute: 'draft-key' }) draftKey: string | null = null;

  /** Days a stored draft is kept: an older one is removed unread when the form opens. 0 keeps drafts until submit. */
  @property({ type: Number, attribute: 'draft-ttl' }) draftTtl = DEFAULT_DRAFT_TTL_DAYS;

  /**
   * The level of the title as a heading, so that the form fits the outline
   * of the page around it: 2–4, a level outside is brought inside. Each
   * step's heading is one level below it, the review's sections two.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private answers: Answers = {};
  @state() private step: string | undefined;
  /** Question ids of the last attempt to go on or to submit that failed, in order. */
  @state() private errorIds: string[] = [];
  /** Problems of that attempt that belong to no question. */
  @state() private errorOthers: string[] = [];
  /** How many attempts to go on or to submit have failed: each one's error summary is an alert of its own. */
  @state() private failures = 0;
  /** Whether the error summary is still the alert of the last failed attempt, not yet changed by an edit or a move. */
  @state() private alerting = false;
  @state() private submitted = false;
  /** A value from the page that did not pass its schema; its valid answers were kept. */
  @state() private rejected: { input: Record<string, unknown> } | undefined;
  @state() private roleError: string | undefined;

  /** Number fields as typed, so that "2," stays "2," while the person types. */
  private readonly typed = new Map<string, string>();
  private readonly drafts = new DraftStorageController<Draft>(this, { parse: parseDraft });
  private pending: { input: unknown } | undefined;
  private valueFromPage = false;
  /** The role changed because a record named it, not because the page chose another respondent. */
  private roleFromValue = false;
  /** Set by "Ändra": Next leads back to the review instead of through every later step. */
  private returnToReview = false;
  private readonly checks = new RecordChecks();

  constructor() {
    super();
    // A submit of the surrounding form (not a mere check) opens the first step with a problem.
    new ValidityReport(this, () => void this.showFirstProblem());
  }

  /**
   * The record: `{ definition, role?, answers }`, with answers to questions
   * that are not asked left out. Setting it validates it against the
   * definition: a record that does not pass keeps its valid answers and
   * shows what was left out; a value that is not a record at all shows a
   * message instead of the form; `null` or `undefined` empties the form.
   * Never throws.
   */
  get value(): SamsynRecord | undefined {
    return this.usable ? this.record() : undefined;
  }
  set value(input: unknown) {
    if (this.refuseUnreadable('value', input)) return;
    if (input === undefined || input === null) {
      this.pending = undefined;
      if (this.problem?.reason === 'invalid-value') this.clearProblem();
      this.resetState();
      return;
    }
    this.valueFromPage = true;
    if (this.usable) this.applyValue(input);
    else this.pending = { input };
    this.requestUpdate();
  }

  private get usable(): boolean {
    return this.definition !== undefined && checkDefinition(this.definition).success;
  }

  private get respondent(): string | undefined {
    return this.definition?.roles?.length && this.respondentRole ? this.respondentRole : undefined;
  }

  private get needsRole(): boolean {
    return Boolean(this.definition?.roles?.length) && !this.definition!.roles!.some((r) => r.id === this.respondentRole);
  }

  private record(): SamsynRecord {
    const definition = this.definition!;
    const role = this.respondent;
    return { definition: definitionRef(definition), ...(role ? { role } : {}), answers: { ...this.answers } as Record<string, AnswerValue> };
  }

  protected override prepare(changed: PropertyValues<this>): void {
    const definition = this.definition;
    if (changed.has('definition')) {
      this.checks.clear();
      if (changed.get('definition') !== undefined) this.resetState();
      if (definition !== undefined && definition !== null) {
        const result = checkDefinition(definition);
        if (!result.success) {
          this.reportProblem({
            reason: 'invalid-definition',
            property: 'definition',
            message: this.localize.term('invalidDefinition'),
            issues: result.error.issues,
          });
          return;
        }
        if (this.problem?.reason === 'invalid-definition') this.clearProblem();
      }
    }
    if (!definition || !this.usable) return;
    // Each respondent answers a record of their own: another role starts from its own draft or empty.
    if (changed.has('respondentRole') && changed.get('respondentRole') && !this.roleFromValue) this.resetState();
    this.roleFromValue = false;
    if (this.pending) {
      const { input } = this.pending;
      this.pending = undefined;
      this.applyValue(input);
    }
    if (changed.has('definition') || changed.has('draftKey') || changed.has('respondentRole')) this.openDraft();
  }

  private openDraft(): void {
    const definition = this.definition!;
    const role = this.respondent;
    // Until the respondent is known there is no draft to read: each role answers its own record.
    const key = this.needsRole ? null : this.draftKey;
    this.drafts.ttlDays = Number.isFinite(this.draftTtl) && this.draftTtl >= 0 ? this.draftTtl : DEFAULT_DRAFT_TTL_DAYS;
    const stored = this.drafts.open(key, definitionRef(definition), role ? `${definition.id}:${role}` : definition.id);
    if (!stored || this.valueFromPage) return;
    this.applyValue(stored.record);
    if (stored.step) this.step = stored.step;
  }

  /** Takes a record from the page, a draft or the browser's form restore: its valid answers are kept. */
  private applyValue(input: unknown): void {
    const definition = this.definition!;
    this.typed.clear();
    this.errorIds = [];
    this.errorOthers = [];
    this.submitted = false;
    this.checks.clear();
    if (!isObject(input) || !isObject(input.answers)) {
      this.answers = {};
      this.rejected = undefined;
      this.reportProblem({ reason: 'invalid-value', property: 'value', message: this.localize.term('notARecordValue') });
      return;
    }
    if (this.problem?.reason === 'invalid-value') this.clearProblem();
    if (definition.roles?.some((r) => r.id === input.role) && input.role !== this.respondentRole) {
      this.respondentRole = input.role as string;
      this.roleFromValue = true;
    }
    const { answers, passed } = keptAnswers(definition, input, this.respondent, this.localize.locale);
    this.answers = answers;
    // An unfinished record is not a wrong one: only answers that do not fit are reported.
    this.rejected = passed ? undefined : { input };
    const issues = this.rejectedIssues();
    if (!issues.length) this.rejected = undefined;
    else {
      queueMicrotask(() =>
        emit(this, 'samsyn-error', {
          reason: 'invalid-value',
          property: 'value',
          message: this.localize.term('valueIssuesTitle'),
          issues: issues.map((message) => ({ path: [], message })),
        }),
      );
    }
  }

  /** What was wrong with the rejected value, in the current language. */
  private rejectedIssues(): string[] {
    return this.rejected ? rejectedIssues(this.definition!, this.rejected.input, this.respondent, this.localize.locale) : [];
  }

  private resetState(): void {
    this.answers = {};
    this.typed.clear();
    this.step = undefined;
    this.errorIds = [];
    this.errorOthers = [];
    this.submitted = false;
    this.rejected = undefined;
    this.roleError = undefined;
    this.returnToReview = false;
    this.checks.clear();
    this.valueFromPage = false;
  }

  // ——— validation ———

  /** The whole record checked by the schema, once per change of answers, role or language. */
  private validation(): RecordParseResult {
    return this.checks.result(this.definition!, this.answers, this.respondentRole, this.localize.locale, () => this.record());
  }

  private messages(): Map<string, string> {
    const result = this.validation();
    return result.success ? new Map<string, string>() : messagesByQuestion(result.error.issues);
  }

  private shownQuestions(section: Section): Question[] {
    return section.questions.filter((q) => isQuestionShown(this.definition!, q.id, this.answers, this.respondent));
  }

  /** The questions of `section` shown now that have a message. */
  private failedIn(section: Section, messages: Map<string, string>): Question[] {
    return this.shownQuestions(section).filter((q) => messages.has(q.id));
  }

  private sections(): Section[] {
    const definition = this.definition!;
    return definition.sections.filter((s) => isSectionShown(definition, s, this.answers, this.respondent));
  }

  private steps(): string[] {
    return [...this.sections().map((s) => s.id), REVIEW];
  }

  private currentStep(): string {
    const steps = this.steps();
    return this.step && steps.includes(this.step) ? this.step : steps[0];
  }

  // ——— form association ———

  protected formValue(): string | null {
    return this.usable && !this.problem ? JSON.stringify(this.record()) : null;
  }

  protected formValidity(mayWait: boolean): FormValidity | null {
    // What the page gave cannot be used: the surrounding form must not go on as if all were well.
    if (this.problem) return { message: this.problem.message };
    if (!this.usable) return null;
    // A new form with no answers is painted before its record is checked (a tenth of a first render); the
    // check follows when the browser is idle, or at once when asked. Until then it does not count as valid.
    if (mayWait && !this.checks.any && !Object.keys(this.answers).length) {
      return { message: this.localize.term('checking'), later: true };
    }
    return validityOf(this.validation(), this.definition!, this.answers, this.needsRole, this.shadowRoot);
  }

  protected resetFormValue(): void {
    this.resetState();
    this.drafts.clear();
  }

  protected restoreFormValue(state: string): void {
    try {
      this.value = JSON.parse(state) as unknown;
    } catch {
      // A state the browser kept from another version of the page: nothing to restore.
    }
  }

  /** Opens the first step with a problem, with its errors shown and its first invalid field focused. */
  private async showFirstProblem(): Promise<void> {
    if (!this.usable || this.problem) return;
    if (this.needsRole) {
      this.roleError = this.validationMessage;
      return;
    }
    const messages = this.messages();
    const section = this.sections().find((s) => this.failedIn(s, messages).length);
    if (!section) return;
    const failed = this.failedIn(section, messages);
    this.submitted = false;
    this.errorOthers = [];
    this.errorIds = failed.map((q) => q.id);
    this.alert();
    // On the current step the browser has focused the field already.
    if (section.id === this.currentStep()) return;
    this.step = section.id;
    this.emitStep();
    await this.updateComplete;
    this.focusQuestion(failed[0].id);
  }

  // ——— editing and navigation ———

  private readonly answer = (question: Question, value: AnswerValue | undefined, typed?: string) => {
    if (this.inactive || this.readonly || !this.usable) return;
    const definition = this.definition!;
    if (typed === undefined) this.typed.delete(question.id);
    else this.typed.set(question.id, typed);
    this.alerting = false;
    const next: Answers = { ...this.answers, [question.id]: value };
    if (value === undefined) delete next[question.id];
    this.answers = pruneAnswers(definition, next, this.respondent);
    for (const id of [...this.typed.keys()]) if (!(id in this.answers)) this.typed.delete(id);
    this.syncFormState();
    const record = this.record();
    this.drafts.save({ record, step: this.currentStep() });
    emit(this, 'samsyn-change', { value: record, field: question.id, valid: this.validation().success });
  };

  /**
   * A failed attempt: its error summary is announced as a new alert, once. After that, edits and moves change
   * a plain list (see `renderErrorSummary`), so that each correction is not read out again.
   */
  private alert(): void {
    this.failures++;
    this.alerting = true;
  }

  /** A failed attempt to go on, submit or choose a respondent: its error summary is announced and takes focus. */
  private async alertSummary(): Promise<void> {
    this.alert();
    await this.focusAfterUpdate('error-summary');
  }

  /** Focuses the element with `id` in the shadow root once the update under way is rendered. */
  private async focusAfterUpdate(id: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.getElementById(id)?.focus();
  }

  private emitStep(): void {
    const steps = this.steps();
    const step = this.currentStep();
    emit(this, 'samsyn-step', { step: steps.indexOf(step) + 1, total: steps.length, section: step === REVIEW ? 'review' : step });
  }

  /** Moves to `step`; focuses its heading, or `question` with its errors kept when one is given. */
  private async goTo(step: string, question?: Question): Promise<void> {
    const keep = question ? this.errorIds : [];
    this.alerting = false;
    this.step = step;
    this.submitted = false;
    const section = this.definition!.sections.find((s) => s.id === step);
    this.errorIds = section ? keep.filter((id) => section.questions.some((q) => q.id === id)) : [];
    this.errorOthers = [];
    this.emitStep();
    if (Object.keys(this.answers).length) this.drafts.save({ record: this.record(), step });
    await this.updateComplete;
    if (question) this.focusQuestion(question.id);
    else this.shadowRoot?.getElementById('step-heading')?.focus();
  }

  private readonly next = async (event: Event) => {
    event.preventDefault();
    const step = this.currentStep();
    const section = this.definition!.sections.find((s) => s.id === step);
    if (!section || this.inactive) return;
    const messages = this.messages();
    const failed = this.failedIn(section, messages);
    if (failed.length) {
      this.errorIds = failed.map((q) => q.id);
      this.errorOthers = [];
      return this.alertSummary();
    }
    const steps = this.steps();
    let target = steps[steps.indexOf(step) + 1];
    if (this.returnToReview) {
      // Back to the review, unless a changed answer opened sections that still need answers.
      this.returnToReview = false;
      const later = this.sections().slice(this.sections().indexOf(section) + 1);
      target = later.find((s) => this.failedIn(s, messages).length)?.id ?? REVIEW;
    }
    await this.goTo(target);
  };

  private readonly back = () => {
    const steps = this.steps();
    const index = steps.indexOf(this.currentStep());
    if (index > 0) void this.goTo(steps[index - 1]);
  };

  private readonly submit = async (event: Event) => {
    event.preventDefault();
    if (this.inactive || !this.usable) return;
    const result = this.validation();
    if (!result.success) {
      ({ ids: this.errorIds, others: this.errorOthers } = failedQuestions(this.definition!, result.error.issues));
      return this.alertSummary();
    }
    emit(this, 'samsyn-submit', { value: result.data });
    this.drafts.clear();
    this.submitted = true;
    await this.focusAfterUpdate('confirmation-heading');
    // Inside a portal's <form>, submitting the answers submits the form, which carries the record under `name`.
    this.form?.requestSubmit();
  };

  private readonly startNew = async () => {
    this.resetState();
    this.drafts.clear();
    this.syncFormState();
    await this.goTo(this.steps()[0]);
  };

  private readonly chooseRole = async (event: Event) => {
    event.preventDefault();
    const chosen = new FormData(event.target as HTMLFormElement).get('respondent-role');
    if (typeof chosen !== 'string') {
      this.roleError = roleMissing(this.definition!, this.localize.locale);
      return this.alertSummary();
    }
    this.roleError = undefined;
    this.respondentRole = chosen;
    this.step = undefined;
    await this.updateComplete;
    this.emitStep();
    this.shadowRoot?.getElementById('step-heading')?.focus();
  };

  private focusQuestion(questionId: string): void {
    if (this.shadowRoot) focusQuestion(this.shadowRoot, questionId);
  }

  private readonly resolveDraft = (choice: 'theirs' | 'mine') => {
    if (choice === 'mine') this.drafts.resolve('mine', { record: this.record(), step: this.currentStep() });
    else {
      const theirs = this.drafts.resolve('theirs');
      if (theirs) {
        this.applyValue(theirs.record);
        if (theirs.step) this.step = theirs.step;
        this.syncFormState();
      }
    }
    this.requestUpdate();
  };

  private readonly draftActions: DraftNoticeActions = {
    dismiss: () => this.drafts.dismiss(),
    startNew: () => void this.startNew(),
    resolve: (choice) => this.resolveDraft(choice),
  };

  // ——— rendering ———

  protected renderContent(): unknown {
    const definition = this.definition;
    if (!definition) return nothing;
    const { locale } = this.localize;
    const roleLabel = definition.roles?.find((r) => r.id === this.respondentRole)?.label;
    const v = this.view();
    return html`${heading(this.level(), pick(definition.title, locale), { class: 'title', part: 'title' })}
      ${roleLabel ? html`<p class="respondent">${this.localize.term('respondent', pick(roleLabel, locale))}</p>` : nothing}
      <div class="notices" role="status" part="notice">${renderDraftNotice(this.drafts.notice, this.localize, this.draftActions)}${renderRejected(v)}</div>
      ${renderDraftStatus(this.drafts, this.localize, Boolean(this.draftKey))}
      ${this.submitted
        ? renderConfirmation(v)
        : this.readonly
          ? renderReadonly(v)
          : this.needsRole
            ? renderRoleChooser(v)
            : html`<div class="layout">${renderStepList(v)}${renderStep(v)}</div>`}`;
  }

  /** The title's level; a step's heading and the error summary's title are one below it. */
  private level(): number {
    return headingLevel(this.headingLevel, 4);
  }

  private renderErrorSummary(entries: ErrorSummaryEntry[]): unknown {
    const attempt = this.alerting ? this.failures : undefined;
    return errorSummary({ title: this.localize.term('errorSummaryTitle'), entries, root: this.renderRoot, attempt, level: this.level() + 1 });
  }

  /** What the steps' templates (steps.ts) see of the element. */
  private view(): StepsView {
    return {
      localize: this.localize,
      definition: this.definition!,
      answers: this.answers,
      typed: this.typed,
      inactive: this.inactive,
      errorIds: this.errorIds,
      errorOthers: this.errorOthers,
      returnToReview: this.returnToReview,
      roleError: this.roleError,
      level: () => this.level(),
      steps: () => this.steps(),
      currentStep: () => this.currentStep(),
      messages: () => this.messages(),
      rejectedIssues: () => this.rejectedIssues(),
      shownQuestions: (section) => this.shownQuestions(section),
      sections: () => this.sections(),
      errorSummary: (entries) => this.renderErrorSummary(entries),
      focusQuestion: (id) => this.focusQuestion(id),
      answer: this.answer,
      goTo: (step, question) => void this.goTo(step, question),
      next: this.next,
      back: this.back,
      submit: this.submit,
      changeAnswer: () => (this.returnToReview = true),
      startNew: () => void this.startNew(),
      chooseRole: this.chooseRole,
      dismissRejected: () => (this.rejected = undefined),
    };
  }
}

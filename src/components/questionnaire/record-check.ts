import { definitionRef, questionsOf, type Definition } from '../../schema/questionnaire.js';
import {
  messagesByQuestion,
  pruneAnswers,
  recordSchemaFor,
  recordShapeSchema,
  type AnswerValue,
  type Answers,
  type RecordParseResult,
  type SamsynRecord,
} from '../../schema/record.js';
import type { FormValidity } from '../shared/form-associated.js';
import { controlOf } from './questions.js';
import { isObject, type Locale } from '../../schema/locale.js';

// The questionnaire's checks of what it is given: the definition (once per
// object), a draft's shape, and a record from the page, of which the answers
// that fit are kept and the others named.

/** The check-answers step; not a valid section id, so it never collides with one. */
export const REVIEW = '#review';

export interface Draft {
  record: SamsynRecord;
  step?: string;
}

export const isAnswered = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export function parseDraft(data: unknown): Draft | undefined {
  if (!isObject(data) || !recordShapeSchema.safeParse(data.record).success) return undefined;
  return { record: data.record as SamsynRecord, ...(typeof data.step === 'string' ? { step: data.step } : {}) };
}

/** A record from outside without a role is read as the respondent's, when there is one. */
export function withRole(input: Record<string, unknown>, respondent: string | undefined): Record<string, unknown> {
  return input.role === undefined && respondent ? { ...input, role: respondent } : input;
}

/**
 * The answers of a record from outside that are kept: those to questions
 * of the definition that are asked, answered, and pass the schema. `passed`
 * says whether the whole record passed.
 */
export function keptAnswers(
  definition: Definition,
  input: Record<string, unknown>,
  respondent: string | undefined,
  locale: Locale,
): { answers: Answers; passed: boolean } {
  const result = recordSchemaFor(definition, { locale }).safeParse(withRole(input, respondent));
  const bad = new Set(result.success ? [] : result.error.issues.filter((i) => i.path[0] === 'answers').map((i) => i.path[1]));
  const known = new Set(questionsOf(definition).map(({ question }) => question.id));
  const kept: Answers = {};
  for (const [id, value] of Object.entries(input.answers as Record<string, unknown>)) {
    if (known.has(id) && !bad.has(id) && isAnswered(value)) kept[id] = value as AnswerValue;
  }
  return { answers: pruneAnswers(definition, kept, respondent), passed: result.success };
}

/** What is wrong with a record from outside, in `locale`; missing answers are not wrong, only unfinished. */
export function rejectedIssues(definition: Definition, input: Record<string, unknown>, respondent: string | undefined, locale: Locale): string[] {
  const answers = input.answers as Record<string, unknown>;
  const result = recordSchemaFor(definition, { locale }).safeParse(withRole(input, respondent));
  if (result.success) return [];
  const messages = result.error.issues
    .filter((i) => !(i.path[0] === 'answers' && typeof i.path[1] === 'string' && !isAnswered(answers[i.path[1]])))
    .map((i) => i.message);
  return [...new Set(messages)];
}

type Issues = Extract<RecordParseResult, { success: false }>['error']['issues'];

/** The whole record checked by its schema, kept until the answers, the role, the language or the definition change. */
export class RecordChecks {
  private last: { answers: Answers; role: string | null; locale: Locale; definition: Definition; result: RecordParseResult } | undefined;

  result(definition: Definition, answers: Answers, role: string | null, locale: Locale, record: () => SamsynRecord): RecordParseResult {
    const c = this.last;
    if (c && c.answers === answers && c.role === role && c.locale === locale && c.definition === definition) return c.result;
    const result = recordSchemaFor(definition, { locale }).safeParse(record());
    this.last = { answers, role, locale, definition, result };
    return result;
  }

  /** Whether a record was checked since the last `clear()`. */
  get any(): boolean {
    return this.last !== undefined;
  }

  clear(): void {
    this.last = undefined;
  }
}

/** After a failed submit: the questions with a problem, in the definition's order, and the problems of no question. */
export function failedQuestions(definition: Definition, issues: Issues): { ids: string[]; others: string[] } {
  const messages = messagesByQuestion(issues);
  return {
    ids: questionsOf(definition)
      .map(({ question }) => question.id)
      .filter((id) => messages.has(id)),
    others: issues.filter((i) => i.path[0] !== 'answers' || typeof i.path[1] !== 'string').map((i) => i.message),
  };
}

/** The schema's own message for a record without a respondent. */
export function roleMissing(definition: Definition, locale: Locale): string | undefined {
  const result = recordSchemaFor(definition, { locale }).safeParse({ definition: definitionRef(definition), answers: {} });
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === 'role')?.message;
}

/** What the surrounding form is told of a record that does not pass: the first problem, and where the browser points. */
export function validityOf(
  result: RecordParseResult,
  definition: Definition,
  answers: Answers,
  needsRole: boolean,
  root: ShadowRoot | null,
): FormValidity | null {
  if (result.success) return null;
  if (needsRole) {
    const message = result.error.issues.find((i) => i.path[0] === 'role')?.message ?? result.error.issues[0].message;
    return { message, anchor: root?.querySelector<HTMLElement>('[name="respondent-role"]'), missing: true };
  }
  const messages = messagesByQuestion(result.error.issues);
  const first = questionsOf(definition).find(({ question }) => messages.has(question.id))?.question;
  // A question on another step is not rendered: the browser points at the top of this step until it is shown.
  const top = root?.getElementById('validity-anchor') ?? null;
  if (!first) return { message: result.error.issues[0].message, anchor: top };
  return {
    message: messages.get(first.id)!,
    anchor: (root && controlOf(root, first.id)) ?? top,
    missing: !isAnswered(answers[first.id]),
  };
}

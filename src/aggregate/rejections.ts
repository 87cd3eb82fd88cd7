import { containsPersonalNumber } from '../schema/anonymity.js';
import { isQuestionShown, type Answers } from '../schema/record.js';
import type { CompiledDefinition } from './compile.js';
import { isObject } from '../schema/locale.js';

/**
 * Why a record was not counted: one stable code per record, from the first
 * problem the record schema reports.
 *
 * - `not-a-record`: not an object with `definition` and `answers` (or with other keys beside them)
 * - `wrong-definition`: names another definition, or another version of it
 * - `invalid-role`: the respondent role is missing, unknown or not allowed
 * - `unknown-question`: an answer to a question the definition does not have
 * - `invalid-answer`: an answer of the wrong type, an unknown option code, a number out of range, a text too long,
 *   an option twice, an exclusive option ("Ej känt") with others, a date out of range
 * - `missing-answer`: a required question that is asked was not answered
 * - `not-asked`: an answer to a question that its condition says is not asked
 * - `personal-number`: a free-text answer with a personal identity or coordination number
 */
export const REJECTION_REASONS = [
  'not-a-record',
  'wrong-definition',
  'invalid-role',
  'unknown-question',
  'invalid-answer',
  'missing-answer',
  'not-asked',
  'personal-number',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
}

const answered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);


/** The reason for the record schema's first issue, and the question it is about. */
export function classify(compiled: CompiledDefinition, record: unknown, issue: Issue | undefined): { reason: RejectionReason; question?: string } {
  if (!issue || !isObject(record)) return { reason: 'not-a-record' };
  const [head, questionId] = issue.path;
  if (head === 'definition') return { reason: typeof record.definition === 'string' ? 'wrong-definition' : 'not-a-record' };
  if (head === 'role') return { reason: 'invalid-role' };
  if (head !== 'answers' || !isObject(record.answers)) return { reason: 'not-a-record' };
  if (typeof questionId !== 'string') return { reason: issue.code === 'unrecognized_keys' ? 'unknown-question' : 'not-a-record' };
  const question = compiled.byId.get(questionId);
  if (!question) return { reason: 'unknown-question' };
  const at = { question: questionId };
  // The schema's own checks of a value (type, code, range) come first; its custom ones are the cross-answer rules.
  if (issue.code !== 'custom') return { reason: 'invalid-answer', ...at };
  const answers = record.answers as Answers;
  const value = answers[questionId];
  const kind = question.question.kind;
  if (kind === 'text' && typeof value === 'string' && containsPersonalNumber(value)) return { reason: 'personal-number', ...at };
  if (kind === 'date' && typeof value === 'string' && ((question.dateMin && value < question.dateMin) || (question.dateMax && value > question.dateMax))) {
    return { reason: 'invalid-answer', ...at };
  }
  const role = typeof record.role === 'string' ? record.role : undefined;
  const shown = isQuestionShown(compiled.definition, questionId, answers, role);
  if (!shown && answered(value)) return { reason: 'not-asked', ...at };
  if (shown && !answered(value)) return { reason: 'missing-answer', ...at };
  return { reason: 'invalid-answer', ...at };
}

import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { schemaMessages } from '../i18n/messages/schema.js';
import { anonymousId, anonymousText, containsPersonalNumber } from './anonymity.js';
import { DONT_KNOW, definitionRef, definitionSchema, optionsOf, questionsOf, type Condition, type Definition, type Question, type Section } from './questionnaire.js';
import { defaultLocale, pick, toLocale, type Locale } from './text.js';
import { shippedDefinitions } from './shipped.js';

/**
 * A record is one filled-in questionnaire for one (anonymous) person:
 * `{ "definition": "<id>@<version>", "unit"?: "<unit code>", "answers": { "<questionId>": value } }`.
 * A value is an option code, an array of codes, a number, a string, an ISO
 * date, or `null` for unanswered.
 */
export const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Answers = Record<string, AnswerValue | undefined>;

/** A unit code: what a kommun calls one of its units (`nv-boendestod`), up to 64 characters, never a person's number. */
const unitSchema = (locale: Locale) => anonymousText({ label: 'unit', maxLength: 64, minLength: 1, kind: 'id', locale });

/** The record format, independent of any one definition. */
export const recordSchema = z.strictObject({
  definition: z.string().check(z.regex(/^[a-z][a-z0-9-]*@\d+(\.\d+)*$/)),
  /** The respondent role of a follow-up record. */
  role: z.optional(z.string().check(anonymousId({ label: 'role', locale: defaultLocale }))),
  /** The organisational unit that submitted the record: a short code, never a person. */
  unit: z.optional(unitSchema(defaultLocale)),
  /** How the answers were gathered: the staff form (personalformulär) or an interview with the person (intervjuformulär). */
  formType: z.optional(z.enum(['staff', 'interview'])),
  // Without the definition a text answer cannot be told from a code: every string is checked.
  answers: z.record(z.string().check(anonymousId({ label: 'answers', locale: defaultLocale })), answerValueSchema).check(
    z.superRefine((answers, ctx) => {
      for (const [key, value] of Object.entries(answers)) {
        if ((Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && containsPersonalNumber(v))) {
          ctx.addIssue({ code: 'custom', path: [key], message: schemaMessages[defaultLocale].personalNumber(key), input: value });
        }
      }
    }),
  ),
});
export type SamsynRecord = z.infer<typeof recordSchema>;

/**
 * The record format's shape alone, without the personal-number guard: for a
 * draft, which holds the answers as typed, before validation. A number the
 * person has yet to remove stays in their draft (and is refused on submit)
 * rather than setting the whole draft aside.
 */
export const recordShapeSchema = z.strictObject({
  definition: recordSchema.shape.definition,
  role: z.optional(z.string()),
  unit: z.optional(z.string()),
  formType: recordSchema.shape.formType,
  answers: z.record(z.string(), answerValueSchema),
});

/** What parsing a record gives: `{ success: true, data }` or `{ success: false, error }` with `error.issues`. */
export type RecordParseResult = util.SafeParseResult<SamsynRecord>;
/** The zod schema of one definition's records. */
export type RecordSchema = z.ZodMiniType<SamsynRecord>;

export interface RecordSchemaOptions {
  /** Language of the messages. Swedish by default. */
  locale?: Locale;
}

const isAnswered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

function conditionHolds(cond: Condition, value: unknown): boolean {
  if (cond.equals) return (cond.equals as unknown[]).includes(value);
  if (cond.includes) return Array.isArray(value) && value.some((v) => cond.includes!.includes(v as string));
  return false;
}

/** Whether a section is asked of this respondent with these answers. */
export function isSectionShown(def: Definition, section: Section, answers: Answers, role?: string): boolean {
  if (role !== undefined && section.roles && !section.roles.includes(role)) return false;
  return !section.when || isConditionMet(def, section.when, answers, role);
}

function isConditionMet(def: Definition, cond: Condition, answers: Answers, role?: string): boolean {
  // A condition on a question that is itself hidden does not hold: its answer does not count.
  return isQuestionShown(def, cond.question, answers, role) && conditionHolds(cond, answers[cond.question]);
}

/** Whether a question is asked, given the other answers (its section's and its own condition). */
export function isQuestionShown(def: Definition, questionId: string, answers: Answers, role?: string): boolean {
  for (const section of def.sections) {
    const question = section.questions.find((q) => q.id === questionId);
    if (!question) continue;
    if (!isSectionShown(def, section, answers, role)) return false;
    return !question.when || isConditionMet(def, question.when, answers, role);
  }
  return false;
}

/**
 * The answers with every answer to a question that is no longer asked
 * removed, in definition order: what the form keeps when a condition stops
 * holding.
 */
export function pruneAnswers(def: Definition, answers: Answers, role?: string): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const { question } of questionsOf(def)) {
    const value = answers[question.id];
    if (value !== undefined && isQuestionShown(def, question.id, { ...answers, ...kept }, role)) kept[question.id] = value;
  }
  return kept;
}

type Messages = (typeof schemaMessages)[Locale];

/** The zod schema of one question's answer (type, codes, ranges, lengths), messages naming its label. */
function answerSchemaFor(q: Question, locale: Locale, m: Messages) {
  // Read when a message is made: a definition's English can arrive after its schema was made (the built package fetches it).
  const label = () => pick(q.label, locale);
  switch (q.kind) {
    case 'one': {
      const codes = optionsOf(q).map((o) => o.code);
      return z.enum(codes as [string, ...string[]], { error: () => m.notAnOption(label()) });
    }
    case 'many': {
      const codes = optionsOf(q).map((o) => o.code);
      return z.array(z.enum(codes as [string, ...string[]], { error: () => m.notAnOption(label()) }), {
        error: () => m.notAnOption(label()),
      });
    }
    case 'number': {
      const checks = [];
      if (q.integer) checks.push(z.int({ error: () => m.notAnInteger(label()) }));
      if (q.min !== undefined) checks.push(z.gte(q.min, { error: () => m.tooSmall(label(), q.min!) }));
      if (q.max !== undefined) checks.push(z.lte(q.max, { error: () => m.tooLarge(label(), q.max!) }));
      return z.number({ error: () => m.notANumber(label()) }).check(...checks);
    }
    case 'text':
      return z.string({ error: () => m.notText(label()) }).check(
        z.maxLength(q.maxLength, { error: () => m.tooLong(label(), q.maxLength) }),
        z.refine((s: string) => !containsPersonalNumber(s), { error: () => m.personalNumber(label()) }),
      );
    case 'date':
      return z.iso.date({ error: () => m.notADate(label()) }).check(
        z.refine((s: string) => !q.min || s >= q.min, { error: () => m.dateTooEarly(label(), q.min!) }),
        z.refine((s: string) => !q.max || s <= q.max, { error: () => m.dateTooLate(label(), q.max!) }),
      );
    case 'scale': {
      const points = q.points ?? 5;
      const num = z.number({ error: () => m.scaleOutOfRange(label(), points) }).check(
        z.int({ error: () => m.scaleOutOfRange(label(), points) }),
        z.gte(1, { error: () => m.scaleOutOfRange(label(), points) }),
        z.lte(points, { error: () => m.scaleOutOfRange(label(), points) }),
      );
      return q.dontKnow
        ? z.union([num, z.literal(DONT_KNOW)], { error: () => m.scaleOutOfRange(label(), points) })
        : num;
    }
  }
}

function requiredMessage(q: Question, label: string, m: Messages): string {
  switch (q.kind) {
    case 'one':
    case 'scale':
      return m.chooseOne(label);
    case 'many':
      return m.chooseMany(label);
    case 'number':
      return m.enterNumber(label);
    case 'text':
      return m.enterText(label);
    case 'date':
      return m.enterDate(label);
  }
}

/**
 * The cross-answer rules no single field can check: conditions, required
 * answers, exclusive options, duplicates, roles. Runs even when a field
 * failed its own check, so that a form shows every problem at once.
 */
function crossAnswerIssues(def: Definition, input: unknown, locale: Locale): Array<{ path: PropertyKey[]; message: string }> {
  const m = schemaMessages[locale];
  const issues: Array<{ path: PropertyKey[]; message: string }> = [];
  if (typeof input !== 'object' || input === null) return issues;
  const record = input as { role?: unknown; answers?: unknown };
  if (typeof record.answers !== 'object' || record.answers === null || Array.isArray(record.answers)) return issues;
  const answers = record.answers as Answers;
  let role: string | undefined;
  if (def.roles?.length) {
    if (typeof record.role !== 'string') {
      issues.push({ path: ['role'], message: m.roleRequired });
      return issues;
    }
    if (!def.roles.some((r) => r.id === record.role)) {
      issues.push({ path: ['role'], message: m.unknownRole(String(record.role)) });
      return issues;
    }
    role = record.role;
  } else if (record.role !== undefined) {
    issues.push({ path: ['role'], message: m.unknownRole(JSON.stringify(record.role)) });
  }
  for (const { question: q } of questionsOf(def)) {
    const label = pick(q.label, locale);
    const value = answers[q.id];
    const shown = isQuestionShown(def, q.id, answers, role);
    if (!shown) {
      if (isAnswered(value)) issues.push({ path: ['answers', q.id], message: m.conditionNotMet(label) });
      continue;
    }
    if (!isAnswered(value)) {
      if (q.required) issues.push({ path: ['answers', q.id], message: requiredMessage(q, label, m) });
      continue;
    }
    if (q.kind === 'many' && Array.isArray(value)) {
      if (new Set(value).size !== value.length) {
        issues.push({ path: ['answers', q.id], message: m.duplicateOption(label) });
      }
      const exclusive = q.options.find((o) => o.exclusive && value.includes(o.code));
      if (exclusive && value.length > 1) {
        issues.push({ path: ['answers', q.id], message: m.exclusive(label, pick(exclusive.label, locale)) });
      }
    }
  }
  return issues;
}

const cache = new WeakMap<Definition, Partial<Record<Locale, RecordSchema>>>();

/**
 * The zod schema for records of `definition`. It rejects unknown question
 * ids, unknown codes, an exclusive code combined with others, answers to
 * questions whose condition is not met, missing required answers,
 * out-of-range numbers, over-long texts and texts with a personal identity
 * number. Messages are in `options.locale` (Swedish by default) and name
 * the question by its label.
 */
export function recordSchemaFor(definition: Definition, options: RecordSchemaOptions = {}): RecordSchema {
  // Any language tag a vendor passes (`sv-SE`, `EN`), or none, gives a supported language rather than a throw.
  const locale = toLocale(options?.locale);
  const cached = cache.get(definition)?.[locale];
  if (cached) return cached;
  const schema = buildRecordSchema(definition, locale);
  cache.set(definition, { ...cache.get(definition), [locale]: schema });
  return schema;
}

function buildRecordSchema(definition: Definition, locale: Locale): RecordSchema {
  const m = schemaMessages[locale];
  const ref = definitionRef(definition);
  const shape: Record<string, z.ZodMiniType<AnswerValue | undefined>> = {};
  for (const { question } of questionsOf(definition)) {
    shape[question.id] = z.optional(z.nullable(answerSchemaFor(question, locale, m)));
  }
  const answers = z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? m.unknownQuestion((issue.keys).join(', ')) : m.notARecord,
  });
  return z
    .strictObject(
      {
        definition: z.literal(ref, {
          error: (iss) => (typeof iss.input === 'string' ? m.wrongDefinition(ref, iss.input) : m.notARecord),
        }),
        role: z.optional(z.string({ error: () => m.roleRequired })),
        unit: z.optional(unitSchema(locale)),
        formType: recordSchema.shape.formType,
        answers,
      },
      { error: () => m.notARecord },
    )
    .check(
      z.superRefine(
        (input, ctx) => {
          for (const issue of crossAnswerIssues(definition, input, locale)) {
            ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input });
          }
        },
        { when: () => true },
      ),
    ) as unknown as RecordSchema;
}

/** One message per question (the first found), keyed by question id: what a form shows at each field. */
export function messagesByQuestion(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): Map<string, string> {
  const byQuestion = new Map<string, string>();
  for (const issue of issues) {
    if (issue.path[0] === 'answers' && typeof issue.path[1] === 'string' && !byQuestion.has(issue.path[1])) {
      byQuestion.set(issue.path[1], issue.message);
    }
  }
  return byQuestion;
}

type DefinitionCheck = ReturnType<typeof definitionSchema.safeParse>;

const checkedDefinitions = new WeakMap<object, DefinitionCheck>();

/**
 * `definitionSchema.safeParse(input)`, once per definition object (the form
 * and the aggregation ask on every render and count); a definition shipped
 * with the package passes unchecked (`shipped.ts` says why). A definition is
 * data that is not changed in place: a change is a new object (a copy,
 * `extendDefinition()`), checked when it is first asked for.
 */
export function checkDefinition(input: unknown): DefinitionCheck {
  // A page may hand over a number or a string: it cannot key the cache, and is simply not a definition.
  if (typeof input !== 'object' || input === null) return definitionSchema.safeParse(input);
  let result = checkedDefinitions.get(input);
  if (!result) {
    result = shippedDefinitions.has(input) ? { success: true, data: input as Definition } : definitionSchema.safeParse(input);
    checkedDefinitions.set(input, result);
  }
  return result;
}

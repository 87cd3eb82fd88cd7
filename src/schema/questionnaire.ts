import * as z from 'zod/mini';
import { anonymousId } from './anonymity.js';
import { lazily } from './lazy.js';
import { localizedTextSchema } from './text.js';

/**
 * The questionnaire definition format: a questionnaire is data (sections,
 * questions, options, rules) so that a kommun's own questions and a new
 * follow-up form need no new code.
 */

/** Question ids are camelCase (they become record keys and CSV columns). */
export const questionIdSchema = /* @__PURE__ */ lazily(() =>
  z.string().check(
    z.regex(/^[a-z][a-zA-Z0-9]*$/, { error: 'Question ids are camelCase: a lower-case letter, then letters and digits.' }),
    anonymousId({ label: 'Question id', locale: 'en' }),
  ),
);
/** Option codes are kebab-case or digits (need scale codes are `0`–`3`, `9`). */
export const optionCodeSchema = /* @__PURE__ */ lazily(() =>
  z.string().check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Option codes are kebab-case: lower-case letters, digits and hyphens.' }),
    anonymousId({ label: 'Option code', locale: 'en' }),
  ),
);
export const sectionIdSchema = /* @__PURE__ */ lazily(() =>
  z.string().check(
    z.regex(/^[a-z][a-zA-Z0-9-]*$/, { error: 'Section ids start with a lower-case letter.' }),
    anonymousId({ label: 'Section id', locale: 'en' }),
  ),
);

export const optionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    code: optionCodeSchema,
    label: localizedTextSchema,
    /** Choosing it clears every other option of a `many` question ("Ej känt"). */
    exclusive: z.optional(z.boolean()),
    /** Not given word for word by the sources; kept, and marked so. */
    reconstructed: z.optional(z.boolean()),
  }),
);
export type Option = z.infer<typeof optionSchema>;

export const optionGroupSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    label: localizedTextSchema,
    options: z.array(optionSchema).check(z.minLength(1)),
  }),
);
export type OptionGroup = z.infer<typeof optionGroupSchema>;

/**
 * Show a question (or a section) only when another answer equals one of
 * `equals` (single choice, scale) or includes one of `includes` (multiple
 * choice).
 */
export const conditionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    question: questionIdSchema,
    equals: z.optional(z.array(z.union([optionCodeSchema, z.number()])).check(z.minLength(1))),
    includes: z.optional(z.array(optionCodeSchema).check(z.minLength(1))),
  }),
);
export type Condition = z.infer<typeof conditionSchema>;

/** What every kind of question has; built with the question's schema. */
const questionBase = () => ({
  id: questionIdSchema,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  required: z.optional(z.boolean()),
  when: z.optional(conditionSchema),
  /** Editorial notes: sources, what was reconstructed. Not shown to respondents. */
  notes: z.optional(z.string()),
});

export const oneQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('one'),
    options: z.optional(z.array(optionSchema)),
    /** Options shown under group headings (the `housing` question). */
    groups: z.optional(z.array(optionGroupSchema)),
  }),
);
export const manyQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('many'),
    options: z.array(optionSchema).check(z.minLength(1)),
  }),
);
export const numberQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('number'),
    integer: z.optional(z.boolean()),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    unit: z.optional(localizedTextSchema),
  }),
);
export const textQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('text'),
    maxLength: z.number().check(z.int(), z.positive(), z.lte(10000)),
    multiline: z.optional(z.boolean()),
  }),
);
export const dateQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('date'),
    min: z.optional(z.iso.date()),
    max: z.optional(z.iso.date()),
  }),
);
export const scaleQuestionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    ...questionBase(),
    kind: z.literal('scale'),
    /** Number of points; answers are 1..points. Five in every form we ship. */
    points: z.optional(z.number().check(z.int(), z.gte(3), z.lte(10))),
    /** Labels of the lowest and the highest point. */
    anchors: z.strictObject({ low: localizedTextSchema, high: localizedTextSchema }),
    /** Offers "Vet ej" (code `dont-know`) beside the points. */
    dontKnow: z.optional(z.boolean()),
  }),
);

export const questionSchema = /* @__PURE__ */ lazily(() =>
  z.discriminatedUnion('kind', [
    oneQuestionSchema,
    manyQuestionSchema,
    numberQuestionSchema,
    textQuestionSchema,
    dateQuestionSchema,
    scaleQuestionSchema,
  ]),
);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type OneQuestion = z.infer<typeof oneQuestionSchema>;
export type ManyQuestion = z.infer<typeof manyQuestionSchema>;
export type NumberQuestion = z.infer<typeof numberQuestionSchema>;
export type TextQuestion = z.infer<typeof textQuestionSchema>;
export type DateQuestion = z.infer<typeof dateQuestionSchema>;
export type ScaleQuestion = z.infer<typeof scaleQuestionSchema>;

/** The code a scale question's "Vet ej" answer is recorded as. */
export const DONT_KNOW = 'dont-know';

export const roleSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    id: sectionIdSchema,
    label: localizedTextSchema,
  }),
);
export type Role = z.infer<typeof roleSchema>;

export const sectionSchema = /* @__PURE__ */ lazily(() =>
  z.strictObject({
    id: sectionIdSchema,
    title: localizedTextSchema,
    description: z.optional(localizedTextSchema),
    /** For follow-ups: the respondent roles that answer this section (all when absent). */
    roles: z.optional(z.array(sectionIdSchema)),
    /** Show the whole section only when the condition holds (a deviation path skips the rest). */
    when: z.optional(conditionSchema),
    questions: z.array(questionSchema),
  }),
);
export type Section = z.infer<typeof sectionSchema>;

export const definitionKindSchema = /* @__PURE__ */ lazily(() => z.enum(['inventory', 'followup', 'questionnaire']));

/** The definition's fields, built with `definitionSchema`. */
const definitionShape = () =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, { error: 'Definition ids are kebab-case.' }), anonymousId({ label: 'Definition id', locale: 'en' })),
    version: z.string().check(z.regex(/^\d+(\.\d+)*$/, { error: 'Versions are dotted numbers, such as 1 or 2.1.' })),
    kind: definitionKindSchema,
    title: localizedTextSchema,
    description: z.optional(localizedTextSchema),
    /** Respondent roles of a follow-up (the caseworker, the young person, the guardian). */
    roles: z.optional(z.array(roleSchema)),
    notes: z.optional(z.array(z.string())),
    sections: z.array(sectionSchema).check(z.minLength(1)),
  });

/** Every id and code used in a definition, checked for collisions and dangling references. */
export function definitionProblems(def: z.infer<ReturnType<typeof definitionShape>>): string[] {
  const problems: string[] = [];
  const sectionIds = new Set<string>();
  const questions = new Map<string, Question>();
  const roleIds = new Set((def.roles ?? []).map((r) => r.id));
  for (const section of def.sections) {
    if (sectionIds.has(section.id)) problems.push(`Section id "${section.id}" is used twice.`);
    sectionIds.add(section.id);
    for (const role of section.roles ?? []) {
      if (!roleIds.has(role)) problems.push(`Section "${section.id}" names role "${role}", which the definition does not declare.`);
    }
    for (const q of section.questions) {
      if (questions.has(q.id)) problems.push(`Question id "${q.id}" is used twice.`);
      questions.set(q.id, q);
      if (q.kind === 'one' && (q.options ? 1 : 0) + (q.groups ? 1 : 0) !== 1) {
        problems.push(`Question "${q.id}" needs either options or groups, not both and not neither.`);
      }
      const codes = optionsOf(q).map((o) => o.code);
      const seen = new Set<string>();
      for (const code of codes) {
        if (seen.has(code)) problems.push(`Question "${q.id}" has option "${code}" twice.`);
        seen.add(code);
      }
      if (q.kind === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
        problems.push(`Question "${q.id}" has min above max.`);
      }
    }
  }
  // Conditions may only look back at questions asked earlier, so a form can be filled in order.
  const earlier = new Set<string>();
  for (const section of def.sections) {
    const check = (cond: Condition | undefined, where: string) => {
      if (!cond) return;
      const target = questions.get(cond.question);
      if (!target || !earlier.has(cond.question)) {
        problems.push(`${where} depends on "${cond.question}", which is not an earlier question.`);
        return;
      }
      if ((cond.equals ? 1 : 0) + (cond.includes ? 1 : 0) !== 1) {
        problems.push(`${where}: a condition has either equals or includes.`);
      }
      const codes = new Set(optionsOf(target).map((o) => o.code));
      for (const code of [...(cond.equals ?? []), ...(cond.includes ?? [])]) {
        if (typeof code === 'string' && codes.size > 0 && !codes.has(code) && code !== DONT_KNOW) {
          problems.push(`${where} refers to option "${code}", which "${cond.question}" does not have.`);
        }
      }
    };
    check(section.when, `Section "${section.id}"`);
    for (const q of section.questions) {
      check(q.when, `Question "${q.id}"`);
      earlier.add(q.id);
    }
  }
  return problems;
}

export const definitionSchema = /* @__PURE__ */ lazily(() =>
  definitionShape().check(
    z.superRefine((def, ctx) => {
      for (const message of definitionProblems(def)) ctx.addIssue({ code: 'custom', message, input: def });
    }),
  ),
);
export type Definition = z.infer<typeof definitionSchema>;

/** Every option of a choice question, groups flattened, in order. */
export function optionsOf(q: Question): Option[] {
  if (q.kind === 'one') return q.options ?? (q.groups ?? []).flatMap((g) => g.options);
  if (q.kind === 'many') return q.options;
  return [];
}

/** Every question of a definition, in order, with the section it belongs to. */
export function questionsOf(def: Definition): Array<{ section: Section; question: Question }> {
  return def.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
}

/** The `id@version` string that a record names its definition by. */
export function definitionRef(def: Pick<Definition, 'id' | 'version'>): string {
  return `${def.id}@${def.version}`;
}

/**
 * The lines of an Error that names every issue of a check, `- path: message`
 * each; an issue about the whole value is named `whole`, or by its message
 * alone.
 */
export function issueLines(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>, whole?: string): string {
  return issues
    .map((i) => {
      const at = i.path.join('.') || whole;
      return `- ${at ? `${at}: ` : ''}${i.message}`;
    })
    .join('\n');
}

/** Validates a definition and throws an Error naming every problem. */
export function defineQuestionnaire(input: unknown): Definition {
  const result = definitionSchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid questionnaire definition:\n${issueLines(result.error.issues)}`);
  return result.data;
}

/**
 * What a kommun adds to a base definition: its own sections, questions in
 * existing sections, and options on existing choice questions. Stockholm
 * added its own questions to the national tool this way.
 */
export interface DefinitionExtension {
  /** The extended definition's own id and version: its records name it, not the base. */
  id: string;
  version: string;
  title?: Definition['title'];
  description?: Definition['description'];
  notes?: string[];
  /** New sections, appended, or placed after the section named by `after`. */
  sections?: Array<Section & { after?: string }>;
  /** New questions in existing sections, appended, or placed after the question named by `after`. */
  questions?: Array<{ section: string; after?: string; question: Question }>;
  /** New options on existing choice questions (on `housing`, into the group at index `group`). */
  options?: Array<{ question: string; options: Option[]; group?: number }>;
}

/** Thrown by `extendDefinition`; `problems` lists every collision and dangling reference. */
export class DefinitionExtensionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The definition extension cannot be applied:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'DefinitionExtensionError';
  }
}

/**
 * A new definition: `base` with `extension` applied, without copying or
 * changing the base. Colliding ids (a section, question or option that
 * already exists) and references to sections or questions that do not exist
 * are rejected with a `DefinitionExtensionError` that names each one.
 */
export function extendDefinition(base: Definition, extension: DefinitionExtension): Definition {
  const problems: string[] = [];
  const sections: Section[] = base.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q })) }));
  const questionIds = new Set(questionsOf(base).map(({ question }) => question.id));
  const sectionIds = new Set(sections.map((s) => s.id));
  if (extension.id === base.id) problems.push(`The extension must have its own id, not the base's "${base.id}".`);

  for (const { after, ...section } of extension.sections ?? []) {
    if (sectionIds.has(section.id)) problems.push(`Section id "${section.id}" already exists in "${base.id}".`);
    for (const q of section.questions) {
      if (questionIds.has(q.id)) problems.push(`Question id "${q.id}" already exists.`);
      questionIds.add(q.id);
    }
    sectionIds.add(section.id);
    const at = after === undefined ? sections.length : sections.findIndex((s) => s.id === after) + 1;
    if (at === 0) problems.push(`Section "${section.id}" is to follow "${after}", which does not exist.`);
    else sections.splice(at, 0, section);
  }
  for (const { section: sectionId, after, question } of extension.questions ?? []) {
    const section = sections.find((s) => s.id === sectionId);
    if (!section) {
      problems.push(`Question "${question.id}" is added to section "${sectionId}", which does not exist.`);
      continue;
    }
    if (questionIds.has(question.id)) problems.push(`Question id "${question.id}" already exists.`);
    questionIds.add(question.id);
    const at = after === undefined ? section.questions.length : section.questions.findIndex((q) => q.id === after) + 1;
    if (at === 0) problems.push(`Question "${question.id}" is to follow "${after}", which is not in "${sectionId}".`);
    else section.questions.splice(at, 0, question);
  }
  for (const { question: questionId, options, group } of extension.options ?? []) {
    const section = sections.find((s) => s.questions.some((q) => q.id === questionId));
    const index = section?.questions.findIndex((q) => q.id === questionId) ?? -1;
    const q = section?.questions[index];
    if (!section || !q || (q.kind !== 'one' && q.kind !== 'many')) {
      problems.push(`Options are added to "${questionId}", which is not a choice question.`);
      continue;
    }
    const existing = new Set(optionsOf(q).map((o) => o.code));
    for (const o of options) {
      if (existing.has(o.code)) problems.push(`Option "${o.code}" already exists in "${questionId}".`);
      existing.add(o.code);
    }
    if (q.kind === 'one' && q.groups) {
      const g = group ?? q.groups.length - 1;
      if (!q.groups[g]) {
        problems.push(`Question "${questionId}" has no option group ${g}.`);
        continue;
      }
      const groups = q.groups.map((grp, i) => (i === g ? { ...grp, options: [...grp.options, ...options] } : grp));
      section.questions[index] = { ...q, groups };
    } else {
      section.questions[index] = { ...q, options: [...(q.options ?? []), ...options] };
    }
  }
  if (problems.length) throw new DefinitionExtensionError(problems);

  const result = definitionSchema.safeParse({
    ...base,
    id: extension.id,
    version: extension.version,
    title: extension.title ?? base.title,
    description: extension.description ?? base.description,
    notes: [...(base.notes ?? []), ...(extension.notes ?? [])],
    sections,
  });
  if (!result.success) throw new DefinitionExtensionError(result.error.issues.map((i) => i.message));
  return result.data;
}

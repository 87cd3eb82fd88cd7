import { checkDefinition } from '../schema/record.js';
import { DONT_KNOW, definitionRef, issueLines, optionsOf, questionsOf, type Condition, type Definition, type Question, type Section } from '../schema/questionnaire.js';

/**
 * A definition turned into flat arrays for one pass over many records: the
 * answer of each question becomes an index (the option, the scale point) or
 * "unanswered". See `reading.ts` for the pass itself.
 */

export const Kind = { One: 0, Many: 1, Number: 2, Text: 3, Date: 4, Scale: 5 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const kinds: Record<Question['kind'], Kind> = {
  one: Kind.One,
  many: Kind.Many,
  number: Kind.Number,
  text: Kind.Text,
  date: Kind.Date,
  scale: Kind.Scale,
};

export interface CompiledCondition {
  /** Index of the question it looks at. */
  target: number;
  equals: readonly unknown[] | undefined;
  includes: readonly string[] | undefined;
}

export interface CompiledQuestion {
  index: number;
  id: string;
  kind: Kind;
  question: Question;
  section: Section;
  sectionIndex: number;
  required: boolean;
  when: CompiledCondition | undefined;
  /** Choice and scale questions: answer value → option index. */
  codes: Map<unknown, number>;
  /** Option codes in order (scale: `1`…`points`, then `dont-know` when offered). */
  codeList: string[];
  /** Many questions: 1 where the option is exclusive. */
  exclusive: Uint8Array;
  /** Offset of this question's options in a shared per-option array. */
  optionOffset: number;
  integer: boolean;
  min: number;
  max: number;
  maxLength: number;
  dateMin: string | undefined;
  dateMax: string | undefined;
}

export interface CompiledDefinition {
  definition: Definition;
  ref: string;
  questions: CompiledQuestion[];
  byId: Map<string, CompiledQuestion>;
  sections: Array<{ when: CompiledCondition | undefined; roles: readonly string[] | undefined; first: number }>;
  roles: readonly string[] | undefined;
  optionTotal: number;
}

const cache = new WeakMap<Definition, CompiledDefinition>();

/**
 * Compiles (once per definition object) after checking the definition (`checkDefinition()`, which
 * takes the package's own as checked); throws an Error naming its problems.
 */
export function compileDefinition(definition: Definition): CompiledDefinition {
  const cached = cache.get(definition);
  if (cached) return cached;
  const parsed = checkDefinition(definition);
  if (!parsed.success) {
    throw new Error(`The definition cannot be aggregated, it is not valid:\n${issueLines(parsed.error.issues)}`);
  }
  const all = questionsOf(definition);
  const indexOf = new Map(all.map(({ question }, i) => [question.id, i]));
  const condition = (c: Condition | undefined): CompiledCondition | undefined =>
    c && { target: indexOf.get(c.question)!, equals: c.equals, includes: c.includes };
  let optionOffset = 0;
  const questions = all.map(({ section, question }, index): CompiledQuestion => {
    const codeList: string[] = [];
    const codes = new Map<unknown, number>();
    if (question.kind === 'scale') {
      const points = question.points ?? 5;
      for (let p = 1; p <= points; p++) {
        codes.set(p, p - 1);
        codeList.push(String(p));
      }
      if (question.dontKnow) {
        codes.set(DONT_KNOW, points);
        codeList.push(DONT_KNOW);
      }
    } else {
      optionsOf(question).forEach((o, i) => {
        codes.set(o.code, i);
        codeList.push(o.code);
      });
    }
    const compiled: CompiledQuestion = {
      index,
      id: question.id,
      kind: kinds[question.kind],
      question,
      section,
      sectionIndex: definition.sections.indexOf(section),
      required: question.required === true,
      when: condition(question.when),
      codes,
      codeList,
      exclusive: Uint8Array.from(optionsOf(question).map((o) => (o.exclusive ? 1 : 0))),
      optionOffset,
      integer: question.kind === 'number' && question.integer === true,
      min: question.kind === 'number' && question.min !== undefined ? question.min : -Infinity,
      max: question.kind === 'number' && question.max !== undefined ? question.max : Infinity,
      maxLength: question.kind === 'text' ? question.maxLength : 0,
      dateMin: question.kind === 'date' ? question.min : undefined,
      dateMax: question.kind === 'date' ? question.max : undefined,
    };
    optionOffset += codeList.length;
    return compiled;
  });
  const sections = definition.sections.map((s) => ({
    when: condition(s.when),
    roles: s.roles,
    first: questions.findIndex((q) => q.section === s),
  }));
  const compiled: CompiledDefinition = {
    definition,
    ref: definitionRef(definition),
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
    sections,
    roles: definition.roles?.length ? definition.roles.map((r) => r.id) : undefined,
    optionTotal: optionOffset,
  };
  cache.set(definition, compiled);
  return compiled;
}

export const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

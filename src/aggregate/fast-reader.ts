import { globalConfig, util } from 'zod/v4/core';
import { Kind, type CompiledCondition, type CompiledDefinition, type CompiledQuestion } from './compile.js';
import { optionalKeys } from './record-extras.js';

/**
 * A record reader specialised for one definition: the same checks as the
 * generic `Reading.read` (and so the same verdict, the schema's), written
 * out as code with each question's id and option codes as literals. Named
 * property loads and `switch` over literal codes are several times faster
 * than lookups by computed key, which matters for a region's hundreds of
 * thousands of records.
 *
 * Built with `new Function` only where zod itself compiles its parsers
 * (`allowsEval`, which honours `z.config({ jitless: true })` for pages with
 * a strict Content Security Policy); elsewhere the generic reader runs.
 * Every literal in the code goes through `JSON.stringify`, and ids and
 * codes are checked against their patterns before this runs.
 */

/** What the generated code writes to: the arrays of a `Reading`. */
export interface ReaderTargets {
  values: Int32Array;
  numbers: Float64Array;
  chosen: Int32Array;
  manyLength: Int32Array;
  shown: Uint8Array;
  /** The generic check of a number, text or date answer, or of a many answer with more than 31 options. */
  other: (q: CompiledQuestion, v: unknown, shown: boolean) => boolean;
}

export type FastReader = (record: unknown) => boolean;

const J = JSON.stringify;

/** Code for "the condition holds", on the variables `v<i>`/`s<i>` of earlier questions. */
function conditionCode(cond: CompiledCondition | undefined, lists: unknown[][]): string {
  if (!cond) return 'true';
  const t = cond.target;
  if (cond.equals) {
    const tests = cond.equals.map((e) => `v${t} === ${J(e)}`).join(' || ');
    return `(s${t} === 1 && (${tests || 'false'}))`;
  }
  if (cond.includes) {
    lists.push([...cond.includes]);
    return `(s${t} === 1 && anyOf(v${t}, L[${lists.length - 1}]))`;
  }
  return 'false';
}

/** Builds the reader, or returns undefined where code may not be compiled. */
export function buildFastReader(c: CompiledDefinition, targets: ReaderTargets): FastReader | undefined {
  if (globalConfig.jitless || !util.allowsEval.value) return undefined;
  // Ids a plain object inherits (`constructor`) would be read from the prototype: leave such definitions to the generic path.
  if (c.questions.some((q) => q.id in Object.prototype)) return undefined;
  const lists: unknown[][] = [];
  const roles = c.roles;
  const lines: string[] = [];
  lines.push(
    'if (typeof record !== "object" || record === null) return false;',
    'let p = Object.getPrototypeOf(record); if (p !== OP && p !== null) return false;',
    `if (record.definition !== ${J(c.ref)}) return false;`,
    'const a = record.answers;',
    'if (typeof a !== "object" || a === null) return false;',
    'p = Object.getPrototypeOf(a); if (p !== OP && p !== null) return false;',
    'let keys = 0; for (const _ in record) keys++;',
    'const role = record.role;',
    // `unit` and `formType` are optional; each one present counts as a key.
    'const extra = optionalKeys(record); if (extra < 0) return false;',
  );
  if (roles) {
    lists.push([...roles]);
    lines.push(`if (typeof role !== "string" || !L[${lists.length - 1}].includes(role) || keys !== 3 + extra) return false;`);
  } else {
    lines.push('if (role !== undefined || keys !== 2 + extra) return false;');
  }
  lines.push('let defined = 0; let n = 0;');
  let section = -1;
  for (const q of c.questions) {
    const i = q.index;
    if (q.sectionIndex !== section) {
      section = q.sectionIndex;
      const s = c.sections[section];
      let roleTest = 'true';
      if (roles && s.roles) {
        lists.push([...s.roles]);
        roleTest = `L[${lists.length - 1}].includes(role)`;
      }
      lines.push(`const section${section} = ${roleTest} && ${conditionCode(s.when, lists)};`);
    }
    lines.push(
      `const v${i} = a[${J(q.id)}];`,
      `const s${i} = section${section} && ${conditionCode(q.when, lists)} ? 1 : 0; shown[${i}] = s${i};`,
    );
    const missing = q.required ? `if (s${i} === 1) return false; ` : '';
    lines.push(`if (v${i} !== undefined) defined++;`);
    lines.push(`if (v${i} === undefined || v${i} === null) { ${missing}values[${i}] = -1; } else {`);
    switch (q.kind) {
      case Kind.One:
      case Kind.Scale: {
        const cases = q.codeList.map((code, k) => `case ${J(q.kind === Kind.Scale && code !== 'dont-know' ? Number(code) : code)}: values[${i}] = ${k}; break;`);
        lines.push(`  if (s${i} !== 1) return false;`, `  switch (v${i}) { ${cases.join(' ')} default: return false; }`);
        break;
      }
      case Kind.Many: {
        if (q.codeList.length > 31) {
          lines.push(`  if (!other(Q[${i}], v${i}, s${i} === 1)) return false;`);
          break;
        }
        let exclusiveMask = 0;
        q.exclusive.forEach((e, k) => (exclusiveMask |= e ? 1 << k : 0));
        const cases = q.codeList.map((code, k) => `case ${J(code)}: y = ${k}; break;`);
        lines.push(
          `  if (!Array.isArray(v${i})) return false;`,
          `  n = v${i}.length;`,
          `  if (n === 0) { ${missing}values[${i}] = -1; } else {`,
          `    if (s${i} !== 1) return false;`,
          '    let seen = 0;',
          '    for (let k = 0; k < n; k++) {',
          '      let y;',
          `      switch (v${i}[k]) { ${cases.join(' ')} default: return false; }`,
          '      if (seen & (1 << y)) return false;',
          '      seen |= 1 << y;',
          `      chosen[${q.optionOffset} + k] = y;`,
          '    }',
          `    if (n > 1 && (seen & ${exclusiveMask}) !== 0) return false;`,
          `    manyLength[${i}] = n; values[${i}] = 1;`,
          '  }',
        );
        break;
      }
      default:
        lines.push(`  if (!other(Q[${i}], v${i}, s${i} === 1)) return false;`);
    }
    lines.push('}');
  }
  lines.push('let all = 0; for (const _ in a) all++;', 'return all === defined;');
  const source = `"use strict";\nreturn function read(record) {\n${lines.join('\n')}\n};`;
  const anyOf = (value: unknown, list: unknown[]) => Array.isArray(value) && value.some((v) => list.includes(v));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see the module comment: literals only, and only where zod compiles too.
  const factory = new Function('OP', 'L', 'Q', 'anyOf', 'optionalKeys', 'values', 'numbers', 'chosen', 'manyLength', 'shown', 'other', source) as (
    ...args: unknown[]
  ) => FastReader;
  return factory(
    Object.prototype,
    lists,
    c.questions,
    anyOf,
    optionalKeys,
    targets.values,
    targets.numbers,
    targets.chosen,
    targets.manyLength,
    targets.shown,
    targets.other,
  );
}

/** Adds the record just read to the counts: `Tally.add` written out for one definition and one set of breakdowns. */
export type FastCounter = (totals: Uint32Array, answered: Uint32Array, options: Uint32Array) => void;

/** A breakdown the counts are kept by: a single-choice question and its number of options. */
export interface Dimension {
  index: number;
  levels: number;
}

/**
 * Builds the counter for the finest cross-classification of `dims` (each
 * record's column is its option of every dimension, or "no answer"), or
 * undefined where code may not be compiled. Number answers go to
 * `push(question, value, column)`.
 */
export function buildFastCounter(
  c: CompiledDefinition,
  targets: ReaderTargets,
  dims: readonly Dimension[],
  push: (question: number, value: number, group: number) => void,
): FastCounter | undefined {
  if (globalConfig.jitless || !util.allowsEval.value) return undefined;
  let cols = 1;
  const terms: string[] = [];
  for (let d = dims.length - 1; d >= 0; d--) {
    const { index, levels } = dims[d];
    terms.push(`(values[${index}] >= 0 ? values[${index}] : ${levels}) * ${cols}`);
    cols *= levels + 1;
  }
  const lines: string[] = [`const g = ${terms.length ? terms.join(' + ') : '0'};`, 'totals[g]++;', 'let x = 0;'];
  for (const q of c.questions) {
    const i = q.index;
    const off = q.optionOffset;
    lines.push(`x = values[${i}];`, `if (x >= 0) {`, `  answered[${i * cols} + g]++;`);
    switch (q.kind) {
      case Kind.One:
      case Kind.Scale:
        lines.push(`  options[(${off} + x) * ${cols} + g]++;`);
        break;
      case Kind.Many:
        lines.push(`  for (let k = 0, n = manyLength[${i}]; k < n; k++) options[(${off} + chosen[${off} + k]) * ${cols} + g]++;`);
        break;
      case Kind.Number:
        lines.push(`  push(${i}, numbers[${i}], g);`);
        break;
    }
    lines.push('}');
  }
  const source = `"use strict";\nreturn function count(totals, answered, options) {\n${lines.join('\n')}\n};`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- numbers only; see the module comment.
  const factory = new Function('values', 'numbers', 'chosen', 'manyLength', 'push', source) as (...args: unknown[]) => FastCounter;
  return factory(targets.values, targets.numbers, targets.chosen, targets.manyLength, push);
}

import { Kind, type CompiledDefinition, type CompiledQuestion } from './compile.js';

/**
 * The finest table of disclosure control (see `joint.ts`): the records
 * cross-classified by every breakdown, each finest column holding every
 * question's counts, and the questionnaire's follow-up rules between those
 * counts. It is read, never changed: a `Move` (`move.ts`) says how a witness
 * would change it.
 */

/** A breakdown: a single-choice question with `levels` options; level `levels` is "no answer". */
export interface JointDimension {
  q: CompiledQuestion;
  levels: number;
}

/** The finest counts of one question, one entry per finest column. */
export interface FinestQuestion {
  q: CompiledQuestion;
  /**
   * The rows every record falls into exactly one of. One, scale: the options,
   * then those who did not answer. Number: the histogram bins, then those who
   * did not answer. Text, date, many: those who answered, those who did not.
   */
  rows: Float64Array[];
  /** Many: per option, those who chose it (never more than answered). */
  chosen?: Float64Array[];
  /** The rows are the options (or bins) and then the unanswered: one, scale, number, and many with a single option. */
  partition: boolean;
}

/** Which figure of a question: its answered count, its unanswered count, or an option (bin) by index. */
export const ANSWERED = -1;
export const UNANSWERED = -2;

/** A follow-up question and the answers of another question that show it. */
export interface Link {
  parent: number;
  child: number;
  /** Parent rows (one/scale) or the chosen option (many) whose records are shown the child. */
  rows: number[];
  /** Exactly those shown answer it (required, asked of every role); otherwise at most those. */
  exact: boolean;
}

/** Counts closer than this are the same. */
export const EPS = 1e-9;

export class FinestTable {
  /** Finest columns. */
  readonly width: number;
  /** Output columns: 0 is everyone, then each dimension's levels and its "no answer". */
  readonly outputs: number;
  readonly dimStart: number[];
  /** levelOf[d][c]: the level of dimension d in finest column c. */
  readonly levelOf: Int32Array[];
  readonly stride: number[];
  /** The finest columns of each output column. */
  readonly members: Int32Array[];
  /** The output columns of each finest column: 0 (everyone), then its level of each dimension. */
  readonly columnsOf: Int32Array[];
  readonly maxRows: number;
  /** The dimension of each question, or -1. */
  readonly dimOf: Int32Array;
  readonly links: Link[] = [];
  /** The links of which each question is the parent. */
  readonly childLinks: Link[][];
  /** The links of which each question is the child. */
  readonly parentLinks: Link[][];

  constructor(
    readonly compiled: CompiledDefinition,
    readonly dims: readonly JointDimension[],
    /** Records in each finest column. */
    readonly n: Float64Array,
    readonly questions: readonly FinestQuestion[],
  ) {
    const D = dims.length;
    this.stride = new Array<number>(D);
    let width = 1;
    for (let d = D - 1; d >= 0; d--) {
      this.stride[d] = width;
      width *= dims[d].levels + 1;
    }
    this.width = width;
    this.levelOf = dims.map((dim, d) => Int32Array.from({ length: width }, (_, c) => Math.floor(c / this.stride[d]) % (dim.levels + 1)));
    this.dimStart = [];
    let outputs = 1;
    for (const dim of dims) {
      this.dimStart.push(outputs);
      outputs += dim.levels + 1;
    }
    this.outputs = outputs;
    this.members = Array.from({ length: outputs }, (_, k) => {
      if (k === 0) return Int32Array.from({ length: width }, (_, c) => c);
      const d = this.dimAt(k);
      const level = k - this.dimStart[d];
      return Int32Array.from({ length: width / (dims[d].levels + 1) }, (_, i) => {
        // The i-th finest column with this level: spread i over the other dimensions.
        const below = i % this.stride[d];
        const above = Math.floor(i / this.stride[d]);
        return above * this.stride[d] * (dims[d].levels + 1) + level * this.stride[d] + below;
      });
    });
    this.columnsOf = Array.from({ length: width }, (_, c) => Int32Array.from([0, ...dims.map((_, d) => this.dimStart[d] + this.levelOf[d][c])]));
    this.maxRows = Math.max(2, ...questions.map((f) => Math.max(f.rows.length, f.chosen?.length ?? 0)));
    this.dimOf = new Int32Array(compiled.questions.length).fill(-1);
    dims.forEach((dim, d) => (this.dimOf[dim.q.index] = d));
    this.childLinks = compiled.questions.map(() => []);
    this.parentLinks = compiled.questions.map(() => []);
    for (const q of compiled.questions) {
      const link = this.linkOf(q);
      if (!link) continue;
      this.links.push(link);
      this.childLinks[link.parent].push(link);
      this.parentLinks[link.child].push(link);
    }
  }

  /** The dimension of output column k (k > 0). */
  dimAt(k: number): number {
    let d = this.dims.length - 1;
    while (d > 0 && this.dimStart[d] > k) d--;
    return d;
  }

  /** The follow-up rule of `q`, where one condition on one question decides who is shown it. */
  private linkOf(q: CompiledQuestion): Link | undefined {
    const conditions = [q.question.when, q.section.when].filter((c) => c !== undefined);
    if (conditions.length !== 1) return undefined;
    const cond = conditions[0];
    const parent = this.compiled.byId.get(cond.question);
    if (!parent || parent.index === q.index) return undefined;
    const roles = this.compiled.roles;
    const everyRole = !q.section.roles || !roles || roles.every((r) => q.section.roles!.includes(r));
    const exact = q.required && everyRole;
    const rows = new Set<number>();
    if (cond.equals && (parent.kind === Kind.One || parent.kind === Kind.Scale)) {
      for (const code of cond.equals) {
        const k = parent.codes.get(code);
        if (k !== undefined) rows.add(k);
      }
    } else if (cond.includes?.length === 1 && parent.kind === Kind.Many) {
      const k = parent.codes.get(cond.includes[0]);
      if (k !== undefined) rows.add(k);
    } else {
      return undefined;
    }
    return { parent: parent.index, child: q.index, rows: [...rows], exact };
  }

  /** Whether finest column c is in the group `spec`: per dimension a level, -1 any, -3 any but "no answer". */
  matches(spec: number[], c: number): boolean {
    for (let d = 0; d < spec.length; d++) {
      const s = spec[d];
      const level = this.levelOf[d][c];
      if (s === -1) continue;
      if (s === -3 ? level === this.dims[d].levels : s !== level) return false;
    }
    return true;
  }

  /** Whether everyone can tell that nobody left breakdown d unanswered: its unanswered count is a published 0. */
  noAnswerKnownEmpty(d: number): boolean {
    return (this.knownEmpty ??= this.dims.map((dim, e) => {
      let none = 0;
      for (let c = 0; c < this.width; c++) if (this.levelOf[e][c] === dim.levels) none += this.n[c];
      return none === 0;
    }))[d];
  }
  private knownEmpty: boolean[] | undefined;

  /** Whether the question's rows are its options (bins) and then the unanswered. */
  optionRows(qi: number): boolean {
    return this.questions[qi].partition;
  }

  /** A question's figure (`ANSWERED`, `UNANSWERED` or an option) in finest column c. */
  finest(f: FinestQuestion, key: number, c: number): number {
    const rows = f.rows;
    if (this.optionRows(f.q.index)) {
      const last = rows.length - 1;
      if (key === UNANSWERED) return rows[last][c];
      if (key === ANSWERED) {
        let sum = 0;
        for (let r = 0; r < last; r++) sum += rows[r][c];
        return sum;
      }
      return rows[key][c];
    }
    if (key === ANSWERED) return rows[0][c];
    if (key === UNANSWERED) return rows[1][c];
    return f.chosen![key][c];
  }

  /** The finest rows a figure is made of. */
  rowsOf(f: FinestQuestion, key: number): number[] {
    if (this.optionRows(f.q.index)) {
      const last = f.rows.length - 1;
      if (key === UNANSWERED) return [last];
      if (key === ANSWERED) return Array.from({ length: last }, (_, r) => r);
      return [key];
    }
    return [key === ANSWERED ? 0 : 1];
  }

  /** Whether row r of question qi counts those who answered it. */
  isAnsweredRow(qi: number, r: number): boolean {
    const f = this.questions[qi];
    return this.optionRows(f.q.index) ? r < f.rows.length - 1 : r === 0;
  }

  /** Finest column c with dimension d at `level`. */
  shifted(c: number, d: number, level: number): number {
    return c + (level - this.levelOf[d][c]) * this.stride[d];
  }

  /** One number for row (or option) r of question qi in finest column c. */
  key(qi: number, r: number, c: number): number {
    return (qi * this.maxRows + r) * this.width + c;
  }

  /**
   * The question, row (or option) and finest column of a `key()`, each read on its own: the witness search
   * reads every key of every move it weighs, and an object per key would be most of what it allocates.
   */
  keyQuestion(key: number): number {
    return Math.floor(key / (this.width * this.maxRows));
  }

  keyRow(key: number): number {
    return Math.floor(key / this.width) % this.maxRows;
  }

  keyColumn(key: number): number {
    return key % this.width;
  }

  /** The level of dimension d in finest column c. */
  levelAt(c: number, d: number): number {
    return this.levelOf[d][c];
  }

  /** The output column of level `level` of dimension `d`. */
  column(d: number, level: number): number {
    return this.dimStart[d] + level;
  }
}

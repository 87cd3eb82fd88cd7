import { Kind, type CompiledDefinition, type CompiledQuestion } from './compile.js';
import { CellProtection } from './disclosure.js';

/**
 * Disclosure control of every output of one set of records at once.
 *
 * `aggregate()` can publish the same records several times: the total, by
 * gender, by age band (and by any other single-choice question a page asks
 * for), on one page or on different days. Each is a margin of one table: the
 * records cross-classified by every breakdown (the *finest columns*), every
 * question's answers counted in each finest column. The pattern of hidden
 * cells is decided here, on that whole, and each output publishes its margin
 * of it, so that two outputs never contradict or complete each other.
 *
 * The standard, and how it is met. A reader knows every published figure,
 * every relation between them and that counts are whole numbers of 0 or
 * more. A count from 1 to `minCount − 1` is safe when the reader can
 * neither compute it nor bound it inside 1…minCount − 1: some table of
 * counts agrees with everything published and has that count at 0 or at
 * `minCount` or more. This module finds such a table for every small count
 * — a *witness*: records moved from one answer to another (or from one group
 * to another) in the finest columns, keeping every count at 0 or more and
 * every rule of the questionnaire (a follow-up question is answered by
 * exactly those its condition shows it to) — and hides every published cell
 * the move changes. Hiding more never spoils a witness, so when every small
 * count has one, the whole pattern is safe. Witnesses are chosen to hide as
 * few published figures as possible: first a swap inside one breakdown (a
 * rectangle of four cells, the classic hypercube method of τ-ARGUS), then
 * moves that also touch the total; moving a whole group's records always
 * exists, so every small count gets a witness.
 *
 * The finest table is a stronger reader's model than the published tables
 * alone: a witness here also satisfies whatever can be deduced from three
 * published tables together (which age bands the women who chose an option
 * fall into), so the protection holds against that reader too. The test
 * suite's auditor checks it with linear programming.
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

const SHOWN = 0;
const UNSHOWN = 1;
const KNOWN = 2;

/** A follow-up question and the answers of another question that show it. */
interface Link {
  parent: number;
  child: number;
  /** Parent rows (one/scale) or the chosen option (many) whose records are shown the child. */
  rows: number[];
  /** Exactly those shown answer it (required, asked of every role); otherwise at most those. */
  exact: boolean;
}

/** A move of counts in the finest table, checked as it is built. */
class Move {
  ok = true;
  readonly rows = new Map<number, number>();
  readonly chosen = new Map<number, number>();
  readonly n = new Map<number, number>();
  /** Finest columns whose rules must be checked. */
  readonly touched = new Set<number>();
}

const EPS = 1e-9;

export class JointTable {
  /** Finest columns. */
  readonly width: number;
  /** Output columns: 0 is everyone, then each dimension's levels and its "no answer". */
  readonly outputs: number;
  readonly dimStart: number[];
  /** levelOf[d][c]: the level of dimension d in finest column c. */
  private readonly levelOf: Int32Array[];
  private readonly stride: number[];
  /** The finest columns of each output column. */
  private readonly members: Int32Array[];
  private readonly maxRows: number;
  private readonly dimOf: Int32Array;
  private readonly links: Link[] = [];
  private readonly childLinks: Link[][];
  private readonly parentLinks: Link[][];

  private readonly values: number[] = [];
  private readonly kinds: number[] = [];
  /**
   * What hiding a cell costs a reader: totals and group sizes are what most
   * tables are read by, so a pattern that hides inner cells is preferred.
   */
  private readonly weights: number[] = [];
  /** Published cells of each question other than the dimensions: row key → cell id per output column. */
  private readonly cellsOf: Array<Map<number, Int32Array>>;
  private readonly patterns = new Map<string, number>();
  private readonly patternList: Array<{ id: number; spec: number[] }> = [];
  private knownZero = -1;
  private hidden: Uint8Array | undefined;

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
    this.cellsOf = compiled.questions.map(() => new Map<number, Int32Array>());
    this.layOut();
  }

  private dimAt(k: number): number {
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

  // ---------------------------------------------------------------- cells

  private newCell(value: number, kind: number, weight = 1): number {
    this.values.push(value);
    this.kinds.push(kind);
    this.weights.push(weight);
    return this.values.length - 1;
  }

  /**
   * A cell of the group table: the records whose dimension d is `spec[d]`
   * (a level, -1 any, -3 any but "no answer"). Shared by the total row and
   * the breakdown questions' own figures in every output.
   */
  private pattern(spec: number[], kind: number): number {
    const key = spec.join(',');
    let id = this.patterns.get(key);
    if (id === undefined) {
      let value = 0;
      for (let c = 0; c < this.width; c++) if (this.matches(spec, c)) value += this.n[c];
      id = this.newCell(value, value === 0 && this.provablyEmpty(spec) ? KNOWN : kind, 10);
      this.patterns.set(key, id);
      this.patternList.push({ id, spec: [...spec] });
    } else if (kind < this.kinds[id] && this.kinds[id] !== KNOWN) {
      this.kinds[id] = kind;
    }
    return id;
  }

  private matches(spec: number[], c: number): boolean {
    for (let d = 0; d < spec.length; d++) {
      const s = spec[d];
      const level = this.levelOf[d][c];
      if (s === -1) continue;
      if (s === -3 ? level === this.dims[d].levels : s !== level) return false;
    }
    return true;
  }

  /** A group everyone can tell is empty: "no answer" to a breakdown that every record answered. */
  private provablyEmpty(spec: number[]): boolean {
    return spec.some((s, d) => s === this.dims[d].levels && this.noAnswerKnownEmpty(d));
  }

  private noAnswerKnownEmpty(d: number): boolean {
    // Nobody without an answer: the breakdown's own unanswered count is a published 0.
    let none = 0;
    for (let c = 0; c < this.width; c++) if (this.levelOf[d][c] === this.dims[d].levels) none += this.n[c];
    return none === 0;
  }

  private zero(): number {
    if (this.knownZero < 0) this.knownZero = this.newCell(0, KNOWN);
    return this.knownZero;
  }

  /** Output column k as a group spec, and whether an output shows it. */
  private columnSpec(k: number): { spec: number[]; kind: number } {
    const spec = this.dims.map(() => -1);
    if (k === 0) return { spec, kind: SHOWN };
    const d = this.dimAt(k);
    const level = k - this.dimStart[d];
    spec[d] = level;
    return { spec, kind: level === this.dims[d].levels ? UNSHOWN : SHOWN };
  }

  private layOut(): void {
    this.totalIds = new Int32Array(this.outputs);
    for (let k = 0; k < this.outputs; k++) {
      const { spec, kind } = this.columnSpec(k);
      this.totalIds[k] = this.pattern(spec, kind);
    }
    for (const f of this.questions) {
      const qi = f.q.index;
      const d = this.dimOf[qi];
      const keys = this.rowKeys(f);
      for (const key of keys) {
        const ids = new Int32Array(this.outputs);
        for (let k = 0; k < this.outputs; k++) {
          const { spec, kind } = this.columnSpec(k);
          if (d >= 0) {
            const own = key === ANSWERED ? -3 : key === UNANSWERED ? this.dims[d].levels : key;
            const other = spec[d];
            if (other === -1) spec[d] = own;
            else if (!(own === other || (own === -3 && other !== this.dims[d].levels))) {
              ids[k] = this.zero();
              continue;
            }
            ids[k] = this.pattern(spec, kind);
          } else {
            const empty = kind === UNSHOWN && this.totalKind(k) === KNOWN;
            const weight = k === 0 ? 10 : key === ANSWERED || key === UNANSWERED ? 3 : 1;
            ids[k] = this.newCell(this.figure(f, key, k), empty ? KNOWN : kind, weight);
          }
        }
        this.cellsOf[qi].set(key, ids);
      }
    }
  }

  private totalIds = new Int32Array(0);

  private totalKind(k: number): number {
    return this.kinds[this.totalIds[k]];
  }

  /** The published figures of a question: answered, unanswered, and each option or bin. */
  private rowKeys(f: FinestQuestion): number[] {
    const keys = [ANSWERED, UNANSWERED];
    const q = f.q;
    if (f.partition) for (let r = 0; r < f.rows.length - 1; r++) keys.push(r);
    else if (q.kind === Kind.Many) for (let o = 0; o < f.chosen!.length; o++) keys.push(o);
    return keys;
  }

  /** Whether the question's rows are its options (bins) and then the unanswered. */
  private optionRows(qi: number): boolean {
    return this.questions[qi].partition;
  }

  private figure(f: FinestQuestion, key: number, k: number): number {
    let sum = 0;
    for (const c of this.members[k]) sum += this.finest(f, key, c);
    return sum;
  }

  private finest(f: FinestQuestion, key: number, c: number): number {
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

  /** The cell id of a question's figure in output column k. */
  cell(question: number, key: number, k: number): number {
    return this.cellsOf[question].get(key)![k];
  }

  /** The cell id of the number of records in output column k. */
  total(k: number): number {
    return this.totalIds[k];
  }

  value(id: number): number {
    return this.values[id];
  }

  isHidden(id: number): boolean {
    return this.hidden![id] === 1;
  }

  /** The level of dimension d in finest column c. */
  levelAt(c: number, d: number): number {
    return this.levelOf[d][c];
  }

  /** The output column of level `level` of dimension `d`. */
  column(d: number, level: number): number {
    return this.dimStart[d] + level;
  }

  // ---------------------------------------------------------------- protection

  /** Decides the hidden cells: every count from 1 to minCount − 1, and what each needs beside it. */
  protect(minCount: number): void {
    const count = this.values.length;
    const hidden = (this.hidden = new Uint8Array(count));
    if (minCount <= 1) return;
    const small = (id: number) => this.kinds[id] !== KNOWN && this.values[id] >= 1 && this.values[id] < minCount;
    const sensitive: Array<{ id: number; question: number; key: number; k: number }> = [];
    for (const { id } of this.patternList) if (small(id)) sensitive.push({ id, question: -1, key: 0, k: 0 });
    for (const f of this.questions) {
      if (this.dimOf[f.q.index] >= 0) continue;
      for (const [key, ids] of this.cellsOf[f.q.index]) {
        for (let k = 0; k < this.outputs; k++) if (small(ids[k])) sensitive.push({ id: ids[k], question: f.q.index, key, k });
      }
    }
    for (const s of sensitive) hidden[s.id] = 1;
    const done = new Uint8Array(count);
    for (const s of sensitive) {
      if (done[s.id]) continue;
      done[s.id] = 1;
      const best = s.question < 0 ? this.groupWitness(s.id, minCount) : this.answerWitness(s.question, s.key, s.k, minCount);
      // The last resort, always valid: every table scaled agrees with the zeros shown, so hide every other count.
      for (const id of best ?? this.scaled()) hidden[id] = 1;
    }
    // Along every published relation: no hidden figure alone, and hidden parts beside a shown total never hold
    // 1 to minCount − 1 persons together (that would say "one or two of these"), as the single tables always promised.
    this.hidden = this.relations().protect(minCount, hidden);
  }

  /** Every additive relation the outputs publish, over the cells. */
  private relations(): CellProtection {
    const protection = new CellProtection();
    this.values.forEach((value, id) => protection.cell(value, this.kinds[id] === SHOWN ? 'shown' : this.kinds[id] === UNSHOWN ? 'unshown' : 'known'));
    const byDim = (ids: Int32Array) => {
      this.dims.forEach((dim, d) => {
        protection.relate(ids[0], Array.from({ length: dim.levels + 1 }, (_, l) => ids[this.dimStart[d] + l]));
      });
    };
    byDim(this.totalIds);
    for (const f of this.questions) {
      const qi = f.q.index;
      const cells = this.cellsOf[qi];
      for (const ids of cells.values()) byDim(ids);
      const answered = cells.get(ANSWERED)!;
      const unanswered = cells.get(UNANSWERED)!;
      const options = f.partition ? f.rows.slice(0, -1).map((_, r) => cells.get(r)!) : [];
      for (let k = 0; k < this.outputs; k++) {
        protection.relate(this.totalIds[k], [answered[k], unanswered[k]]);
        if (options.length) protection.relate(answered[k], options.map((ids) => ids[k]));
      }
    }
    for (const link of this.links) {
      if (!link.exact) continue;
      const parent = this.cellsOf[link.parent];
      const child = this.cellsOf[link.child].get(ANSWERED)!;
      const parentRows = this.questions[link.parent];
      for (let k = 0; k < this.outputs; k++) {
        protection.relate(child[k], link.rows.map((r) => parent.get(r)![k]));
        if (parentRows.partition) {
          const others = parentRows.rows.slice(0, -1).map((_, r) => r).filter((r) => !link.rows.includes(r));
          protection.relate(parent.get(ANSWERED)![k], [child[k], ...others.map((r) => parent.get(r)![k])]);
        }
      }
    }
    return protection;
  }

  /** Every count other than 0: what a table scaled up or down changes. */
  private scaled(): number[] {
    return this.values.flatMap((value, id) => (value > EPS && this.kinds[id] !== KNOWN ? [id] : []));
  }

  /** Cost of hiding a move's cells: published figures not yet hidden, the bigger ones a little more. */
  private cost(cells: number[]): number {
    let cost = 0;
    for (const id of cells) {
      if (this.hidden![id] || this.kinds[id] !== SHOWN) continue;
      cost += 1e6 * this.weights[id] + this.values[id];
    }
    return cost;
  }

  private choose(moves: Move[], target: number, minCount: number): number[] | undefined {
    let best: number[] | undefined;
    let bestCost = Infinity;
    const value = this.values[target];
    for (const move of moves) {
      if (!move.ok || !this.valid(move)) continue;
      const deltas = this.cellDeltas(move);
      const change = deltas.get(target) ?? 0;
      if (!(value + change <= EPS || value + change >= minCount - EPS)) continue;
      const cells: number[] = [];
      let known = false;
      for (const [id, delta] of deltas) {
        if (Math.abs(delta) <= EPS) continue;
        if (this.kinds[id] === KNOWN) known = true;
        cells.push(id);
      }
      if (known) continue;
      const cost = this.cost(cells);
      if (cost < bestCost) {
        bestCost = cost;
        best = cells;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- witnesses for an answer's count

  private answerWitness(qi: number, key: number, k: number, minCount: number): number[] | undefined {
    const f = this.questions[qi];
    const target = this.cell(qi, key, k);
    const value = this.values[target];
    const moves: Move[] = [];
    const partners = this.partnersOf(f, key);
    if (k > 0) {
      const d = this.dimAt(k);
      const level = k - this.dimStart[d];
      for (let other = 0; other <= this.dims[d].levels; other++) {
        if (other === level) continue;
        if (other === this.dims[d].levels && this.noAnswerKnownEmpty(d)) continue;
        for (const partner of partners) {
          moves.push(this.swap(f, key, partner, k, d, other, 'down', 0));
          moves.push(this.swap(f, key, partner, k, d, other, 'up', minCount - value));
        }
      }
    }
    for (const partner of partners) moves.push(this.moveAll(f, key, partner, k));
    let best = this.choose(moves, target, minCount);
    if (!best) {
      // Always possible: the records of this count go to another group, with all their answers
      // (a follow-up asked by group, such as a question for women only, loses them on the way).
      const group: Move[] = [];
      const dims = k > 0 ? [this.dimAt(k)] : this.dims.map((_, d) => d);
      for (const d of dims) {
        const level = k > 0 ? k - this.dimStart[d] : -1;
        for (let other = 0; other <= this.dims[d].levels; other++) {
          if (other === level || (other === this.dims[d].levels && this.noAnswerKnownEmpty(d))) continue;
          const build = (partner: number | undefined) => {
            const move = new Move();
            for (const c of this.members[k]) {
              if (this.finest(f, key, c) > EPS && this.levelOf[d][c] !== other) this.moveRecords(move, c, this.shifted(c, d, other), 1);
            }
            this.settleGroups(move);
            // Then, in their new group, the records may take another answer (one a question there is shown for).
            return partner === undefined ? move : this.moveAll(f, key, partner, k > 0 ? this.dimStart[d] + other : 0, move);
          };
          group.push(build(undefined));
          for (const partner of partners) group.push(build(partner));
        }
      }
      best = this.choose(group, target, minCount);
    }
    return best;
  }

  /** Where the records of a figure can go: other rows of the question (or, for a many option, not choosing it). */
  private partnersOf(f: FinestQuestion, key: number): number[] {
    if (!f.partition && key >= 0) return [-9];
    if (f.partition) {
      const last = f.rows.length - 1;
      if (key === ANSWERED) return [last];
      const rows: number[] = [];
      for (let r = 0; r <= last; r++) if (r !== (key === UNANSWERED ? last : key)) rows.push(r);
      return rows;
    }
    return [key === ANSWERED ? 1 : 0];
  }

  /** The finest rows a figure is made of. */
  private rowsOf(f: FinestQuestion, key: number): number[] {
    if (this.optionRows(f.q.index)) {
      const last = f.rows.length - 1;
      if (key === UNANSWERED) return [last];
      if (key === ANSWERED) return Array.from({ length: last }, (_, r) => r);
      return [key];
    }
    return [key === ANSWERED ? 0 : 1];
  }

  private shifted(c: number, d: number, level: number): number {
    return c + (level - this.levelOf[d][c]) * this.stride[d];
  }

  /**
   * A swap inside one breakdown: the figure's records in its group change
   * answer with records of another group, so that no total changes.
   * `down` takes the figure to 0; `up` adds `amount` to it.
   */
  private swap(f: FinestQuestion, key: number, partner: number, k: number, d: number, other: number, direction: 'down' | 'up', amount: number): Move {
    const move = new Move();
    const qi = f.q.index;
    const many = partner === -9;
    let left = amount;
    for (const c of this.members[k]) {
      const c2 = this.shifted(c, d, other);
      if (many) {
        const here = this.chosenAt(move, qi, key, c);
        if (direction === 'down') {
          if (here <= EPS) continue;
          this.shiftChosen(move, qi, key, c, -here);
          this.shiftChosen(move, qi, key, c2, here);
        } else {
          const s = Math.min(left, this.rowAt(move, qi, 0, c) - here, this.chosenAt(move, qi, key, c2));
          if (s <= EPS) continue;
          left -= s;
          this.shiftChosen(move, qi, key, c, s);
          this.shiftChosen(move, qi, key, c2, -s);
        }
        continue;
      }
      for (const r of this.rowsOf(f, key)) {
        if (direction === 'down') {
          const here = this.rowAt(move, qi, r, c);
          if (here <= EPS) continue;
          this.shift(move, qi, r, partner, c, here);
          this.shift(move, qi, partner, r, c2, here);
        } else {
          const s = Math.min(left, this.rowAt(move, qi, partner, c), this.rowAt(move, qi, r, c2));
          if (s <= EPS) continue;
          left -= s;
          this.shift(move, qi, partner, r, c, s);
          this.shift(move, qi, r, partner, c2, s);
        }
      }
    }
    if (direction === 'up' && left > EPS) move.ok = false;
    return move;
  }

  /** Every record of the figure (in output column k) changes to the partner row. */
  private moveAll(f: FinestQuestion, key: number, partner: number, k: number, move = new Move()): Move {
    const qi = f.q.index;
    for (const c of this.members[k]) {
      if (partner === -9) {
        const here = this.chosenAt(move, qi, key, c);
        if (here > EPS) this.shiftChosen(move, qi, key, c, -here);
        continue;
      }
      for (const r of this.rowsOf(f, key)) {
        const here = this.rowAt(move, qi, r, c);
        if (here > EPS) this.shift(move, qi, r, partner, c, here);
      }
    }
    return move;
  }

  // ---------------------------------------------------------------- witnesses for a group's size

  private groupWitness(target: number, minCount: number): number[] | undefined {
    const spec = this.patternList.find((p) => p.id === target)?.spec;
    if (!spec) return undefined;
    // Every table scaled up or down agrees with what is shown as 0: the last resort, which hides every other count
    // (and the only witness when fewer than minCount records are counted at all).
    if (spec.every((x) => x === -1)) return this.scaled();
    const moves: Move[] = [];
    const constrained = spec.map((s, d) => (s === -1 ? -1 : d)).filter((d) => d >= 0);
    for (const d of constrained) {
      const own = spec[d];
      const none = this.dims[d].levels;
      const targets = own === -3 ? [none] : Array.from({ length: none + 1 }, (_, l) => l).filter((l) => l !== own);
      for (const other of targets) {
        if (other === none && this.noAnswerKnownEmpty(d)) continue;
        const move = new Move();
        for (let c = 0; c < this.width; c++) if (this.matches(spec, c) && this.n[c] > EPS) this.moveRecords(move, c, this.shifted(c, d, other), 1);
        this.settleGroups(move);
        moves.push(move);
      }
    }
    // A rectangle in the cross of two breakdowns leaves both breakdowns' totals as they are.
    if (constrained.length === 2) {
      const [d1, d2] = constrained;
      for (let l1 = 0; l1 <= this.dims[d1].levels; l1++) {
        if (l1 === spec[d1] || spec[d1] < 0) continue;
        for (let l2 = 0; l2 <= this.dims[d2].levels; l2++) {
          if (l2 === spec[d2] || spec[d2] < 0) continue;
          const move = new Move();
          for (let c = 0; c < this.width; c++) {
            if (!this.matches(spec, c) || this.n[c] <= EPS) continue;
            const across = this.shifted(this.shifted(c, d1, l1), d2, l2);
            const available = this.n[across];
            if (available < this.n[c] - EPS) {
              move.ok = false;
              break;
            }
            this.moveRecords(move, c, this.shifted(c, d1, l1), 1);
            this.moveRecords(move, across, this.shifted(across, d1, spec[d1]), this.n[c] / available);
          }
          this.settleGroups(move);
          moves.push(move);
        }
      }
    }
    return this.choose(moves, target, minCount);
  }

  /** Moves a share of the records of finest column `from` to `to`, each with all its answers. */
  private moveRecords(move: Move, from: number, to: number, share: number): void {
    const amount = this.n[from] * share;
    if (amount <= EPS) return;
    move.n.set(from, (move.n.get(from) ?? 0) - amount);
    move.n.set(to, (move.n.get(to) ?? 0) + amount);
    move.touched.add(from).add(to);
    for (const f of this.questions) {
      const qi = f.q.index;
      if (this.dimOf[qi] >= 0) continue;
      f.rows.forEach((row, r) => {
        const s = row[from] * share;
        if (s > EPS) {
          this.add(move.rows, this.key(qi, r, from), -s);
          this.add(move.rows, this.key(qi, r, to), s);
        }
      });
      f.chosen?.forEach((row, o) => {
        const s = row[from] * share;
        if (s > EPS) {
          this.add(move.chosen, this.key(qi, o, from), -s);
          this.add(move.chosen, this.key(qi, o, to), s);
        }
      });
    }
  }

  /** After records changed group: follow-up questions asked by group (a question only for women) follow the rule again. */
  private settleGroups(move: Move): void {
    for (const link of this.links) {
      if (this.dimOf[link.parent] < 0) continue;
      for (const c of move.touched) {
        const diff = this.shownSum(move, link, c) - this.answeredAt(move, link.child, c);
        if (diff < -EPS) this.removeAnswers(move, link.child, c, -diff, link);
        else if (diff > EPS && link.exact) this.addAnswers(move, link.child, c, diff, link);
      }
    }
  }

  // ---------------------------------------------------------------- the finest table under a move

  private key(qi: number, r: number, c: number): number {
    return (qi * this.maxRows + r) * this.width + c;
  }

  private add(map: Map<number, number>, key: number, delta: number): void {
    map.set(key, (map.get(key) ?? 0) + delta);
  }

  private rowAt(move: Move, qi: number, r: number, c: number): number {
    return this.questions[qi].rows[r][c] + (move.rows.get(this.key(qi, r, c)) ?? 0);
  }

  private chosenAt(move: Move, qi: number, o: number, c: number): number {
    return this.questions[qi].chosen![o][c] + (move.chosen.get(this.key(qi, o, c)) ?? 0);
  }

  private nAt(move: Move, c: number): number {
    return this.n[c] + (move.n.get(c) ?? 0);
  }

  private answeredAt(move: Move, qi: number, c: number): number {
    const f = this.questions[qi];
    if (this.dimOf[qi] >= 0) return this.levelOf[this.dimOf[qi]][c] === this.dims[this.dimOf[qi]].levels ? 0 : this.nAt(move, c);
    if (!this.optionRows(f.q.index)) return this.rowAt(move, qi, 0, c);
    let sum = 0;
    for (let r = 0; r < f.rows.length - 1; r++) sum += this.rowAt(move, qi, r, c);
    return sum;
  }

  /** Those the link's condition shows the follow-up question to, in finest column c. */
  private shownSum(move: Move, link: Link, c: number): number {
    const d = this.dimOf[link.parent];
    if (d >= 0) return link.rows.includes(this.levelOf[d][c]) ? this.nAt(move, c) : 0;
    const parent = this.questions[link.parent];
    let sum = 0;
    for (const r of link.rows) sum += parent.chosen ? this.chosenAt(move, link.parent, r, c) : this.rowAt(move, link.parent, r, c);
    return sum;
  }

  private isAnsweredRow(qi: number, r: number): boolean {
    const f = this.questions[qi];
    return this.optionRows(f.q.index) ? r < f.rows.length - 1 : r === 0;
  }

  /** Moves `s` records of question qi in finest column c from row `from` to row `to`, and keeps its follow-up rules. */
  private shift(move: Move, qi: number, from: number, to: number, c: number, s: number, skip?: Link): void {
    if (!move.ok || s <= EPS || from === to) return;
    this.add(move.rows, this.key(qi, from, c), -s);
    this.add(move.rows, this.key(qi, to, c), s);
    move.touched.add(c);
    const f = this.questions[qi];
    if (f.chosen && from === 0) {
      // Fewer answered: nobody can have chosen an option more often than answered.
      const answered = this.rowAt(move, qi, 0, c);
      f.chosen.forEach((_, o) => {
        const excess = this.chosenAt(move, qi, o, c) - answered;
        if (excess > EPS) this.shiftChosen(move, qi, o, c, -excess);
      });
    }
    for (const link of this.childLinks[qi]) {
      if (link === skip || f.chosen) continue;
      const delta = (link.rows.includes(to) ? s : 0) - (link.rows.includes(from) ? s : 0);
      if (delta) this.follow(move, link, c, delta);
    }
    const answeredDelta = (this.isAnsweredRow(qi, to) ? s : 0) - (this.isAnsweredRow(qi, from) ? s : 0);
    if (answeredDelta) for (const link of this.parentLinks[qi]) if (link !== skip) this.lead(move, link, c, answeredDelta);
  }

  private shiftChosen(move: Move, qi: number, o: number, c: number, delta: number, skip?: Link): void {
    if (!move.ok || Math.abs(delta) <= EPS) return;
    this.add(move.chosen, this.key(qi, o, c), delta);
    move.touched.add(c);
    for (const link of this.childLinks[qi]) if (link !== skip && link.rows.includes(o)) this.follow(move, link, c, delta);
  }

  /** The parent's shown count changed by delta: the follow-up's answers follow. */
  private follow(move: Move, link: Link, c: number, delta: number): void {
    const answered = this.answeredAt(move, link.child, c);
    const shown = this.shownSum(move, link, c);
    if (link.exact) {
      if (answered > shown + EPS) this.removeAnswers(move, link.child, c, answered - shown, link);
      else if (answered < shown - EPS) this.addAnswers(move, link.child, c, shown - answered, link);
    } else if (answered > shown + EPS) {
      this.removeAnswers(move, link.child, c, answered - shown, link);
    }
    void delta;
  }

  /** The follow-up's answered count changed by delta: the parent's shown count follows where it must. */
  private lead(move: Move, link: Link, c: number, delta: number): void {
    if (!link.exact) {
      // At most those shown answer: more answers need more shown.
      const excess = this.answeredAt(move, link.child, c) - this.shownSum(move, link, c);
      if (excess <= EPS) return;
      delta = excess;
    }
    if (this.dimOf[link.parent] >= 0) {
      move.ok = false;
      return;
    }
    const parent = this.questions[link.parent];
    const pi = link.parent;
    if (parent.chosen) {
      const o = link.rows[0];
      const room = this.rowAt(move, pi, 0, c) - this.chosenAt(move, pi, o, c);
      if (delta > room + EPS || this.chosenAt(move, pi, o, c) + delta < -EPS) {
        move.ok = false;
        return;
      }
      this.shiftChosen(move, pi, o, c, delta, link);
      return;
    }
    const last = parent.rows.length - 1;
    const outside = Array.from({ length: last + 1 }, (_, r) => r).filter((r) => !link.rows.includes(r));
    // Prefer an option outside the condition, so that the parent's own answered count stays.
    outside.sort((a, b) => (a === last ? 1 : 0) - (b === last ? 1 : 0));
    let left = Math.abs(delta);
    if (delta < 0) {
      for (const r of link.rows) {
        const here = this.rowAt(move, pi, r, c);
        const s = Math.min(here, left);
        if (s > EPS) {
          this.shift(move, pi, r, outside[0], c, s, link);
          left -= s;
        }
      }
    } else {
      for (const r of outside) {
        const here = this.rowAt(move, pi, r, c);
        const s = Math.min(here, left);
        if (s > EPS) {
          this.shift(move, pi, r, link.rows[0], c, s, link);
          left -= s;
        }
      }
    }
    if (left > EPS || outside.length === 0 || link.rows.length === 0) move.ok = false;
  }

  /** Takes `s` answers of question qi in finest column c back to unanswered. */
  private removeAnswers(move: Move, qi: number, c: number, s: number, skip?: Link): void {
    const f = this.questions[qi];
    if (this.dimOf[qi] >= 0) {
      move.ok = false;
      return;
    }
    let left = s;
    if (!this.optionRows(f.q.index)) {
      const t = Math.min(left, this.rowAt(move, qi, 0, c));
      this.shift(move, qi, 0, 1, c, t, skip);
      left -= t;
    } else {
      const last = f.rows.length - 1;
      for (let r = 0; r < last && left > EPS; r++) {
        const here = this.rowAt(move, qi, r, c);
        const t = Math.min(here, left);
        if (t > EPS) {
          this.shift(move, qi, r, last, c, t, skip);
          left -= t;
        }
      }
    }
    if (left > EPS) move.ok = false;
  }

  /** Gives `s` of those who did not answer question qi in finest column c an answer. */
  private addAnswers(move: Move, qi: number, c: number, s: number, skip?: Link): void {
    const f = this.questions[qi];
    if (this.dimOf[qi] >= 0) {
      move.ok = false;
      return;
    }
    const last = this.optionRows(f.q.index) ? f.rows.length - 1 : 1;
    if (this.rowAt(move, qi, last, c) < s - EPS || (this.optionRows(f.q.index) && last === 0)) {
      move.ok = false;
      return;
    }
    // An answer that shows no further question keeps the move small.
    let to = 0;
    if (this.optionRows(f.q.index)) {
      const free = Array.from({ length: last }, (_, r) => r).find((r) => !this.childLinks[qi].some((l) => l.rows.includes(r)));
      to = free ?? 0;
    }
    this.shift(move, qi, last, to, c, s, skip);
  }

  /** Whether the moved table still holds: counts of 0 or more, options within answered, follow-up rules kept. */
  private valid(move: Move): boolean {
    for (const [key, delta] of move.rows) {
      const c = key % this.width;
      const rest = (key - c) / this.width;
      const r = rest % this.maxRows;
      const qi = (rest - r) / this.maxRows;
      if (this.questions[qi].rows[r][c] + delta < -EPS) return false;
    }
    for (const [key, delta] of move.chosen) {
      const c = key % this.width;
      const rest = (key - c) / this.width;
      const o = rest % this.maxRows;
      const qi = (rest - o) / this.maxRows;
      const value = this.questions[qi].chosen![o][c] + delta;
      if (value < -EPS || value > this.rowAt(move, qi, 0, c) + EPS) return false;
    }
    for (const [c, delta] of move.n) if (this.n[c] + delta < -EPS) return false;
    for (const c of move.touched) {
      for (const f of this.questions) {
        const qi = f.q.index;
        if (this.dimOf[qi] >= 0) continue;
        let sum = 0;
        for (let r = 0; r < f.rows.length; r++) sum += this.rowAt(move, qi, r, c);
        if (Math.abs(sum - this.nAt(move, c)) > 1e-6) return false;
      }
      for (const link of this.links) {
        const answered = this.answeredAt(move, link.child, c);
        const shown = this.shownSum(move, link, c);
        if (link.exact ? Math.abs(answered - shown) > 1e-6 : answered > shown + 1e-6) return false;
      }
    }
    return true;
  }

  /** How each published cell changes under a move. */
  private cellDeltas(move: Move): Map<number, number> {
    const deltas = new Map<number, number>();
    const bump = (id: number, delta: number) => deltas.set(id, (deltas.get(id) ?? 0) + delta);
    const columns = (c: number): number[] => [0, ...this.dims.map((_, d) => this.dimStart[d] + this.levelOf[d][c])];
    for (const [key, delta] of move.rows) {
      if (Math.abs(delta) <= EPS) continue;
      const c = key % this.width;
      const rest = (key - c) / this.width;
      const r = rest % this.maxRows;
      const qi = (rest - r) / this.maxRows;
      const f = this.questions[qi];
      const keys = this.optionRows(f.q.index) ? (r === f.rows.length - 1 ? [UNANSWERED] : [r, ANSWERED]) : [r === 0 ? ANSWERED : UNANSWERED];
      for (const rowKey of keys) {
        const ids = this.cellsOf[qi].get(rowKey)!;
        for (const k of columns(c)) bump(ids[k], delta);
      }
    }
    for (const [key, delta] of move.chosen) {
      if (Math.abs(delta) <= EPS) continue;
      const c = key % this.width;
      const rest = (key - c) / this.width;
      const o = rest % this.maxRows;
      const qi = (rest - o) / this.maxRows;
      const ids = this.cellsOf[qi].get(o)!;
      for (const k of columns(c)) bump(ids[k], delta);
    }
    for (const [c, delta] of move.n) {
      if (Math.abs(delta) <= EPS) continue;
      for (const { id, spec } of this.patternList) if (this.matches(spec, c)) bump(id, delta);
    }
    return deltas;
  }
}

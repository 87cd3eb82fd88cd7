import { Kind, type CompiledDefinition } from './compile.js';
import { CellProtection } from './disclosure.js';
import { ANSWERED, EPS, FinestTable, UNANSWERED, type FinestQuestion, type JointDimension } from './finest-table.js';
import type { Move } from './move.js';
import { answerWitness, groupWitness } from './witness.js';

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
 *
 * The parts: `finest-table.ts` (the finest table and its follow-up rules),
 * `move.ts` (a move of its counts, kept to those rules), `witness.ts` (the
 * moves tried for each small count) and, here, the published cells, what
 * hiding them costs, and the pattern decided.
 */

export { ANSWERED, UNANSWERED, type FinestQuestion, type JointDimension } from './finest-table.js';

const SHOWN = 0;
const UNSHOWN = 1;
const KNOWN = 2;

export class JointTable extends FinestTable {
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
  private totalIds = new Int32Array(0);

  constructor(compiled: CompiledDefinition, dims: readonly JointDimension[], n: Float64Array, questions: readonly FinestQuestion[]) {
    super(compiled, dims, n, questions);
    this.cellsOf = compiled.questions.map(() => new Map<number, Int32Array>());
    this.layOut();
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

  /** The group of a cell made by `pattern()`, or undefined for any other cell. */
  groupSpec(id: number): number[] | undefined {
    return this.patternList.find((p) => p.id === id)?.spec;
  }

  /** A group everyone can tell is empty: "no answer" to a breakdown that every record answered. */
  private provablyEmpty(spec: number[]): boolean {
    return spec.some((s, d) => s === this.dims[d].levels && this.noAnswerKnownEmpty(d));
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
    const columns = Array.from({ length: this.outputs }, (_, k) => this.columnSpec(k));
    for (const f of this.questions) {
      const qi = f.q.index;
      const d = this.dimOf[qi];
      const keys = this.rowKeys(f);
      for (const key of keys) {
        const ids = new Int32Array(this.outputs);
        for (let k = 0; k < this.outputs; k++) {
          const { kind } = columns[k];
          if (d >= 0) {
            const spec = [...columns[k].spec];
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

  private figure(f: FinestQuestion, key: number, k: number): number {
    let sum = 0;
    for (const c of this.members[k]) sum += this.finest(f, key, c);
    return sum;
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
      const best = s.question < 0 ? groupWitness(this, s.id, minCount) : answerWitness(this, s.question, s.key, s.k, minCount);
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
  scaled(): number[] {
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

  /**
   * The cells the best of `moves` hides: of the valid moves that take the
   * count of cell `target` to 0 or to minCount or more and change no cell
   * everyone knows, the one whose cells cost least to hide (the first of
   * equals). A cost is never below 0, so once a move costs 0 (every cell it
   * changes is hidden already) no later one can win: the search stops there,
   * and moves made one at a time are then not made at all. Whether the moved
   * table still keeps every rule is asked last, of a move that would win:
   * the same moves pass, and most never need the question.
   */
  choose(moves: Iterable<Move>, target: number, minCount: number): number[] | undefined {
    let best: number[] | undefined;
    let bestCost = Infinity;
    const value = this.values[target];
    for (const move of moves) {
      if (!move.ok) continue;
      const { ids, delta } = this.cellDeltas(move);
      const change = delta[target];
      const cells: number[] = [];
      let known = false;
      for (const id of ids) {
        if (Math.abs(delta[id]) > EPS) {
          if (this.kinds[id] === KNOWN) known = true;
          cells.push(id);
        }
        delta[id] = 0;
      }
      if (!(value + change <= EPS || value + change >= minCount - EPS) || known) continue;
      const cost = this.cost(cells);
      if (cost < bestCost && move.valid()) {
        bestCost = cost;
        best = cells;
        if (cost === 0) break;
      }
    }
    return best;
  }

  /** Each published cell's change under the move being costed (0 where none), kept between moves. */
  private deltas = new Float64Array(0);
  /** The move each cell was last touched by (a count of moves costed), so that a cell is listed once per move. */
  private touchedBy = new Uint32Array(0);
  private moves = 0;

  /**
   * How each published cell changes under a move: the cells it touches, in the order first touched, and
   * their changes in `delta`, which the caller sets back to 0 for the next move. Runs once for every
   * move the witness search weighs, so it allocates nothing per change.
   */
  private cellDeltas(move: Move): { ids: number[]; delta: Float64Array } {
    if (this.deltas.length < this.values.length) {
      this.deltas = new Float64Array(this.values.length);
      this.touchedBy = new Uint32Array(this.values.length);
    }
    const { deltas: delta, touchedBy, columnsOf, cellsOf } = this;
    const stamp = (this.moves = (this.moves + 1) >>> 0);
    // After 2³² − 1 moves the count starts again, with no cell marked by an earlier round.
    if (stamp === 0) {
      touchedBy.fill(0);
      this.moves = 1;
      return this.cellDeltas(move);
    }
    const ids: number[] = [];
    const touch = (id: number, d: number) => {
      if (touchedBy[id] !== stamp) {
        touchedBy[id] = stamp;
        ids.push(id);
      }
      delta[id] += d;
    };
    const bumpFigure = (qi: number, rowKey: number, c: number, d: number) => {
      const cells = cellsOf[qi].get(rowKey)!;
      for (const k of columnsOf[c]) touch(cells[k], d);
    };
    for (const [key, d] of move.rows) {
      if (Math.abs(d) <= EPS) continue;
      const qi = this.keyQuestion(key);
      const r = this.keyRow(key);
      const c = this.keyColumn(key);
      const f = this.questions[qi];
      if (!this.optionRows(f.q.index)) bumpFigure(qi, r === 0 ? ANSWERED : UNANSWERED, c, d);
      else if (r === f.rows.length - 1) bumpFigure(qi, UNANSWERED, c, d);
      else {
        bumpFigure(qi, r, c, d);
        bumpFigure(qi, ANSWERED, c, d);
      }
    }
    for (const [key, d] of move.chosen) {
      if (Math.abs(d) <= EPS) continue;
      bumpFigure(this.keyQuestion(key), this.keyRow(key), this.keyColumn(key), d);
    }
    for (const [c, d] of move.n) {
      if (Math.abs(d) <= EPS) continue;
      for (const { id, spec } of this.patternList) {
        if (this.matches(spec, c)) touch(id, d);
      }
    }
    return { ids, delta };
  }
}

import { EPS, type FinestTable, type Link } from './finest-table.js';

/**
 * A move of counts in the finest table: records moved from one answer to
 * another, or from one group to another, each step carried along the
 * questionnaire's follow-up rules as it is made. The table itself stays as
 * it is; the move holds the changes, and `valid()` says whether the moved
 * table still holds.
 */
export class Move {
  ok = true;
  /** Changes of the questions' rows, by `table.key()`. */
  readonly rows = new Map<number, number>();
  /** Changes of the many questions' chosen counts, by `table.key()`. */
  readonly chosen = new Map<number, number>();
  /** Changes of the records in each finest column. */
  readonly n = new Map<number, number>();
  /** Finest columns whose rules must be checked. */
  readonly touched = new Set<number>();

  constructor(readonly table: FinestTable) {}

  private add(map: Map<number, number>, key: number, delta: number): void {
    map.set(key, (map.get(key) ?? 0) + delta);
  }

  // ---------------------------------------------------------------- the finest table under the move

  rowAt(qi: number, r: number, c: number): number {
    const t = this.table;
    return t.questions[qi].rows[r][c] + (this.rows.get(t.key(qi, r, c)) ?? 0);
  }

  chosenAt(qi: number, o: number, c: number): number {
    const t = this.table;
    return t.questions[qi].chosen![o][c] + (this.chosen.get(t.key(qi, o, c)) ?? 0);
  }

  private nAt(c: number): number {
    return this.table.n[c] + (this.n.get(c) ?? 0);
  }

  private answeredAt(qi: number, c: number): number {
    const t = this.table;
    const f = t.questions[qi];
    if (t.dimOf[qi] >= 0) return t.levelOf[t.dimOf[qi]][c] === t.dims[t.dimOf[qi]].levels ? 0 : this.nAt(c);
    if (!t.optionRows(f.q.index)) return this.rowAt(qi, 0, c);
    let sum = 0;
    for (let r = 0; r < f.rows.length - 1; r++) sum += this.rowAt(qi, r, c);
    return sum;
  }

  /** Those the link's condition shows the follow-up question to, in finest column c. */
  private shownSum(link: Link, c: number): number {
    const t = this.table;
    const d = t.dimOf[link.parent];
    if (d >= 0) return link.rows.includes(t.levelOf[d][c]) ? this.nAt(c) : 0;
    const parent = t.questions[link.parent];
    let sum = 0;
    for (const r of link.rows) sum += parent.chosen ? this.chosenAt(link.parent, r, c) : this.rowAt(link.parent, r, c);
    return sum;
  }

  // ---------------------------------------------------------------- records to another group

  /** Moves a share of the records of finest column `from` to `to`, each with all its answers. */
  moveRecords(from: number, to: number, share: number): void {
    const t = this.table;
    const amount = t.n[from] * share;
    if (amount <= EPS) return;
    this.n.set(from, (this.n.get(from) ?? 0) - amount);
    this.n.set(to, (this.n.get(to) ?? 0) + amount);
    this.touched.add(from).add(to);
    for (const f of t.questions) {
      const qi = f.q.index;
      if (t.dimOf[qi] >= 0) continue;
      f.rows.forEach((row, r) => {
        const s = row[from] * share;
        if (s > EPS) {
          this.add(this.rows, t.key(qi, r, from), -s);
          this.add(this.rows, t.key(qi, r, to), s);
        }
      });
      f.chosen?.forEach((row, o) => {
        const s = row[from] * share;
        if (s > EPS) {
          this.add(this.chosen, t.key(qi, o, from), -s);
          this.add(this.chosen, t.key(qi, o, to), s);
        }
      });
    }
  }

  /** After records changed group: follow-up questions asked by group (a question only for women) follow the rule again. */
  settleGroups(): void {
    const t = this.table;
    for (const link of t.links) {
      if (t.dimOf[link.parent] < 0) continue;
      for (const c of this.touched) {
        const diff = this.shownSum(link, c) - this.answeredAt(link.child, c);
        if (diff < -EPS) this.removeAnswers(link.child, c, -diff, link);
        else if (diff > EPS && link.exact) this.addAnswers(link.child, c, diff, link);
      }
    }
  }

  // ---------------------------------------------------------------- answers to other answers

  /** Moves `s` records of question qi in finest column c from row `from` to row `to`, and keeps its follow-up rules. */
  shift(qi: number, from: number, to: number, c: number, s: number, skip?: Link): void {
    if (!this.ok || s <= EPS || from === to) return;
    const t = this.table;
    this.add(this.rows, t.key(qi, from, c), -s);
    this.add(this.rows, t.key(qi, to, c), s);
    this.touched.add(c);
    const f = t.questions[qi];
    if (f.chosen && from === 0) {
      // Fewer answered: nobody can have chosen an option more often than answered.
      const answered = this.rowAt(qi, 0, c);
      f.chosen.forEach((_, o) => {
        const excess = this.chosenAt(qi, o, c) - answered;
        if (excess > EPS) this.shiftChosen(qi, o, c, -excess);
      });
    }
    for (const link of t.childLinks[qi]) {
      if (link === skip || f.chosen) continue;
      if (link.rows.includes(to) !== link.rows.includes(from)) this.follow(link, c);
    }
    const answeredDelta = (t.isAnsweredRow(qi, to) ? s : 0) - (t.isAnsweredRow(qi, from) ? s : 0);
    if (answeredDelta) for (const link of t.parentLinks[qi]) if (link !== skip) this.lead(link, c, answeredDelta);
  }

  /** Changes by delta those in finest column c who chose option o of question qi, and keeps its follow-up rules. */
  shiftChosen(qi: number, o: number, c: number, delta: number, skip?: Link): void {
    if (!this.ok || Math.abs(delta) <= EPS) return;
    this.add(this.chosen, this.table.key(qi, o, c), delta);
    this.touched.add(c);
    for (const link of this.table.childLinks[qi]) if (link !== skip && link.rows.includes(o)) this.follow(link, c);
  }

  /** The parent's shown count changed: the follow-up's answers follow. */
  private follow(link: Link, c: number): void {
    const answered = this.answeredAt(link.child, c);
    const shown = this.shownSum(link, c);
    if (link.exact) {
      if (answered > shown + EPS) this.removeAnswers(link.child, c, answered - shown, link);
      else if (answered < shown - EPS) this.addAnswers(link.child, c, shown - answered, link);
    } else if (answered > shown + EPS) {
      this.removeAnswers(link.child, c, answered - shown, link);
    }
  }

  /** Whether question qi is a breakdown: its answers are the records' groups, which only `moveRecords` changes, so the move fails. */
  private breakdown(qi: number): boolean {
    if (this.table.dimOf[qi] < 0) return false;
    this.ok = false;
    return true;
  }

  /** The follow-up's answered count changed by delta: the parent's shown count follows where it must. */
  private lead(link: Link, c: number, delta: number): void {
    const t = this.table;
    if (!link.exact) {
      // At most those shown answer: more answers need more shown.
      const excess = this.answeredAt(link.child, c) - this.shownSum(link, c);
      if (excess <= EPS) return;
      delta = excess;
    }
    if (this.breakdown(link.parent)) return;
    const parent = t.questions[link.parent];
    const pi = link.parent;
    if (parent.chosen) {
      const o = link.rows[0];
      const room = this.rowAt(pi, 0, c) - this.chosenAt(pi, o, c);
      if (delta > room + EPS || this.chosenAt(pi, o, c) + delta < -EPS) {
        this.ok = false;
        return;
      }
      this.shiftChosen(pi, o, c, delta, link);
      return;
    }
    const last = parent.rows.length - 1;
    const outside = Array.from({ length: last + 1 }, (_, r) => r).filter((r) => !link.rows.includes(r));
    // Prefer an option outside the condition, so that the parent's own answered count stays.
    outside.sort((a, b) => (a === last ? 1 : 0) - (b === last ? 1 : 0));
    let left = Math.abs(delta);
    const [from, to] = delta < 0 ? [link.rows, outside[0]] : [outside, link.rows[0]];
    for (const r of from) {
      const s = Math.min(this.rowAt(pi, r, c), left);
      if (s > EPS) {
        this.shift(pi, r, to, c, s, link);
        left -= s;
      }
    }
    if (left > EPS || outside.length === 0 || link.rows.length === 0) this.ok = false;
  }

  /** Takes `s` answers of question qi in finest column c back to unanswered. */
  private removeAnswers(qi: number, c: number, s: number, skip?: Link): void {
    if (this.breakdown(qi)) return;
    const t = this.table;
    const f = t.questions[qi];
    let left = s;
    if (!t.optionRows(f.q.index)) {
      const u = Math.min(left, this.rowAt(qi, 0, c));
      this.shift(qi, 0, 1, c, u, skip);
      left -= u;
    } else {
      const last = f.rows.length - 1;
      for (let r = 0; r < last && left > EPS; r++) {
        const u = Math.min(this.rowAt(qi, r, c), left);
        if (u > EPS) {
          this.shift(qi, r, last, c, u, skip);
          left -= u;
        }
      }
    }
    if (left > EPS) this.ok = false;
  }

  /** Gives `s` of those who did not answer question qi in finest column c an answer. */
  private addAnswers(qi: number, c: number, s: number, skip?: Link): void {
    if (this.breakdown(qi)) return;
    const t = this.table;
    const f = t.questions[qi];
    const last = t.optionRows(f.q.index) ? f.rows.length - 1 : 1;
    if (this.rowAt(qi, last, c) < s - EPS || (t.optionRows(f.q.index) && last === 0)) {
      this.ok = false;
      return;
    }
    // An answer that shows no further question keeps the move small.
    let to = 0;
    if (t.optionRows(f.q.index)) {
      const free = Array.from({ length: last }, (_, r) => r).find((r) => !t.childLinks[qi].some((l) => l.rows.includes(r)));
      to = free ?? 0;
    }
    this.shift(qi, last, to, c, s, skip);
  }

  // ---------------------------------------------------------------- the check

  /** Whether the moved table still holds: counts of 0 or more, options within answered, follow-up rules kept. */
  valid(): boolean {
    const t = this.table;
    /** The questions the move changes. */
    const changed = new Set<number>();
    for (const [key, delta] of this.rows) {
      const qi = t.keyQuestion(key);
      const c = t.keyColumn(key);
      if (t.questions[qi].rows[t.keyRow(key)][c] + delta < -EPS) return false;
      changed.add(qi);
    }
    for (const [key, delta] of this.chosen) {
      const qi = t.keyQuestion(key);
      const o = t.keyRow(key);
      const c = t.keyColumn(key);
      const value = t.questions[qi].chosen![o][c] + delta;
      if (value < -EPS || value > this.rowAt(qi, 0, c) + EPS) return false;
      changed.add(qi);
    }
    for (const [c, delta] of this.n) if (t.n[c] + delta < -EPS) return false;
    for (const c of this.touched) {
      // Where the table held before the move and no records changed group, only the rules of what the move changed can break.
      if (!this.holdsAt(c, this.n.has(c) || !holdsBefore(t, c) ? undefined : changed)) return false;
    }
    return true;
  }

  /** Whether finest column c keeps every rule under the move; with `only`, the rules of those questions alone. */
  holdsAt(c: number, only?: ReadonlySet<number>): boolean {
    const t = this.table;
    if (!only) {
      for (let qi = 0; qi < t.questions.length; qi++) if (!this.rowsAddUp(qi, c)) return false;
      return t.links.every((link) => this.linkHolds(link, c));
    }
    // A move changes a few questions: their own rules are all that can break, found through each
    // question's links (a link between two of them is checked twice, which says the same).
    for (const qi of only) {
      if (!this.rowsAddUp(qi, c)) return false;
      for (const link of t.childLinks[qi]) if (!this.linkHolds(link, c)) return false;
      for (const link of t.parentLinks[qi]) if (!this.linkHolds(link, c)) return false;
    }
    return true;
  }

  /** Whether question qi's rows in finest column c add up to the column's records (a breakdown always does). */
  private rowsAddUp(qi: number, c: number): boolean {
    const t = this.table;
    if (t.dimOf[qi] >= 0) return true;
    const rows = t.questions[qi].rows.length;
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += this.rowAt(qi, r, c);
    return !(Math.abs(sum - this.nAt(c)) > 1e-6);
  }

  /** Whether a follow-up rule holds in finest column c: exactly those shown answer, or (not exact) at most them. */
  private linkHolds(link: Link, c: number): boolean {
    const answered = this.answeredAt(link.child, c);
    const shown = this.shownSum(link, c);
    return !(link.exact ? Math.abs(answered - shown) > 1e-6 : answered > shown + 1e-6);
  }
}

/** Per table, whether each finest column keeps every rule as counted (0 not yet known, 1 yes, 2 no). */
const held = new WeakMap<FinestTable, Uint8Array>();

/** Whether the table as counted keeps every rule in finest column c. */
function holdsBefore(t: FinestTable, c: number): boolean {
  let columns = held.get(t);
  if (!columns) held.set(t, (columns = new Uint8Array(t.width)));
  if (!columns[c]) columns[c] = new Move(t).holdsAt(c) ? 1 : 2;
  return columns[c] === 1;
}

import { ANSWERED, EPS, UNANSWERED, type FinestQuestion } from './finest-table.js';
import type { JointTable } from './joint.js';
import { Move } from './move.js';

/**
 * The search for a witness of one small count (see `joint.ts`): the moves
 * that take the count to 0 or to `minCount` or more, of which the table's
 * cost model (`JointTable.choose`) keeps the one that hides the fewest
 * published figures. First a swap inside one breakdown, then moves that
 * also touch the total; moving the records of the count to another group
 * always exists.
 */

// ---------------------------------------------------------------- witnesses for an answer's count

/** A witness for the count of a question's figure `key` (`ANSWERED`, `UNANSWERED` or an option) in output column k. */
export function answerWitness(t: JointTable, qi: number, key: number, k: number, minCount: number): number[] | undefined {
  const f = t.questions[qi];
  const partners = partnersOf(f, key);
  const target = t.cell(qi, key, k);
  // Always possible when nothing else is: the records of this count go to another group, with all their answers.
  return t.choose(answerMoves(t, f, key, k, partners, minCount - t.value(target)), target, minCount) ?? t.choose(groupMoves(t, f, key, k, partners), target, minCount);
}

/**
 * The moves of an answer's count, made one at a time as `choose` asks for
 * them (it stops asking once a move hides nothing more).
 */
function* answerMoves(t: JointTable, f: FinestQuestion, key: number, k: number, partners: number[], missing: number): Generator<Move> {
  if (k > 0) {
    const d = t.dimAt(k);
    const level = k - t.dimStart[d];
    for (let other = 0; other <= t.dims[d].levels; other++) {
      if (other === level) continue;
      if (other === t.dims[d].levels && t.noAnswerKnownEmpty(d)) continue;
      for (const partner of partners) {
        yield swap(t, f, key, partner, k, d, other, 'down', 0);
        yield swap(t, f, key, partner, k, d, other, 'up', missing);
      }
    }
  }
  for (const partner of partners) yield moveAll(t, f, key, partner, k);
}

/**
 * The records of an answer's count to another group, with all their
 * answers (a follow-up asked by group, such as a question for women only,
 * loses them on the way); then, in their new group, the records may take
 * another answer (one a question there is shown for).
 */
function* groupMoves(t: JointTable, f: FinestQuestion, key: number, k: number, partners: number[]): Generator<Move> {
  const dims = k > 0 ? [t.dimAt(k)] : t.dims.map((_, d) => d);
  for (const d of dims) {
    const level = k > 0 ? k - t.dimStart[d] : -1;
    for (let other = 0; other <= t.dims[d].levels; other++) {
      if (other === level || (other === t.dims[d].levels && t.noAnswerKnownEmpty(d))) continue;
      const build = (partner: number | undefined) => {
        const move = new Move(t);
        for (const c of t.members[k]) {
          if (t.finest(f, key, c) > EPS && t.levelOf[d][c] !== other) move.moveRecords(c, t.shifted(c, d, other), 1);
        }
        move.settleGroups();
        return partner === undefined ? move : moveAll(t, f, key, partner, k > 0 ? t.dimStart[d] + other : 0, move);
      };
      yield build(undefined);
      for (const partner of partners) yield build(partner);
    }
  }
}

/** Where the records of a figure can go: other rows of the question (or, for a many option, not choosing it: -9). */
function partnersOf(f: FinestQuestion, key: number): number[] {
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

/**
 * A swap inside one breakdown: the figure's records in its group change
 * answer with records of another group, so that no total changes.
 * `down` takes the figure to 0; `up` adds `amount` to it.
 */
function swap(t: JointTable, f: FinestQuestion, key: number, partner: number, k: number, d: number, other: number, direction: 'down' | 'up', amount: number): Move {
  const move = new Move(t);
  const qi = f.q.index;
  const many = partner === -9;
  let left = amount;
  const rows = t.rowsOf(f, key);
  for (const c of t.members[k]) {
    const c2 = t.shifted(c, d, other);
    if (many) {
      const here = move.chosenAt(qi, key, c);
      if (direction === 'down') {
        if (here <= EPS) continue;
        move.shiftChosen(qi, key, c, -here);
        move.shiftChosen(qi, key, c2, here);
      } else {
        const s = Math.min(left, move.rowAt(qi, 0, c) - here, move.chosenAt(qi, key, c2));
        if (s <= EPS) continue;
        left -= s;
        move.shiftChosen(qi, key, c, s);
        move.shiftChosen(qi, key, c2, -s);
      }
      continue;
    }
    for (const r of rows) {
      if (direction === 'down') {
        const here = move.rowAt(qi, r, c);
        if (here <= EPS) continue;
        move.shift(qi, r, partner, c, here);
        move.shift(qi, partner, r, c2, here);
      } else {
        const s = Math.min(left, move.rowAt(qi, partner, c), move.rowAt(qi, r, c2));
        if (s <= EPS) continue;
        left -= s;
        move.shift(qi, partner, r, c, s);
        move.shift(qi, r, partner, c2, s);
      }
    }
  }
  if (direction === 'up' && left > EPS) move.ok = false;
  return move;
}

/** Every record of the figure (in output column k) changes to the partner row. */
function moveAll(t: JointTable, f: FinestQuestion, key: number, partner: number, k: number, move = new Move(t)): Move {
  const qi = f.q.index;
  const rows = t.rowsOf(f, key);
  for (const c of t.members[k]) {
    if (partner === -9) {
      const here = move.chosenAt(qi, key, c);
      if (here > EPS) move.shiftChosen(qi, key, c, -here);
      continue;
    }
    for (const r of rows) {
      const here = move.rowAt(qi, r, c);
      if (here > EPS) move.shift(qi, r, partner, c, here);
    }
  }
  return move;
}

// ---------------------------------------------------------------- witnesses for a group's size

/** A witness for the size of the group `spec` (see `JointTable.groupSpec`), whose cell is `target`. */
export function groupWitness(t: JointTable, target: number, minCount: number): number[] | undefined {
  const spec = t.groupSpec(target);
  if (!spec) return undefined;
  // Every table scaled up or down agrees with what is shown as 0: the last resort, which hides every other count
  // (and the only witness when fewer than minCount records are counted at all).
  if (spec.every((x) => x === -1)) return t.scaled();
  return t.choose(sizeMoves(t, spec), target, minCount);
}

/** The moves of a group's size, made one at a time as `choose` asks for them. */
function* sizeMoves(t: JointTable, spec: number[]): Generator<Move> {
  const constrained = spec.map((s, d) => (s === -1 ? -1 : d)).filter((d) => d >= 0);
  for (const d of constrained) {
    const own = spec[d];
    const none = t.dims[d].levels;
    const targets = own === -3 ? [none] : Array.from({ length: none + 1 }, (_, l) => l).filter((l) => l !== own);
    for (const other of targets) {
      if (other === none && t.noAnswerKnownEmpty(d)) continue;
      const move = new Move(t);
      for (let c = 0; c < t.width; c++) if (t.matches(spec, c) && t.n[c] > EPS) move.moveRecords(c, t.shifted(c, d, other), 1);
      move.settleGroups();
      yield move;
    }
  }
  // A rectangle in the cross of two breakdowns leaves both breakdowns' totals as they are.
  if (constrained.length === 2) {
    const [d1, d2] = constrained;
    for (let l1 = 0; l1 <= t.dims[d1].levels; l1++) {
      if (l1 === spec[d1] || spec[d1] < 0) continue;
      for (let l2 = 0; l2 <= t.dims[d2].levels; l2++) {
        if (l2 === spec[d2] || spec[d2] < 0) continue;
        const move = new Move(t);
        for (let c = 0; c < t.width; c++) {
          if (!t.matches(spec, c) || t.n[c] <= EPS) continue;
          const across = t.shifted(t.shifted(c, d1, l1), d2, l2);
          const available = t.n[across];
          if (available < t.n[c] - EPS) {
            move.ok = false;
            break;
          }
          move.moveRecords(c, t.shifted(c, d1, l1), 1);
          move.moveRecords(across, t.shifted(across, d1, spec[d1]), t.n[c] / available);
        }
        move.settleGroups();
        yield move;
      }
    }
  }
}

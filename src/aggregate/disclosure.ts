/**
 * Disclosure control of counts (röjandekontroll), as Swedish official
 * statistics do it: a count from 1 to `minCount − 1` is never given out
 * (primary suppression), and wherever a hidden count could be worked out from
 * a published total and its published parts, further counts are hidden too
 * (secondary suppression).
 *
 * The tables are described as cells and additive relations (`total = parts`)
 * that the output publishes. After protection every relation has either no
 * hidden term or at least two, so no hidden count follows from one relation
 * by subtraction, and — where the total is published — the hidden parts
 * together hold 0 or at least `minCount` persons, so that hiding a small
 * count beside an empty cell does not give the small count away as a sum.
 */

/** The default threshold: SKR's user surveys show a unit only when at least 5 answered. */
export const DEFAULT_MIN_COUNT = 5;

/** Checks a `minCount` option: a whole number of at least 1 (1 turns disclosure control off). */
export function checkMinCount(minCount: number | undefined): number {
  const value = minCount ?? DEFAULT_MIN_COUNT;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`minCount must be a whole number of at least 1 (1 turns disclosure control off), not ${String(minCount)}.`);
  }
  return value;
}

/**
 * `shown`: the output gives it (unless hidden). `unshown`: the output never
 * gives it by itself, though a reader may work it out from others (the
 * records without a `by` answer), so hiding it costs nothing. `known`: a
 * zero every reader knows from the shape of the data (those without a `by`
 * answer chose none of its options), so hiding it would protect nothing.
 */
export type CellKind = 'shown' | 'unshown' | 'known';

/**
 * A set of counts and the additive relations between them that an output
 * publishes. `protect()` says which counts to hide.
 */
export class CellProtection {
  private readonly counts: number[] = [];
  private readonly kinds: CellKind[] = [];
  private readonly relations: Array<{ total: number; parts: number[] }> = [];

  /** Adds a cell of `count` persons. */
  cell(count: number, kind: CellKind = 'shown'): number {
    if (kind === 'known' && count !== 0) throw new RangeError('A cell known to everyone from the structure of the data is a zero.');
    this.counts.push(count);
    this.kinds.push(kind);
    return this.counts.length - 1;
  }

  /** Declares that `total` is the sum of `parts`, and that the output lets a reader see this. */
  relate(total: number, parts: readonly number[]): void {
    if (parts.length === 0) return;
    this.relations.push({ total, parts: [...parts] });
  }

  /**
   * One flag per cell, in the order the cells were added: 1 = hide it.
   * `initial` may hold cells already hidden for other reasons; they stay hidden.
   */
  protect(minCount: number, initial?: Uint8Array): Uint8Array {
    const n = this.counts.length;
    const hidden = initial ? Uint8Array.from(initial) : new Uint8Array(n);
    if (minCount <= 1) return hidden;
    for (let i = 0; i < n; i++) {
      const c = this.counts[i];
      if (c >= 1 && c < minCount) hidden[i] = 1;
    }
    const relationsOf: number[][] = Array.from({ length: n }, () => []);
    this.relations.forEach((r, index) => {
      relationsOf[r.total].push(index);
      for (const p of r.parts) relationsOf[p].push(index);
    });
    const queued = new Uint8Array(this.relations.length).fill(1);
    const queue = this.relations.map((_, i) => i);
    const hide = (cell: number) => {
      hidden[cell] = 1;
      for (const r of relationsOf[cell]) {
        if (!queued[r]) {
          queued[r] = 1;
          queue.push(r);
        }
      }
    };
    while (queue.length) {
      const index = queue.pop()!;
      queued[index] = 0;
      this.secure(this.relations[index], hidden, minCount, hide);
    }
    return hidden;
  }

  /** Hides further terms of one relation until none of its hidden terms can be worked out from it. */
  private secure(relation: { total: number; parts: number[] }, hidden: Uint8Array, minCount: number, hide: (cell: number) => void) {
    const { total, parts } = relation;
    for (;;) {
      let hiddenTerms = hidden[total];
      let hiddenSum = 0;
      for (const p of parts) {
        if (hidden[p]) {
          hiddenTerms++;
          hiddenSum += this.counts[p];
        }
      }
      if (hiddenTerms === 0) return;
      const smallSum = !hidden[total] && hiddenSum > 0 && hiddenSum < minCount;
      if (hiddenTerms >= 2 && !smallSum) return;
      const next = this.candidate(parts, hidden, !hidden[total]);
      if (next >= 0) hide(next);
      else if (!hidden[total] && this.kinds[total] !== 'known') hide(total);
      // Otherwise every other term is a known zero: the relation holds nothing to protect.
      else return;
    }
  }

  /**
   * The part to hide next: cells never shown first (free), then the smallest
   * non-zero count (least information lost). A zero adds no uncertainty when
   * the total is published, so it is chosen only beside a hidden total.
   */
  private candidate(parts: number[], hidden: Uint8Array, totalPublished: boolean): number {
    let best = -1;
    let bestKey = Infinity;
    for (const p of parts) {
      if (hidden[p] || this.kinds[p] === 'known') continue;
      const count = this.counts[p];
      if (count === 0 && totalPublished) continue;
      // Order: never shown before shown, non-zero before zero, then by size.
      const key = (this.kinds[p] === 'unshown' ? 0 : 2 ** 40) + (count === 0 ? 2 ** 39 : count);
      if (key < bestKey) {
        bestKey = key;
        best = p;
      }
    }
    return best;
  }
}

export interface ProtectCountsOptions {
  /** Counts from 1 to minCount − 1 are hidden. Default 5; 1 turns protection off. */
  minCount?: number;
  /** The table's output shows each row's total. */
  rowTotals?: boolean;
  /** The table's output shows each column's total. */
  columnTotals?: boolean;
}

/**
 * Primary and secondary suppression of a rows × columns table of counts
 * whose margins are published: the SIP status element protects its own
 * counts with it.
 *
 * Returns the table with hidden cells as `null`. With `rowTotals`, each row
 * has one more entry at its end: its total (or null). With `columnTotals`,
 * one more row comes last: the column totals, and — with `rowTotals` too —
 * the grand total in its last entry. Publish the margins from this result,
 * never recomputed from the input, or a hidden total would be given out.
 */
export function protectCounts(matrix: readonly (readonly number[])[], options: ProtectCountsOptions = {}): Array<Array<number | null>> {
  const minCount = checkMinCount(options.minCount);
  const rows = matrix.length;
  const cols = rows ? matrix[0].length : 0;
  for (const row of matrix) {
    if (row.length !== cols) throw new RangeError('protectCounts needs a rectangular table: every row as long as the first.');
    for (const c of row) {
      if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`protectCounts counts whole numbers of 0 or more, not ${String(c)}.`);
    }
  }
  const protection = new CellProtection();
  const ids = matrix.map((row) => row.map((c) => protection.cell(c)));
  const rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, j) => matrix.reduce((a, row) => a + row[j], 0));
  const grandSum = rowSums.reduce((a, b) => a + b, 0);
  const rowIds = options.rowTotals ? rowSums.map((s, i) => {
    const id = protection.cell(s);
    protection.relate(id, ids[i]);
    return id;
  }) : [];
  const colIds = options.columnTotals ? colSums.map((s, j) => {
    const id = protection.cell(s);
    protection.relate(id, ids.map((row) => row[j]));
    return id;
  }) : [];
  let grandId = -1;
  if (options.rowTotals && options.columnTotals) {
    grandId = protection.cell(grandSum);
    protection.relate(grandId, rowIds);
    protection.relate(grandId, colIds);
  }
  const hidden = protection.protect(minCount);
  const shown = (id: number, count: number) => (hidden[id] ? null : count);
  const out: Array<Array<number | null>> = matrix.map((row, i) => {
    const line: Array<number | null> = row.map((c, j) => shown(ids[i][j], c));
    if (options.rowTotals) line.push(shown(rowIds[i], rowSums[i]));
    return line;
  });
  if (options.columnTotals) {
    const line: Array<number | null> = colSums.map((s, j) => shown(colIds[j], s));
    if (options.rowTotals) line.push(shown(grandId, grandSum));
    out.push(line);
  }
  return out;
}

import type { AggregateResult, Cell, Change, Comparison, Count } from '../schema/aggregate-result.js';

/** Rounds away floating-point noise (0.1 + 0.2) without hiding real differences. */
const tidy = (x: number) => Number(x.toPrecision(12));

function change(before: Cell | Count | undefined, after: Cell | Count | undefined): Change {
  const b = before?.count ?? null;
  const a = after?.count ?? null;
  const suppressed = before?.suppressed === true || after?.suppressed === true;
  const shareBefore = before && 'shareOfAnswered' in before ? before.shareOfAnswered : null;
  const shareAfter = after && 'shareOfAnswered' in after ? after.shareOfAnswered : null;
  const both = a !== null && b !== null;
  return {
    before: b,
    after: a,
    difference: both ? a - b : null,
    percentagePoints: both && shareBefore !== null && shareAfter !== null ? tidy((shareAfter - shareBefore) * 100) : null,
    ...(suppressed ? { suppressed: true } : {}),
  };
}

/**
 * The change from `before` to `after` (two years of the same inventory, as
 * in seed 002): per option, in persons and in percentage points of those who
 * answered, overall and per group. Questions and options are matched by id
 * and code; a figure hidden on either side gives null, never a number.
 * Groups are compared when both results are broken down by the same question.
 */
export function compare(before: AggregateResult, after: AggregateResult): Comparison {
  const sameGroups = before.by === after.by;
  const beforeQuestions = new Map(before.questions.map((q) => [q.id, q]));
  const questions: Comparison['questions'] = [];
  for (const q of after.questions) {
    const earlier = beforeQuestions.get(q.id);
    if (!earlier || !q.options) continue;
    const earlierOptions = new Map((earlier.options ?? []).map((o) => [o.code, o]));
    questions.push({
      id: q.id,
      label: q.label,
      options: q.options.map((o) => {
        const was = earlierOptions.get(o.code);
        const groups = sameGroups
          ? Object.fromEntries(Object.entries(o.cells.groups).map(([code, now]) => [code, change(was?.cells.groups[code], now)]))
          : {};
        return { code: o.code, label: o.label, all: change(was?.cells.all, o.cells.all), groups };
      }),
    });
  }
  return {
    type: 'samsyn-comparison',
    definition: after.definition,
    ...(before.period !== undefined ? { before: before.period } : {}),
    ...(after.period !== undefined ? { after: after.period } : {}),
    total: change(before.total.all, after.total.all),
    questions,
  };
}

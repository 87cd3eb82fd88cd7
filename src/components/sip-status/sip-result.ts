import type { AggregateResult, Count } from '../../schema/aggregate-result.js';
import { sipCoverage, sipStatusKeys, type SipStatusCounts } from '../../schema/sip-overview.js';
import { sipGenders, sipStatuses, type SipGender, type SipStatus } from '../../schema/sip-terms.js';
import { figuresFromCounts, notReported, shown, withheld, type Figure, type OverviewFigures } from './sip-figures.js';

/*
 * The overview's figures from an aggregated result of inventory records,
 * with the result's schema: loaded only when records or a result arrive, so
 * that a page showing reported counts does not download them.
 */
export { parseAggregateResult } from '../../schema/aggregate-result.js';

function toFigure(count: Count | undefined): Figure {
  if (!count) return notReported;
  if (count.suppressed || count.count === null) return withheld;
  return shown(count.count);
}

/**
 * Figures from an aggregated result of inventory records, broken down by
 * gender. The result already carries `aggregate`'s disclosure control; its
 * hidden cells stay hidden, so that this element and a chart of the same
 * question on the page hide the same cells.
 */
export function figuresFromResult(
  result: AggregateResult,
  options: { estimatedNeed?: number; period?: string; minCount: number },
): OverviewFigures {
  const question = result.questions.find((q) => q.id === 'sip');
  const option = (code: SipStatus) => question?.options?.find((o) => o.code === code);
  const hasGenders = result.by === 'gender' && sipGenders.every((g) => result.groups.some((group) => group.code === g));
  const shownPeriod = options.period ?? result.period;
  // A result made elsewhere with a lower threshold than this page's is protected again, here.
  if (result.minCount < options.minCount) return { ...reprotect(option, hasGenders, shownPeriod, options), rejected: result.rejected.count };
  const statuses = Object.fromEntries(
    sipStatuses.map((s) => {
      const cell = option(s)?.cells.all;
      return [s, cell ? toFigure(cell) : notReported];
    }),
  ) as Record<SipStatus, Figure>;
  const genders = hasGenders
    ? (Object.fromEntries(
        sipGenders.map((g) => [
          g,
          Object.fromEntries(sipStatuses.map((s) => [s, toFigure(option(s)?.cells.groups[g])])),
        ]),
      ) as Record<SipGender, Record<SipStatus, Figure>>)
    : undefined;
  const answered = question ? toFigure(question.answered.all) : undefined;
  return {
    points: [
      {
        key: shownPeriod ?? '',
        period: shownPeriod,
        statuses,
        total: answered,
        need: options.estimatedNeed,
        coverage: sipCoverage(statuses.established.count, statuses['in-progress'].count, options.estimatedNeed),
        genders,
        genderTotals: genders
          ? (Object.fromEntries(sipGenders.map((g) => [g, toFigure(question?.answered.groups[g])])) as Record<SipGender, Figure>)
          : undefined,
        obstacles: [],
      },
    ],
    minCount: result.minCount,
    rejected: result.rejected.count,
    source: undefined,
  };
}

/** The result's counts as reported counts, protected with the page's threshold. */
function reprotect(
  option: (code: SipStatus) => NonNullable<AggregateResult['questions'][number]['options']>[number] | undefined,
  hasGenders: boolean,
  period: string | undefined,
  options: { estimatedNeed?: number; minCount: number },
): OverviewFigures {
  const countsOf = (cell: (code: SipStatus) => Count | undefined) =>
    Object.fromEntries(sipStatuses.map((s) => [sipStatusKeys[s], cell(s)?.count ?? null])) as Required<SipStatusCounts>;
  const point = {
    ...countsOf((s) => option(s)?.cells.all),
    period,
    estimatedNeed: options.estimatedNeed,
    byGender: hasGenders
      ? { woman: countsOf((s) => option(s)?.cells.groups.woman), man: countsOf((s) => option(s)?.cells.groups.man) }
      : undefined,
  };
  return figuresFromCounts({ points: [point] }, options.minCount);
}

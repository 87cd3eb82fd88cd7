import type { AggregateResult, Cell, Count } from '../schema/aggregate-result.js';
import type { LocalizedText } from '../schema/text.js';

/** One period's figure of a series: `null` where it is hidden (`suppressed`) or missing. */
export interface TrendPoint {
  period: string;
  count: number | null;
  /** Share of those who answered (0–1), null where the count or its denominator is hidden. */
  share: number | null;
  suppressed?: boolean;
}

/** The change from the first period to the last; null where either side is hidden or missing. */
export interface TrendChange {
  difference: number | null;
  percentagePoints: number | null;
  suppressed?: boolean;
}

export interface TrendSeries {
  code: string;
  label: LocalizedText;
  points: TrendPoint[];
  change: TrendChange;
}

export interface TrendQuestion {
  id: string;
  label: LocalizedText;
  section: string;
  options: TrendSeries[];
}

/** Every option's figures over several inventories, oldest first. */
export interface Trend {
  type: 'samsyn-trend';
  definition: string;
  periods: string[];
  total: TrendSeries;
  questions: TrendQuestion[];
}

const tidy = (x: number) => Number(x.toPrecision(12));

function point(period: string, cell: Cell | Count | undefined): TrendPoint {
  const share = cell && 'shareOfAnswered' in cell ? cell.shareOfAnswered : null;
  return {
    period,
    count: cell?.count ?? null,
    share: cell?.suppressed ? null : share,
    ...(cell?.suppressed ? { suppressed: true } : {}),
  };
}

function changeOf(points: TrendPoint[]): TrendChange {
  const first = points[0];
  const last = points[points.length - 1];
  const suppressed = points.length > 0 && (first.suppressed === true || last.suppressed === true);
  const both = points.length > 1 && first.count !== null && last.count !== null;
  return {
    difference: both ? last.count! - first.count! : null,
    percentagePoints: both && first.share !== null && last.share !== null ? tidy((last.share - first.share) * 100) : null,
    ...(suppressed ? { suppressed: true } : {}),
  };
}

/**
 * Several inventories of the same definition side by side, oldest first
 * (the order given): every option's count and share per period, and the
 * change from the first to the last. Questions and options follow the last
 * result and are matched by id and code; an option missing in a period is
 * a missing point, not a zero. Figures are taken as the results give them,
 * already protected: a hidden count stays hidden, and a change is hidden
 * where either side is.
 */
export function trend(results: readonly AggregateResult[]): Trend {
  if (!results.length) throw new RangeError('trend() needs at least one aggregated result.');
  const last = results[results.length - 1];
  const mismatched = results.find((r) => r.definition !== last.definition);
  if (mismatched) throw new RangeError(`trend() compares results of one definition: ${mismatched.definition} is not ${last.definition}.`);
  const periods = results.map((r, i) => r.period ?? String(i + 1));
  const indexes = results.map((r) => new Map(r.questions.map((q) => [q.id, new Map((q.options ?? []).map((o) => [o.code, o]))])));
  const series = (code: string, label: LocalizedText, cellOf: (i: number) => Cell | Count | undefined): TrendSeries => {
    const points = periods.map((p, i) => point(p, cellOf(i)));
    return { code, label, points, change: changeOf(points) };
  };
  return {
    type: 'samsyn-trend',
    definition: last.definition,
    periods,
    total: series('total', { sv: 'Antal personer', en: 'Number of people' }, (i) => results[i].total.all),
    questions: last.questions
      .filter((q) => q.options?.length)
      .map((q) => ({
        id: q.id,
        label: q.label,
        section: q.section,
        options: q.options!.map((o) => series(o.code, o.label, (i) => indexes[i].get(q.id)?.get(o.code)?.cells.all)),
      })),
  };
}

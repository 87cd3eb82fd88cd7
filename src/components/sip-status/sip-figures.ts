import { protectCounts } from '../../aggregate/index.js';
import { sipCoverage, sipStatusKeys, type SipOverview, type SipOverviewPoint, type SipStatusCounts } from '../../schema/sip-overview.js';
import { sipGenders, sipStatuses, type SipGender, type SipStatus } from '../../schema/sip-terms.js';

/**
 * The figures <samsyn-sip-status> shows in its overview, after disclosure
 * control: the same shape whether they came from inventory records (through
 * `aggregate`, in `sip-result.ts`) or from counts a kommun reported.
 */

/** One figure as shown: a count, `..` (withheld) or `-` (not reported). */
export interface Figure {
  /** Null when withheld or not reported. */
  count: number | null;
  /** Withheld by disclosure control (here or at the source): shown as `..`. */
  suppressed: boolean;
  /** False when the source did not give this figure at all: shown as `-`. */
  reported: boolean;
}

export interface PointFigures {
  /** What `samsyn-select` names the point by: its date, else its period label. */
  key: string;
  date?: string;
  period?: string;
  statuses: Record<SipStatus, Figure>;
  /** Everyone counted; only when every status is known, so that no share is guessed. */
  total: Figure | undefined;
  need: number | undefined;
  /** (drawn up + being drawn up) / need; null when either is withheld or there is no need. */
  coverage: number | null;
  /** The gender split, when the source has one. */
  genders: Record<SipGender, Record<SipStatus, Figure>> | undefined;
  /** Everyone of each gender; not reported unless every status of that gender is known. */
  genderTotals: Record<SipGender, Figure> | undefined;
  obstacles: Array<{ label: string; count: Figure | undefined }>;
}

export interface OverviewFigures {
  points: PointFigures[];
  minCount: number;
  /** Records that could not be read (from records only). */
  rejected: number;
  source: string | undefined;
}

export const shown = (count: number): Figure => ({ count, suppressed: false, reported: true });
export const withheld: Figure = { count: null, suppressed: true, reported: true };
export const notReported: Figure = { count: null, suppressed: false, reported: false };

/** Whether any figure of the overview is withheld (the footnote on `..` is then needed). */
export function anySuppressed(figures: OverviewFigures): boolean {
  return figures.points.some((p) => allFigures(p).some((f) => f.suppressed) || (p.need !== undefined && p.coverage === null));
}

/** Whether any figure of the overview was not reported (the footnote on `-` is then needed). */
export function anyNotReported(figures: OverviewFigures): boolean {
  return figures.points.some((p) => allFigures(p).some((f) => !f.reported));
}

function allFigures(p: PointFigures): Figure[] {
  return [
    ...Object.values(p.statuses),
    ...(p.genders ? sipGenders.flatMap((g) => Object.values(p.genders![g])) : []),
    ...p.obstacles.flatMap((o) => (o.count ? [o.count] : [])),
  ];
}

/**
 * Figures from counts a kommun reported, with disclosure control applied
 * here: counts from 1 to minCount − 1 are withheld, and so is at least one
 * more count wherever a withheld one could be worked out from a shown total
 * (the total of a point, a status's total over women and men, the total of
 * each gender).
 */
export function figuresFromCounts(overview: SipOverview, minCount: number): OverviewFigures {
  const points = [...overview.points];
  // A series is read in time order; without dates on every point the kommun's order is kept.
  if (points.every((p) => p.date)) points.sort((a, b) => a.date!.localeCompare(b.date!));
  return {
    points: points.map((p) => protectPoint(p, minCount)),
    minCount,
    rejected: 0,
    source: overview.source,
  };
}

type Raw = number | null | undefined;

const sumOf = (values: Raw[]): number => values.reduce<number>((a, b) => a + (b ?? 0), 0);

/** A raw count as a table cell: a count withheld at the source stands in as 1, which is always withheld. */
const cellValue = (v: Raw): number => (v === null ? 1 : (v ?? 0));

function figureOf(raw: Raw, protectedValue: number | null | undefined): Figure {
  if (raw === undefined) return notReported;
  if (raw === null || protectedValue === null || protectedValue === undefined) return withheld;
  return shown(raw);
}

/**
 * One point's counts, protected as one table: women, men and anyone else
 * (the difference between a status's total and its women and men, never
 * shown) by status, with every margin published (each status's total, each
 * gender's total, the total of the point). A withheld count can then be
 * worked out neither from the point's own row nor from the gender split.
 */
function protectPoint(point: SipOverviewPoint, minCount: number): PointFigures {
  const raw = (counts: SipStatusCounts | undefined): Raw[] => sipStatuses.map((s) => counts?.[sipStatusKeys[s]]);
  const overall = raw(point);
  const complete = overall.every((v) => typeof v === 'number');
  const genderRows = point.byGender ? sipGenders.map((g) => raw(point.byGender?.[g])) : [];

  let overallShown: Array<number | null>;
  let totalShown: number | null | undefined;
  let genderShown: Array<Array<number | null>> = [];
  if (genderRows.length) {
    const rows = genderRows.map((row) => row.map(cellValue));
    // What the status totals hold beyond women and men. A total withheld at the source keeps one unknown person here.
    const others = overall.map((v, c) =>
      v === null ? 1 : v === undefined ? 0 : Math.max(0, v - rows.reduce((sum, row) => sum + row[c], 0)),
    );
    const table = protectCounts([...rows, others], { minCount, rowTotals: true, columnTotals: true });
    genderShown = table.slice(0, rows.length);
    const margins = table.at(-1)!;
    overallShown = margins.slice(0, sipStatuses.length);
    totalShown = margins[sipStatuses.length];
  } else {
    const [row] = protectCounts([overall.map(cellValue)], { minCount, rowTotals: complete });
    overallShown = row.slice(0, sipStatuses.length);
    totalShown = complete ? row[sipStatuses.length] : undefined;
  }

  const statuses = Object.fromEntries(sipStatuses.map((s, c) => [s, figureOf(overall[c], overallShown[c])])) as Record<SipStatus, Figure>;
  const total = complete ? figureOf(sumOf(overall), totalShown) : undefined;

  let genders: PointFigures['genders'];
  let genderTotals: PointFigures['genderTotals'];
  if (genderRows.length) {
    genders = Object.fromEntries(
      sipGenders.map((g, r) => [g, Object.fromEntries(sipStatuses.map((s, c) => [s, figureOf(genderRows[r][c], genderShown[r][c])]))]),
    ) as Record<SipGender, Record<SipStatus, Figure>>;
    genderTotals = Object.fromEntries(
      sipGenders.map((g, r) => {
        const row = genderRows[r];
        const known = row.every((v) => typeof v === 'number');
        return [g, known ? figureOf(sumOf(row), genderShown[r][sipStatuses.length]) : notReported];
      }),
    ) as Record<SipGender, Figure>;
  }

  const obstacleCounts = (point.obstacles ?? []).map((o) => o.count);
  const [obstaclesShown] = obstacleCounts.length ? protectCounts([obstacleCounts.map(cellValue)], { minCount }) : [[]];

  return {
    key: point.date ?? point.period ?? '',
    date: point.date,
    period: point.period,
    statuses,
    total,
    need: point.estimatedNeed,
    coverage: sipCoverage(statuses.established.count, statuses['in-progress'].count, point.estimatedNeed),
    genders,
    genderTotals,
    obstacles: (point.obstacles ?? []).map((o, i) => ({
      label: o.label,
      count: o.count === undefined ? undefined : figureOf(o.count, obstaclesShown[i]),
    })),
  };
}

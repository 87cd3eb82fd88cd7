import { translate } from '../../i18n/catalogs.js';
import { isRowOverdue, planAreas, planStatuses, type ActionPlan, type PlanArea, type PlanRow } from '../../schema/action-plan.js';
import type { Locale } from '../../schema/locale.js';

/** What the table shows: `''` means every value. `status` may also be `overdue`. */
export interface PlanFilter {
  area: string;
  status: string;
  responsible: string;
}
export type PlanSort = 'plan' | 'deadline' | 'status';
export const planSorts: readonly PlanSort[] = ['plan', 'deadline', 'status'];

export interface AreaGroup {
  area: PlanArea;
  rows: PlanRow[];
}

const byDeadline = (a: PlanRow, b: PlanRow) => {
  if (a.deadline === b.deadline) return 0;
  if (!a.deadline) return 1;
  if (!b.deadline) return -1;
  return a.deadline < b.deadline ? -1 : 1;
};
const byStatus = (a: PlanRow, b: PlanRow) =>
  planStatuses.indexOf(a.status) - planStatuses.indexOf(b.status) || byDeadline(a, b);

/**
 * The rows that pass `filter`, grouped by area in the plan's area order and
 * sorted within each group (a stable sort: ties keep the plan's order).
 * Areas without shown rows are left out, except the plan's own areas when
 * `keepOwnAreas` (an editor shows a new, still empty area).
 */
export function groupRows(plan: ActionPlan, filter: PlanFilter, sort: PlanSort, today: string, keepOwnAreas = false): AreaGroup[] {
  const byArea = new Map<string, PlanRow[]>();
  for (const row of plan.rows) {
    if (filter.area && row.area !== filter.area) continue;
    if (filter.responsible && row.responsible !== filter.responsible) continue;
    if (filter.status === 'overdue' ? !isRowOverdue(row, today) : filter.status && row.status !== filter.status) continue;
    const list = byArea.get(row.area);
    if (list) list.push(row);
    else byArea.set(row.area, [row]);
  }
  const own = new Set((plan.areas ?? []).map((a) => a.code));
  const groups: AreaGroup[] = [];
  for (const area of planAreas(plan)) {
    const rows = byArea.get(area.code);
    if (rows) {
      if (sort !== 'plan') rows.sort(sort === 'deadline' ? byDeadline : byStatus);
      groups.push({ area, rows });
    } else if (keepOwnAreas && own.has(area.code) && !filter.area && !filter.status && !filter.responsible) {
      groups.push({ area, rows: [] });
    }
  }
  return groups;
}

/** A row id not yet in the plan: `row-<n>`, one above the highest such number. */
export function nextRowId(plan: ActionPlan): string {
  let max = 0;
  for (const row of plan.rows) {
    const m = /^row-(\d+)$/.exec(row.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `row-${max + 1}`;
}

/** A schema issue as a sentence: issues of a row name it by number (`offset` is the number of the first row). */
export function describeIssue(issue: { path: readonly PropertyKey[]; message: string }, locale: Locale, offset = 1): string {
  const [top, index] = issue.path;
  return top === 'rows' && typeof index === 'number' ? translate(locale, 'planRowProblem', index + offset, issue.message) : issue.message;
}

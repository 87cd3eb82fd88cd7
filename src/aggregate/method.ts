import { checkMinCount, protectCounts } from './disclosure.js';

/** A count as the method section shows it: `null` where it is hidden. */
export interface MethodCount {
  count: number | null;
  suppressed?: boolean;
}

/** How the inventory was done, in figures: records by unit and by form type, each table protected with its total. */
export interface MethodFigures {
  total: MethodCount;
  units: Array<{ unit: string; records: MethodCount }>;
  formTypes: { staff: MethodCount; interview: MethodCount; unknown: MethodCount };
  minCount: number;
}

/** What the method section can be given by a portal that counted on its server, or counts itself from records. */
export interface MethodCounts {
  units?: ReadonlyArray<{ unit: string; records: number }>;
  formTypes?: { staff?: number; interview?: number; unknown?: number };
}

const isRecord = (r: unknown): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r);

/** Counts records by their `unit` (an organisational code) and `formType`; a record without one counts as unknown. */
export function countMethod(records: readonly unknown[]): Required<MethodCounts> {
  const units = new Map<string, number>();
  const formTypes = { staff: 0, interview: 0, unknown: 0 };
  for (const r of records) {
    if (!isRecord(r)) continue;
    const unit = typeof r.unit === 'string' && r.unit.trim() ? r.unit.trim() : undefined;
    if (unit) units.set(unit, (units.get(unit) ?? 0) + 1);
    const form = r.formType === 'staff' || r.formType === 'interview' ? r.formType : 'unknown';
    formTypes[form]++;
  }
  return { units: [...units].map(([unit, n]) => ({ unit, records: n })), formTypes };
}

/**
 * The method section's figures, protected like every other table of the
 * report: a unit is an organisational code, not a person, but a unit with
 * two records beside the report's figures by gender and age band can narrow
 * things down to a person. So counts below `minCount` are hidden, and as
 * many more as needed that none can be worked out from the total (the same
 * primary and secondary suppression as `protectCounts`).
 */
export function methodFigures(counts: MethodCounts, options: { minCount?: number } = {}): MethodFigures {
  const minCount = checkMinCount(options.minCount);
  const cell = (count: number | null): MethodCount => (count === null ? { count: null, suppressed: true } : { count });
  const clean = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);
  const f = counts.formTypes ?? {};
  const formRow = [clean(f.staff), clean(f.interview), clean(f.unknown)];
  const [forms] = protectCounts([formRow], { minCount, rowTotals: true });
  const units = (counts.units ?? []).filter((u) => typeof u?.unit === 'string' && u.unit.trim());
  const unitRow = units.map((u) => clean(u.records));
  const [unitCells] = unitRow.length ? protectCounts([unitRow], { minCount, rowTotals: true }) : [[]];
  return {
    total: cell(forms[3]),
    units: units.map((u, i) => ({ unit: u.unit.trim(), records: cell(unitCells[i]) })),
    formTypes: { staff: cell(forms[0]), interview: cell(forms[1]), unknown: cell(forms[2]) },
    minCount,
  };
}

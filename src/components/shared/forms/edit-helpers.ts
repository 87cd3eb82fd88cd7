import type { ActionPlan } from '../../schema/action-plan.js';
import { slug } from './plan-rows.js';

/* Helpers of the plan and participation editors and of reading a plan in, loaded only with them. */

/** A row id not yet in the plan: `row-<n>`, one above the highest such number. */
export function nextRowId(plan: ActionPlan): string {
  let max = 0;
  for (const row of plan.rows) {
    const m = /^row-(\d+)$/.exec(row.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `row-${max + 1}`;
}

/** A code for an area's name, unique among `taken`. */
export function areaCode(label: string, taken: ReadonlySet<string>): string {
  const base = slug(label) || 'area';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * A number typed with a decimal comma or point (spaces as thousands
 * separators allowed), or the text itself when it is not a number, so that
 * the schema can say what is wrong with it.
 */
export function parseDecimal(text: string): number | string {
  const t = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  // Exponent notation too (1e-7), as other programs write very small or large numbers.
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t) && Number.isFinite(Number(t)) ? Number(t) : text;
}

/** At most `max` characters, for accessible names of buttons that name their row. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The object without its undefined properties: an absent optional field stays absent. */
export function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
  return o;
}

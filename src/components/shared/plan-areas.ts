import { nothing } from 'lit';
import type { PlanArea } from '../../schema/action-plan.js';
import type { Locale } from '../../schema/locale.js';

/*
 * The areas of an action plan as the plan and the participation that refers
 * to its rows both name them.
 */

/** A text as a code or file name: lower-case, å/ä → a, ö → o, other signs → hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56);
}

/** A code for an area's name, unique among `taken`. */
export function areaCode(label: string, taken: ReadonlySet<string>): string {
  const base = slug(label) || 'area';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/** An area's name in `locale` (own areas may lack an English one). */
export function areaLabel(area: PlanArea, locale: Locale): string {
  return (locale === 'en' && area.label.en) || area.label.sv;
}

/** The `lang` of the name `areaLabel` gives, where it is not in `locale`: Swedish when the area has no English name. */
export function areaLabelLang(area: PlanArea, locale: Locale): 'sv' | typeof nothing {
  return locale === 'en' && !area.label.en ? 'sv' : nothing;
}

import type * as aggregate from './messages/aggregate.js';
import type * as common from './messages/common.js';
import type * as form from './messages/form.js';
import type * as inventoryReport from './messages/inventory-report.js';
import type * as plan from './messages/plan.js';
import type * as planEdit from './messages/plan-edit.js';
import type * as planView from './messages/plan-view.js';
import type * as participation from './messages/participation.js';
import type * as report from './messages/report.js';
import type * as reportDocument from './messages/report-document.js';
import type * as schema from './messages/schema.js';
import type * as sip from './messages/sip.js';
import type * as sipOverview from './messages/sip-overview.js';
import type * as sipPlan from './messages/sip-plan.js';
import type { MessageSet } from './types.js';
import type { Locale } from '../schema/locale.js';
import { onLanguageLoaded } from './languages.js';

/**
 * The message catalogs. Texts are kept in areas (`messages/<area>.ts`, each
 * with `sv` and `en` of the same keys, checked by the compiler). An element
 * registers the areas it speaks from, so that a page with one element does
 * not download every other element's texts; the all-in-one entry registers
 * them all. Every visible and accessible text of an element comes from here.
 */
export type Catalog = typeof common.sv &
  typeof schema.sv &
  typeof form.sv &
  typeof aggregate.sv &
  typeof report.sv &
  typeof inventoryReport.sv &
  typeof sip.sv &
  typeof sipOverview.sv &
  typeof sipPlan.sv &
  typeof plan.sv &
  typeof planEdit.sv &
  typeof planView.sv &
  typeof participation.sv &
  typeof reportDocument.sv;
export type MessageKey = keyof Catalog;

/** The texts registered so far, per language. */
export const catalogs: Record<Locale, Partial<Catalog>> = { sv: {}, en: {} };

type Area = { sv: MessageSet; en: MessageSet };
const registered = new Set<Area>();

/** Adds areas of texts (modules with `sv` and `en`) to the catalogs. */
export function registerMessages(...areas: ReadonlyArray<Area>): void {
  for (const area of areas) {
    registered.add(area);
    Object.assign(catalogs.sv, area.sv);
    Object.assign(catalogs.en, area.en);
  }
}

// In the built package an area's English can arrive after the area was registered (languages.ts).
onLanguageLoaded(() => {
  for (const area of registered) Object.assign(catalogs.en, area.en);
});

type Args<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

/** The text of `key` in `locale`, with its parameters filled in. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: Args<K>): string {
  const message = (catalogs[locale]?.[key] ?? catalogs.sv[key]) as unknown;
  if (message === undefined) {
    // A missing area is a packaging mistake: say so loudly in development, show the key rather than nothing.
    console.error(`Samsyn: no text for "${String(key)}"; the element must register the area that has it.`);
    return String(key);
  }
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
}

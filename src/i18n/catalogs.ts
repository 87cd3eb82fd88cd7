import * as aggregate from './messages/aggregate.js';
import * as common from './messages/common.js';
import * as form from './messages/form.js';
import * as plan from './messages/plan.js';
import * as report from './messages/report.js';
import * as schema from './messages/schema.js';
import * as sip from './messages/sip.js';
import type { Locale } from '../schema/text.js';

/**
 * The message catalogs: one set of texts per area (each file has `sv` and
 * `en` with the same keys, checked by the compiler), merged into one catalog
 * per language. Every visible and accessible text of an element comes from here.
 */
export const sv = { ...common.sv, ...schema.sv, ...form.sv, ...aggregate.sv, ...report.sv, ...sip.sv, ...plan.sv };
export const en: typeof sv = { ...common.en, ...schema.en, ...form.en, ...aggregate.en, ...report.en, ...sip.en, ...plan.en };

export type Catalog = typeof sv;
export type MessageKey = keyof Catalog;
export const catalogs: Record<Locale, Catalog> = { sv, en };

type Args<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

/** The text of `key` in `locale`, with its parameters filled in. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: Args<K>): string {
  const message = (catalogs[locale] ?? sv)[key] as unknown;
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
}

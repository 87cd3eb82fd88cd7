/**
 * Languages and picking a text in one, without the validation library: an
 * element that only shows texts does not need to load zod for this.
 */

/** The languages every text of Samsyn exists in. Swedish is the default. */
export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

/** A text given in every supported language. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Picks the text for a locale, falling back to Swedish. */
export function pick(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text.sv;
}

/** Normalises any language tag (`sv-SE`, `en-GB`, `EN`) to a supported locale. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base) ? (base as Locale) : defaultLocale;
}

/** The `Intl` locale that formats numbers and dates for a Samsyn language (decimal comma in Swedish). */
export function intlLocale(locale: Locale): 'sv-SE' | 'en-GB' {
  return locale === 'sv' ? 'sv-SE' : 'en-GB';
}

/** A plain object (not null, not an array): what a JSON object from a page or a vendor's server parses to. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

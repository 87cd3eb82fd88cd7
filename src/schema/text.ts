import * as z from 'zod/mini';

/** The languages every text of Samsyn exists in. Swedish is the default. */
export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

/** A text given in every supported language. */
export const localizedTextSchema = z.strictObject({
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

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

import * as z from 'zod/mini';

export { defaultLocale, locales, pick, toLocale, type Locale, type LocalizedText } from './locale.js';

/** A text given in every supported language. */
export const localizedTextSchema = z.strictObject({
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

import * as z from 'zod/mini';

export { defaultLocale, locales, pick, toLocale, type Locale, type LocalizedText } from './locale.js';

/*
 * In a page, Samsyn runs inside kommun portals with a strict Content Security
 * Policy (no 'unsafe-eval', Trusted Types for every script sink). zod probes
 * once for `new Function` to compile faster object parsers, and that probe
 * alone is reported as a policy violation. Every schema module imports this
 * one, so in a document the bundled zod never probes; on a server (and in
 * the aggregation worker, which has no document) zod keeps its compiler.
 */
if (typeof document !== 'undefined') z.config({ jitless: true });

/** A text given in every supported language. */
export const localizedTextSchema = z.strictObject({
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

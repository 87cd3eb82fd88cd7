// @ts-check
// The service's own messages, Swedish and English; the record's messages come
// from samsyn/schema in the same language.

/** @typedef {'sv' | 'en'} Locale */

export const messages = {
  sv: {
    unauthorized: 'Inloggning krävs: skicka en giltig token i Authorization: Bearer <token>.',
    forbidden: (/** @type {string} */ role) => `Rollen ${role} får inte göra detta.`,
    notFound: 'Det finns ingen sådan adress i tjänsten.',
    malformedJson: 'Innehållet är inte giltig JSON.',
    emptyBody: 'Innehållet saknas.',
    unsupportedMediaType: 'Den här innehållstypen tas inte emot här.',
    lengthRequired: 'Skicka filen med Content-Length (som webbläsare och curl -F gör).',
    tooLarge: (/** @type {string} */ limit) => `Innehållet är för stort (högst ${limit}).`,
    invalidRecord: 'Inventeringen är inte giltig.',
    badPeriod: 'Perioden ska vara ett år, till exempel 2026.',
    periodRequired: 'Ange perioden som ska tas bort, till exempel ?period=2026.',
    badUnit: 'Enheten ska vara en kod med högst 64 tecken.',
    badBy: (/** @type {string} */ by) => `Rapporten kan inte delas upp efter ${by}.`,
    badIdempotencyKey: 'Idempotency-Key ska vara 1–200 synliga tecken.',
    noFile: 'Bifoga en fil (CSV eller XLSX) i fältet file.',
    unknownFileType: 'Filen är varken CSV eller XLSX.',
    unreadableFile: 'Filen kunde inte läsas.',
    spreadsheetTooLarge: (/** @type {string} */ limit) => `Kalkylbladet packas upp till mer än ${limit} och tas inte emot.`,
    spreadsheetTooDemanding: 'Filen kräver för mycket minne eller tid för att läsas och tas inte emot. Dela upp den i mindre filer (högst 20 000 rader var).',
    tooManyRows: (/** @type {number} */ limit) => `Filen har fler än ${limit} rader.`,
    emptyFile: 'Filen har inga rader att importera.',
    importRefused: (/** @type {number} */ n) => `Ingenting importerades: ${n} fel i filen. Rätta dem och försök igen.`,
    unknownColumn: (/** @type {string} */ c) => `Kolumnen ${c} är ingen fråga i inventeringen.`,
    duplicateColumn: (/** @type {string} */ c) => `Kolumnen ${c} finns två gånger.`,
    formula: 'Cellen börjar med =, +, - eller @ och kan vara en formel; den tas inte emot.',
    notANumber: 'Cellen ska vara ett tal.',
    busy: 'Tjänsten är upptagen just nu. Försök igen om en stund.',
    tooManyRequests: (/** @type {number} */ s) => `För många förfrågningar med den här token. Vänta ${s} ${s === 1 ? 'sekund' : 'sekunder'} och försök igen.`,
    tooManySignIns: (/** @type {number} */ s) => `För många försök med ogiltig token från den här adressen. Vänta ${s} ${s === 1 ? 'sekund' : 'sekunder'} och försök igen.`,
    internal: 'Något gick fel i tjänsten. Försök igen; kvarstår felet, kontakta förvaltningen.',
  },
  en: {
    unauthorized: 'Sign-in required: send a valid token in Authorization: Bearer <token>.',
    forbidden: (/** @type {string} */ role) => `The role ${role} may not do this.`,
    notFound: 'The service has no such address.',
    malformedJson: 'The body is not valid JSON.',
    emptyBody: 'The body is missing.',
    unsupportedMediaType: 'This content type is not accepted here.',
    lengthRequired: 'Send the file with a Content-Length (as browsers and curl -F do).',
    tooLarge: (/** @type {string} */ limit) => `The body is too large (at most ${limit}).`,
    invalidRecord: 'The inventory record is not valid.',
    badPeriod: 'The period must be a year, for example 2026.',
    periodRequired: 'Give the period to delete, for example ?period=2026.',
    badUnit: 'The unit must be a code of at most 64 characters.',
    badBy: (/** @type {string} */ by) => `The report cannot be broken down by ${by}.`,
    badIdempotencyKey: 'Idempotency-Key must be 1–200 visible characters.',
    noFile: 'Attach a file (CSV or XLSX) in the field file.',
    unknownFileType: 'The file is neither CSV nor XLSX.',
    unreadableFile: 'The file could not be read.',
    spreadsheetTooLarge: (/** @type {string} */ limit) => `The spreadsheet unpacks to more than ${limit} and is refused.`,
    spreadsheetTooDemanding: 'The file takes too much memory or time to read and is refused. Split it into smaller files (at most 20,000 rows each).',
    tooManyRows: (/** @type {number} */ limit) => `The file has more than ${limit} rows.`,
    emptyFile: 'The file has no rows to import.',
    importRefused: (/** @type {number} */ n) => `Nothing was imported: ${n} errors in the file. Correct them and try again.`,
    unknownColumn: (/** @type {string} */ c) => `The column ${c} is no question of the inventory.`,
    duplicateColumn: (/** @type {string} */ c) => `The column ${c} appears twice.`,
    formula: 'The cell starts with =, +, - or @ and may be a formula; it is refused.',
    notANumber: 'The cell must be a number.',
    busy: 'The service is busy right now. Try again in a moment.',
    tooManyRequests: (/** @type {number} */ s) => `Too many requests with this token. Wait ${s} ${s === 1 ? 'second' : 'seconds'} and try again.`,
    tooManySignIns: (/** @type {number} */ s) => `Too many attempts with an invalid token from this address. Wait ${s} ${s === 1 ? 'second' : 'seconds'} and try again.`,
    internal: 'Something went wrong in the service. Try again; if it persists, contact the administration.',
  },
};

/**
 * The language a caller asked for in Accept-Language: English when English
 * ranks above Swedish, Swedish otherwise.
 * @param {string | undefined} header
 * @returns {Locale}
 */
export function localeOf(header) {
  if (!header) return 'sv';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'sv' || tag.startsWith('sv-')) return 'sv';
  }
  return 'sv';
}

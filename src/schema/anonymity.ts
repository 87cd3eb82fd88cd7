import * as z from 'zod/mini';
import { freeTextMessages } from '../i18n/messages/free-text.js';
import type { Locale } from './text.js';

/**
 * Records are anonymous by construction: the national tool was designed so
 * that nothing in a report can be traced to a person. A free-text field is
 * where a personal identity number slips in, so every free-text field of
 * every schema goes through this guard, and so does every id and code
 * field (`anonymousId`): a row id or an organisation id is no place for one
 * either.
 *
 * The text is first read the way a person sees it (`normalise`): Unicode
 * NFKC, so fullwidth and mathematical digits are digits; every other decimal
 * digit (\p{Nd}: Arabic-Indic, Devanagari…) as its value; every dash and
 * minus (Word and Outlook turn `-` into `–`) as `-`, and `_` too, which ids
 * use as one; every space (no-break, thin, a line break) as one space;
 * format characters (\p{Cf}: zero-width space, soft hyphen, word joiner),
 * combining marks and control characters removed.
 *
 * Then these are caught, personal identity numbers and coordination numbers
 * (samordningsnummer, day + 60) alike:
 * - YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDD NNNN and
 *   YYYYMMDD-NNNN, also with a space either side of the dash;
 * - the date written with separators: 1981-12-18-9876, 81.12.18-9876,
 *   81 12 18-9876 (the same separator within the date);
 * - a bare run of exactly 10 or 12 digits: 8112189876, 198112189876.
 * Each only when the month and the day make a real date (29 February only
 * in a leap year; with a century, it is 18, 19 or 20) and the Luhn check
 * digit over YYMMDDNNNN is right. So organisation numbers (the "month" is
 * 20 or more: 212000-0142), ISO dates, amounts, postal codes and case
 * numbers pass.
 *
 * Trade-offs:
 * - A phone number written as ten bare digits (0701234565) cannot be told
 *   from the number of someone born in 2007: both start with 0. Exempting a
 *   leading 0 would let every number of those born 2000–2009 through, so a
 *   bare ten-digit run is refused whenever its date and check digit are
 *   valid. Of mobile numbers written bare only 070 ones can be (072, 073,
 *   076 and 079 give a month of 20 or more), about one in twenty of those;
 *   a phone number written the usual way (070-123 45 67, 08-508 000 00,
 *   +46 70 123 45 67) never matches. The message then says how to write it.
 * - A compact timestamp (202405011030) is refused in the same way when its
 *   digits make a valid number (about one in ten); the message says to
 *   write 2024-05-01 10:30.
 * - An ISO date followed by a year and a date (2015-06-30–2016-06-30) is a
 *   date range, not a number, and passes.
 *
 * Not caught: a number written in words or with other groupings
 * (8112 18-98 76), split over two fields or two lines of a list, with
 * letters for digits (O for 0), with a wrong check digit (a typo), or the
 * birth date alone.
 */

// Dashes (\p{Pd}: U+2010–2015, U+FE58, U+FE63, U+FF0D…), the minus sign U+2212, and `_`.
const dash = /[\p{Pd}\u2212_]/u;
const space = /[\s\p{Zs}]/u;
// Format characters (zero-width space, soft hyphen, word joiner), combining marks, control characters.
const invisible = /[\p{Cf}\p{M}\p{Cc}]/u;
const decimal = /\p{Nd}/u;

/**
 * A decimal digit's value. Unicode encodes decimal digits in runs of ten,
 * 0 to 9, so the value is the digit's place in its run of \p{Nd}.
 */
function digitValue(ch: string): number {
  let code = ch.codePointAt(0)!;
  let place = 0;
  while (decimal.test(String.fromCodePoint(--code))) place++;
  return place % 10;
}

/** One character of the text as it is read; '' when it is not seen. */
function fold(ch: string): string {
  if (ch >= '0' && ch <= '9') return ch;
  if (decimal.test(ch)) return String(digitValue(ch));
  if (dash.test(ch)) return '-';
  if (space.test(ch)) return ' ';
  return invisible.test(ch) ? '' : ch;
}

/**
 * The text as it is read, and for each of its characters where it starts
 * in `text`, so that a match is reported as written.
 */
function normalise(text: string): { read: string; from: number[] } {
  let read = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    for (const part of ch < '\u0080' ? ch : ch.normalize('NFKC')) {
      const c = fold(part);
      // One space for any run of them (and of what is not seen between them).
      if (c === '' || (c === ' ' && read.endsWith(' '))) continue;
      read += c;
      from.push(at);
    }
    at += ch.length;
  }
  return { read, from };
}

/**
 * YY or YYYY, MM, DD, with the same separator or none between them; then a
 * dash or a plus (with a space either side only after six digits), a
 * space, a dot or nothing; then NNNN. Not when NNNN is the year of another
 * date (a date range). Groups: 1 century, 2 YY, 4 MM, 5 DD, 6 separator, 7 NNNN.
 */
const candidate = /(?<!\d)(\d\d)?(\d\d)([-. ]?)(\d\d)\3(\d\d)((?<=\d{6}) ?[-+] ?|[-+. ])?(\d{4})(?!\d)(?![-./]\d\d[-./]\d\d(?!\d))/gu;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function valid(century: string | undefined, yy: string, mm: string, dd: string, last4: string): boolean {
  if (century && (+century < 18 || +century > 20)) return false;
  // A real date: 31 April or month 13 would roll over. Without a century, 29 February whenever YY is a multiple of 4 (2000 was a leap year).
  const day = +dd > 60 ? +dd - 60 : +dd;
  const date = new Date(Date.UTC((century ? +century : 20) * 100 + +yy, +mm - 1, day));
  return date.getUTCMonth() === +mm - 1 && date.getUTCDate() === day && luhnValid(yy + mm + dd + last4);
}

/** The first number in `text`, as written there; `bare` when no dash or plus precedes the last four digits (a phone number, a timestamp?). */
function find(text: string): { text: string; bare: boolean } | null {
  const { read, from } = normalise(text);
  candidate.lastIndex = 0;
  for (let m = candidate.exec(read); m; m = candidate.exec(read)) {
    const [whole, century, yy, , mm, dd, sep, last4] = m;
    if (valid(century, yy, mm, dd, last4)) {
      // Up to where the next character read starts: the number with whatever was not seen inside it.
      return { text: text.slice(from[m.index], from[m.index + whole.length] ?? text.length), bare: !/[-+]/.test(sep ?? '') };
    }
    // Look again from the next character: a near miss may overlap a number.
    candidate.lastIndex = m.index + 1;
  }
  return null;
}

/** The first personal identity or coordination number found in `text`, as written there, or null. */
export function findPersonalNumber(text: string): string | null {
  return find(text)?.text ?? null;
}

export function containsPersonalNumber(text: string): boolean {
  return find(text) !== null;
}

/**
 * A free-text schema with a length limit and the personal-number guard, its
 * messages in `locale` naming the field by `label`, read when an issue is
 * made (it may be a getter). Every free-text field of every Samsyn schema is
 * made with this. `kind: 'id'` is for a free-form id (a vendor's reference):
 * the message then says that an id must not be one.
 */
export function anonymousText(options: { label: string; maxLength: number; locale: Locale; minLength?: number; kind?: 'text' | 'id' }) {
  const m = freeTextMessages[options.locale];
  return z.string({ error: () => m.notText(options.label) }).check(
    ...(options.minLength ? [z.minLength(options.minLength, { error: () => m.enterText(options.label) })] : []),
    z.maxLength(options.maxLength, { error: () => m.tooLong(options.label, options.maxLength) }),
    options.kind === 'id' ? anonymousId(options) : personalNumberCheck(options, m),
  );
}

function personalNumberCheck(options: { label: string }, m: (typeof freeTextMessages)[Locale]) {
  return z.refine<string>((s) => !containsPersonalNumber(s), {
    error: (issue) => m.personalNumber(options.label, typeof issue.input === 'string' && !!find(issue.input)?.bare),
  });
}

/** A language tag as the `lang` attribute takes it (BCP 47): sv, en, fi, se-FI, sv-x-lattlast. */
export const languageTagPattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The language a record's free texts are written in (`lang` of a plan, of the
 * views of user organisations, of a SIP), as a language tag; Swedish when
 * absent. The texts are shown as written, and an element marks them with this
 * language where the page around them speaks another, so that a screen reader
 * reads a Swedish plan on an English page with a Swedish voice.
 */
export function textLanguage(options: { locale: Locale }) {
  const m = freeTextMessages[options.locale];
  const error = () => m.badLanguage;
  // A tag's subtags could spell a personal identity number (sv-19811218-9876): refused like one in an id.
  return z.string({ error }).check(z.regex(languageTagPattern, { error }), z.refine((s) => !containsPersonalNumber(s), { error }));
}

/**
 * The check every id and code field of every Samsyn schema ends with: it
 * refuses a personal identity or coordination number in any of the forms
 * `findPersonalNumber` reads, saying in `locale` that an id must not be one
 * (`label` read when it does).
 * Add it after the field's own pattern: `z.string().check(z.regex(…), anonymousId({ label, locale }))`.
 */
export function anonymousId(options: { label: string; locale: Locale }) {
  const m = freeTextMessages[options.locale];
  return z.refine<string>((s) => !containsPersonalNumber(s), { error: () => m.idPersonalNumber(options.label) });
}

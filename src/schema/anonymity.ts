import * as z from 'zod/mini';
import { freeTextMessages } from '../i18n/messages/free-text.js';
import type { Locale } from './text.js';

/**
 * Records are anonymous by construction: the national tool was designed so
 * that nothing in a report can be traced to a person. A free-text field is
 * where a personal identity number slips in, so every free-text field of
 * every schema goes through this guard.
 *
 * Formats caught: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
 * YYYYMMDDNNNN and YYYYMMDD-NNNN; coordination numbers (samordningsnummer)
 * have 60 added to the day. Only numbers with a valid check digit (Luhn over
 * the ten digits YYMMDDNNNN) and a possible month and day count, so that
 * ordinary numbers in a text (amounts, phone numbers) pass.
 */
const candidate = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

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

/** The first personal identity or coordination number found in `text`, or null. */
export function findPersonalNumber(text: string): string | null {
  candidate.lastIndex = 0;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const [whole, century, yy, mm, dd, sep, last4] = m;
    // Six digits need a separator: a bare ten-digit run is more often a phone number.
    if (!century && !sep) continue;
    const month = Number(mm);
    const day = Number(dd);
    if (month < 1 || month > 12) continue;
    if (!((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) return whole;
  }
  return null;
}

export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumber(text) !== null;
}

/**
 * A free-text schema with a length limit and the personal-number guard, its
 * messages in `locale` naming the field by `label`. Every free-text field of
 * every Samsyn schema is made with this.
 */
export function anonymousText(options: { label: string; maxLength: number; locale: Locale; minLength?: number }) {
  const m = freeTextMessages[options.locale];
  return z.string({ error: () => m.notText(options.label) }).check(
    ...(options.minLength ? [z.minLength(options.minLength, { error: () => m.enterText(options.label) })] : []),
    z.maxLength(options.maxLength, { error: () => m.tooLong(options.label, options.maxLength) }),
    z.refine((s: string) => !containsPersonalNumber(s), { error: () => m.personalNumber(options.label) }),
  );
}

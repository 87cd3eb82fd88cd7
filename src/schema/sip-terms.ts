import * as z from 'zod/mini';
import type { sipMessages } from '../i18n/messages/sip.js';
import type { Locale } from './text.js';
import { isObject } from './locale.js';

/*
 * What the plan and overview schemas share: the statuses and genders the
 * inventory counts (a plan's own vocabulary is in `sip-plan.ts`), the
 * options of both, and the helpers of their messages. See `sip.ts`.
 */

/** The options of the inventory's `sip` question: the status of a person's plan. */
export const sipStatuses = ['established', 'in-progress', 'missing', 'unknown'] as const;
export type SipStatus = (typeof sipStatuses)[number];

/** The genders of the inventory's `gender` question. */
export const sipGenders = ['woman', 'man'] as const;
export type SipGender = (typeof sipGenders)[number];

export interface SipSchemaOptions {
  /** Language of the messages. Swedish by default. */
  locale?: Locale;
}

/** The messages both SIP schemas use, in one locale. */
export type SipSharedMessages = (typeof sipMessages)[Locale];
/** A problem found across fields, for `superRefine`. */
export type SipIssue = { path: PropertyKey[]; message: string };

export { isObject };

/** The message of an object that has the wrong shape, or fields it should not have. */
export function objectError(m: SipSharedMessages, label: string, unknown: (keys: string) => string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' && issue.keys ? unknown(issue.keys.join(', ')) : m.sipWrongShape(label);
}

export function isoDate(m: SipSharedMessages, label: string) {
  return z.iso.date({ error: () => m.sipEnterDate(label) });
}

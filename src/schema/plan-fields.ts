import * as z from 'zod/mini';
import { en, sv } from '../i18n/messages/plan.js';
import { anonymousId, anonymousText } from './anonymity.js';
import { isObject } from './locale.js';
import type { Locale } from './text.js';

/*
 * The fields the action plan's schema and the user organisations' views
 * share, with the messages of both (`i18n/messages/plan.ts`) in one
 * language: texts, ids, and objects that name the fields they do not know;
 * and their lists of items told apart by an id.
 */

/** The messages of both schemas, by language. */
export const planMessages = { sv, en } as const;
export type PlanMessages = (typeof planMessages)[Locale];
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The field builders in `locale`; `unknownFields`, the message that names the fields an object does not know. */
export function planFields(locale: Locale, unknownFields: 'planUnknownFields' | 'partUnknownFields') {
  const m = planMessages[locale];
  /** A text of at most `maxLength`; a required one may not be blank (a goal of one space says nothing). */
  const text = (label: string, maxLength: number, required = false) => {
    const schema = anonymousText({ label, maxLength, locale });
    return required ? schema.check(z.refine((s) => s.trim() !== '', { error: () => m.planEnter(label) })) : schema;
  };
  const id = (label: string) =>
    z.string({ error: () => m.planBadId(label) }).check(z.regex(idPattern, { error: () => m.planBadId(label) }), anonymousId({ label, locale }));
  /** An object of `shape`; `wrongShape`, the message when it is not one. */
  const object = <S extends z.core.$ZodLooseShape>(shape: S, wrongShape: string) =>
    z.strictObject(shape, {
      error: (iss) => (iss.code === 'unrecognized_keys' ? m[unknownFields](iss.keys.join(', ')) : wrongShape),
    });
  return { m, text, id, object };
}

/**
 * Each object of a list whose items are told apart by `key` (a value that is
 * not a list has none), in order, with whether its key repeats an earlier
 * one's. Gives back every key seen.
 */
export function eachKeyed(list: unknown, key: string, visit: (item: Record<string, unknown>, i: number, repeated: boolean) => void): Set<unknown> {
  const seen = new Set<unknown>();
  if (!Array.isArray(list)) return seen;
  list.forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    const repeated = seen.has(item[key]);
    seen.add(item[key]);
    visit(item, i, repeated);
  });
  return seen;
}

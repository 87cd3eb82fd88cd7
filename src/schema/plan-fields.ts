import * as z from 'zod/mini';
import { planMessages } from '../i18n/messages/plan.js';
import { anonymousId, anonymousText } from './anonymity.js';
import { isObject } from './locale.js';
import type { Locale } from './text.js';

/*
 * The fields the action plan's schema and the user organisations' views
 * share, with the messages of both (`i18n/messages/plan.ts`) in one
 * language: texts, ids, and objects that name the fields they do not know;
 * and their lists of items told apart by an id.
 *
 * Every message, and every field name in one, is read when an issue is made,
 * not when the schema is: in the built package a schema can be made before
 * the English it speaks has arrived, and speaks it once it has.
 */

export type PlanMessages = (typeof planMessages)[Locale];
/** A field's name: a message that is a plain text. */
export type PlanLabel = { [K in keyof PlanMessages]: PlanMessages[K] extends string ? K : never }[keyof PlanMessages];
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The field builders in `locale`, each field named by the message of its name; `m()`, the messages;
 * `unknownFields`, the message that names the fields an object does not know.
 */
export function planFields(locale: Locale, unknownFields: 'planUnknownFields' | 'partUnknownFields') {
  const m = (): PlanMessages => planMessages[locale];
  /** The options of the shared free-text and id checks, the field's name read when they make an issue (not spread: that would read it now). */
  const named = (field: PlanLabel, maxLength = 0) => ({
    get label() {
      return m()[field];
    },
    locale,
    maxLength,
  });
  /** A text of at most `maxLength`; a required one may not be blank (a goal of one space says nothing). */
  const text = (field: PlanLabel, maxLength: number, required = false) => {
    const schema = anonymousText(named(field, maxLength));
    return required ? schema.check(z.refine((s) => s.trim() !== '', { error: () => m().planEnter(m()[field]) })) : schema;
  };
  const id = (field: PlanLabel) =>
    z.string({ error: () => m().planBadId(m()[field]) }).check(z.regex(idPattern, { error: () => m().planBadId(m()[field]) }), anonymousId(named(field)));
  /** An object of `shape`; `wrongShape`, the message when it is not one. */
  const object = <S extends z.core.$ZodLooseShape>(shape: S, wrongShape: () => string) =>
    z.strictObject(shape, {
      error: (iss) => (iss.code === 'unrecognized_keys' ? m()[unknownFields](iss.keys.join(', ')) : wrongShape()),
    });
  return { m, named, text, id, object };
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

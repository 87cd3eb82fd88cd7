import * as z from 'zod/mini';
import { isObject } from './locale.js';
import { defaultLocale, toLocale, type Locale } from './text.js';

/*
 * What the schemas with their messages in a language share (the action
 * plan, the user organisations' views, a SIP plan, the SIP counts): one
 * schema per language, built when it is first asked for, and the check
 * across fields.
 */

/** A problem found across fields, at its path. */
export type CrossFieldIssue = { path: PropertyKey[]; message: string };

/** The schema `build` makes for a language (any tag: `sv-SE`, `EN`), built once per language. */
export function perLocale<S>(build: (locale: Locale) => S): (locale?: Locale) => S {
  const schemas: Partial<Record<Locale, S>> = {};
  return (locale = defaultLocale) => {
    const key = toLocale(locale);
    return (schemas[key] ??= build(key));
  };
}

/**
 * The check of what no single field can check: every issue `issues` finds
 * in an object, at its path. The object is not yet known to be valid: the
 * check runs even when a field failed its own, so that a form shows every
 * problem at once.
 */
export function crossFieldCheck(issues: (input: Record<string, unknown>) => CrossFieldIssue[]) {
  return z.superRefine<unknown>(
    (input, ctx) => {
      if (!isObject(input)) return;
      for (const issue of issues(input)) ctx.addIssue({ code: 'custom', input, ...issue });
    },
    { when: () => true },
  );
}

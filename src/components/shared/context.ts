import { ContextRoot, createContext } from '@lit/context';
import type { Population } from '../../schema/aggregate-result.js';
import type { Definition } from '../../schema/questionnaire.js';

/**
 * The questionnaire definition the records of a page follow: a kommun that
 * added questions of its own to the national inventory provides its
 * extended definition once, with `<samsyn-context>`, and every chart,
 * report and SIP overview inside it counts and names those questions.
 */
export const definitionContext = createContext<Definition | undefined>(Symbol('samsyn-definition'));

/** Settings a page provides once (with `<samsyn-context>`) for every Samsyn element inside it. */
export interface SamsynConfig {
  /** Disclosure control: the smallest count given out (5 unless set). */
  minCount?: number;
  /** How many live in the kommun (by gender and age band), for per-mille figures. */
  population?: Population;
  /** What the records describe ("2025"). */
  period?: string;
  /** "Today" for overdue logic, ISO date. */
  today?: string;
}
export const configContext = createContext<SamsynConfig | undefined>(Symbol('samsyn-config'));

/** The inputs a surrounding `<samsyn-context>` can provide: the definition and each setting of `SamsynConfig`. */
export type ProvidedInput = 'definition' | keyof SamsynConfig;

let rootAttached = false;
/**
 * In a plain HTML page a consumer can upgrade before its provider and would
 * then keep its default value; a ContextRoot on the document replays those
 * requests once the provider arrives. Attached once, when the first element
 * that uses context is defined.
 */
export function ensureContextRoot(): void {
  if (rootAttached || typeof document === 'undefined') return;
  rootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

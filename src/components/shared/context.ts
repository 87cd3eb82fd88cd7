import { ContextRoot, createContext } from '@lit/context';
import type { Definition } from '../../schema/questionnaire.js';

/** The questionnaire definition an element and its parts work with. */
export const definitionContext = createContext<Definition | undefined>(Symbol('samsyn-definition'));

/** Settings a container (a report) hands to its parts (charts). */
export interface SamsynConfig {
  /** Disclosure control: the smallest count given out (5 unless set). */
  minCount?: number;
  /** "Today" for overdue logic, ISO date. */
  today?: string;
}
export const configContext = createContext<SamsynConfig>(Symbol('samsyn-config'));

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

import type { Option } from '../schema/questionnaire.js';

/**
 * An option as the definitions write it: its code, its label in Swedish and
 * in English, and `reconstructed` (not given word for word by the sources)
 * or `exclusive` (choosing it clears the others) where it is so.
 */
export type OptionRow = readonly [code: string, sv: string, en: string, mark?: 'reconstructed' | 'exclusive'];

/** The options of a question, one `[code, sv, en, mark?]` row each. */
export function options(...rows: OptionRow[]): Option[] {
  return rows.map(([code, sv, en, mark]) => (mark ? { code, label: { sv, en }, [mark]: true } : { code, label: { sv, en } }));
}

/* Helpers of the editors (plan, participation) and of reading a plan in, loaded only with them. */

/**
 * A number typed with a decimal comma or point (spaces as thousands
 * separators allowed), or the text itself when it is not a number, so that
 * the schema can say what is wrong with it.
 */
export function parseDecimal(text: string): number | string {
  const t = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  // Exponent notation too (1e-7), as other programs write very small or large numbers.
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t) && Number.isFinite(Number(t)) ? Number(t) : text;
}

/** A form field's text: a file input's value, or none, is an empty text. */
export const formText = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');

/** At most `max` characters, for accessible names of buttons that name their row. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The object without its undefined properties: an absent optional field stays absent. */
export function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
  return o;
}

/** The first message of each field among a failed save's issues; `fieldOf` names the field an issue is about. */
export function fieldErrors(
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>,
  fieldOf: (path: readonly PropertyKey[]) => string,
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const name = fieldOf(issue.path);
    if (!errors.has(name)) errors.set(name, issue.message);
  }
  return errors;
}

/**
 * The message of a vocabulary (statuses, steps, agencies): the name of a
 * code in one language, or the code itself where it has none, so that a
 * code a newer version adds still shows.
 */
export function named(names: Record<string, string>): (code: string) => string {
  return (code) => names[code] ?? code;
}

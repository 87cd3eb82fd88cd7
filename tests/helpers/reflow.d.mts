/* Types of reflow.mjs, for the browser tests written in TypeScript. */

/**
 * What keeps `root` (the page by default) from reflowing, as readable lines; an empty list when nothing
 * does: the page scrolling sideways, or an element wider inside than its box that is not a scroll box a
 * user can reach (overflow-x auto or scroll, tabindex="0", a role and an accessible name). Shadow roots
 * are walked.
 */
export function reflowProblems(root?: Document | ParentNode): string[];

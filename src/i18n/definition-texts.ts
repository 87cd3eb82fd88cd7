/**
 * For the build (scripts/language-chunks.mjs): the English of a definition
 * shipped with the package (`src/definitions/`) in a module of its own,
 * fetched like the message areas' English. The build writes each English
 * text of the definition as its number in that module, and the notes, which
 * are English only, as well; `marksOf()` finds them when the definition's
 * module is evaluated and puts the Swedish in their place (`en` of a text
 * falls back to Swedish, as `translate()` does) and no notes, so that the
 * definition is whole and valid before its English arrives; `setMarks()`
 * puts the English in. Nothing in the sources calls these.
 */
type Mark = [target: Record<string, unknown>, key: string, index: number];

/** Every numbered English text and note reachable from `roots`, each given its stand-in. */
export function marksOf(roots: readonly unknown[]): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const o = node as Record<string, unknown>;
    if (typeof o.en === 'number') {
      marks.push([o, 'en', o.en]);
      o.en = o.sv;
    }
    if (typeof o.notes === 'number') {
      marks.push([o, 'notes', o.notes]);
      o.notes = undefined;
    }
    for (const value of Object.values(o)) visit(value);
  };
  for (const root of roots) visit(root);
  return marks;
}

/** The English texts and notes, by their numbers, in place. */
export function setMarks(marks: readonly Mark[], values: readonly unknown[]): void {
  for (const [target, key, index] of marks) target[key] = values[index];
}

// The definitions shipped with the package (`src/definitions/`), each of
// which marks itself here. The package's tests check every one of them
// against `definitionSchema` (tests/node/definitions.test.mjs), so every
// check of a definition (`checkDefinition()` in record.ts: the form, the
// aggregation, samsyn/sql) takes them as checked: checking the national
// inventory again cost a form's first render a sixth of its time and a
// report's first count a tenth of its. A definition a page makes, copies or
// extends is another object and is checked.
//
// No imports: a page that loads a definition without the schema does not
// fetch zod for it. The build keeps this module with the locale's
// (rollup.config.mjs), which every definition already imports.

/** The definitions marked by `shippedDefinition()`; `has()` is false for anything else, a copy or a primitive too. */
export const shippedDefinitions = new WeakSet<object>();

/** Marks `definition` as one of the package's own; returns it. */
export function shippedDefinition<T extends object>(definition: T): T {
  shippedDefinitions.add(definition);
  return definition;
}

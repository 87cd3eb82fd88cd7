/**
 * A schema that is built the first time anything reads it, behind a name
 * that exists from the start: the schema's own type, its methods and its
 * properties, read through a `Proxy`. Building zod schemas costs time when a
 * module is evaluated (the definition format's schemas took a form's page a
 * few milliseconds), and a page that only renders a checked definition never
 * reads them.
 *
 * What zod and a caller do with a schema is forwarded: reading its
 * properties (zod's lazily set ones are set on the schema itself, which is
 * what a getter sees as `this`) and `in`; `instanceof` a zod class answers
 * as for the schema, as zod asks the schema's traits. Whatever composes it
 * (`z.array(lazySchema)`, an object's shape) holds the proxy and reaches the
 * schema through it.
 */
export function lazily<T extends object>(build: () => T): T {
  let built: T | undefined;
  const handler: ProxyHandler<T> = {};
  for (const trap of ['get', 'has'] as const) {
    // One line for the three traps keeps the helper small: every entry of the package carries it.
    const forward = Reflect[trap] as (target: T, key?: PropertyKey) => never;
    handler[trap] = (_: T, key?: PropertyKey) => forward((built ??= build()), key);
  }
  return new Proxy({} as T, handler);
}

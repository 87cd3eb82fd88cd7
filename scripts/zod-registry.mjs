// A rollup plugin: zod's global metadata registry is made only where it is
// used. zod creates it when its module is evaluated (a side effect, so the
// bundler keeps it) and shares it through `globalThis.__zod_globalRegistry`;
// only `.describe()`, `.meta()` and `toJSONSchema()` read it, and the package
// uses none of them at run time (the JSON Schemas' descriptions are added
// when they are written, in scripts/json-schema.mjs, with a registry of its
// own). As a pure expression it is dropped from the bundle, with the
// registry class, unless something does use it; the build fails if zod
// writes it differently.
const FILE = /\/zod\/v4\/core\/registries\.js$/;
const EAGER = '(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());\nexport const globalRegistry = globalThis.__zod_globalRegistry;';
const LAZY = 'export const globalRegistry = /* @__PURE__ */ (() => ((_a = globalThis).__zod_globalRegistry ??= registry()))();';

export function zodRegistry() {
  return {
    name: 'samsyn-zod-registry',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      if (!code.includes(EAGER)) this.error('zod-registry: zod/v4/core/registries.js changed; review scripts/zod-registry.mjs');
      return { code: code.replace(EAGER, LAZY), map: null };
    },
  };
}

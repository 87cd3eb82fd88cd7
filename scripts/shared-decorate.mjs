// A rollup plugin, placed right after esbuild, that gives every module one
// shared `__decorateClass` (the helper esbuild writes for the elements'
// legacy decorators, `@property()`, `@state()`) instead of a copy of its own.
// esbuild has no option to import its helpers, so each element's module
// carried the helper, and a page with three elements downloaded it three
// times. The module's copy is replaced by an import of the same text from one
// virtual module; the build fails if esbuild writes the helper differently,
// so that the shared copy is always the one esbuild would have written.

const ID = '\0samsyn-decorate';

/** The helper exactly as esbuild 0.28 writes it for `experimentalDecorators`. */
const HELPER = `var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
`;

export function sharedDecorate() {
  return {
    name: 'samsyn-shared-decorate',
    resolveId(source) {
      return source === ID ? { id: ID, moduleSideEffects: false } : null;
    },
    load(id) {
      if (id !== ID) return null;
      return `var __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nexport ${HELPER}`;
    },
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('__decorateClass')) return null;
      if (!code.includes(HELPER)) {
        this.error(`shared-decorate: ${id} uses __decorateClass, but not as esbuild wrote it before; review scripts/shared-decorate.mjs`);
      }
      // __defProp and __getOwnPropDesc stay: terser drops them where nothing else uses them. Lines stay
      // where they were (the import on the first line, the helper's lines left empty) for the source maps.
      const blank = '\n'.repeat(HELPER.split('\n').length - 1);
      return { code: `import { __decorateClass } from ${JSON.stringify(ID)}; ${code.replace(HELPER, blank)}`, map: null };
    },
  };
}

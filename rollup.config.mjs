import { existsSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { compileHints } from './scripts/compile-hints.mjs';
import { splitZod } from './scripts/split-zod.mjs';
import { sharedDecorate } from './scripts/shared-decorate.mjs';
import { zodRegistry } from './scripts/zod-registry.mjs';
import { chartColor } from './scripts/chart-color.mjs';
import { chartStill } from './scripts/chart-still.mjs';
import { languageChunks } from './scripts/language-chunks.mjs';
import { modulePreloads } from './scripts/module-preloads.mjs';
import { privateMembers } from './scripts/private-members.mjs';

/** Every element folder with its `<name>/<name>.ts` is an entry `components/<name>.js`. */
export function elementNames() {
  return readdirSync('src/components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/components/${d.name}/${d.name}.ts`))
    .map((d) => d.name)
    .sort();
}

/**
 * An element's registering entry (`<name>/<name>.ts`) exists for its side
 * effect, `define()`; what it exports comes from `<name>.component.ts`. The
 * package's `sideEffects` (written for a kommun's bundler, about dist/)
 * marks the sources side-effect free, so a module that imports an element
 * through its entry (the all-in-one index, the report rendering
 * `<samsyn-chart>`) would keep the class and lose the registration. Said
 * here, for these files only.
 */
function registeringEntries() {
  const entry = /[\\/]src[\\/]components[\\/]([^\\/]+)[\\/]\1\.ts$/;
  return {
    name: 'registering-entries',
    transform(code, id) {
      return entry.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Rollup makes a chunk of the modules that the same entries load, however
 * small: Lit's `state` decorator (0.1 KB), the heading helper (0.6 KB) and
 * Lit's directive base (0.3 KB) were files of their own that nearly every
 * element page fetched beside the shared element base, each one more request
 * (a page with one element fetched 16 files, and at most six go at once over
 * HTTP/1.1). They go with that base: a page that did not use them (the
 * context element, samsyn-sip-status before it knows its mode) gets those
 * bytes, 0.3 KiB gzipped at most, and the form fetches 13 files, not 16. Languages
 * and the locale stay a chunk of their own, which the schema, aggregate and
 * sql modules load without Lit, with the set of the package's own
 * definitions (src/schema/shipped.ts), which every definition imports: on
 * its own it was put with the questionnaire schema, and every definition
 * imported that.
 */
const ELEMENT_BASE = [
  /[\\/]src[\\/]components[\\/]shared[\\/](samsyn-element|define|policy-guard|heading)\.ts$/,
  /^\0samsyn-decorate$/,
  /[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]state\.js$/,
  /[\\/]lit-html[\\/]directive\.js$/,
];
const LOCALE = /[\\/]src[\\/](i18n[\\/]languages|schema[\\/](locale|shipped))\.ts$/;

/** @param {string} id */
function manualChunks(id) {
  if (LOCALE.test(id)) return 'locale';
  if (ELEMENT_BASE.some((re) => re.test(id))) return 'samsyn-element';
  return undefined;
}

/** terser's table of the private members' short names, filled by privateMembers() before any chunk is minified. */
const privateNames = { props: {} };

const input = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  aggregate: 'src/aggregate/index.ts',
  sql: 'src/sql/index.ts',
  ...Object.fromEntries(elementNames().map((n) => [`components/${n}`, `src/components/${n}/${n}.ts`])),
};

export default {
  input,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Maps are written beside the modules, which do not name them: every page would download the reference.
    sourcemap: 'hidden',
    manualChunks,
  },
  // Lit, zod and Chart.js are bundled: a kommun page loads dist/ with plain script tags, no import map.
  plugins: [
    registeringEntries(),
    chartColor(),
    chartStill(),
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    splitZod(),
    zodRegistry(),
    privateMembers(privateNames),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false }),
    languageChunks(),
    sharedDecorate(),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      // only_cache: terser renames the members in the table and nothing else (an option its types leave out).
      mangle: { properties: /** @type {import('terser').ManglePropertiesOptions} */ ({ only_cache: true, cache: privateNames }) },
      format: { comments: false },
    }),
    compileHints(['samsyn-element', 'chart', 'aggregate']),
    modulePreloads(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
};

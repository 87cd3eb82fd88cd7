import { existsSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { splitZod } from './scripts/split-zod.mjs';
import { sharedDecorate } from './scripts/shared-decorate.mjs';
import { zodRegistry } from './scripts/zod-registry.mjs';
import { chartColor } from './scripts/chart-color.mjs';
import { languageChunks } from './scripts/language-chunks.mjs';

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
  },
  // Lit, zod and Chart.js are bundled: a kommun page loads dist/ with plain script tags, no import map.
  plugins: [
    registeringEntries(),
    chartColor(),
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    splitZod(),
    zodRegistry(),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false }),
    languageChunks(),
    sharedDecorate(),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
};

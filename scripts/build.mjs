#!/usr/bin/env node
// Builds the package: minified ES modules in dist/, declarations in
// dist/types/, JSON Schemas in dist/json-schema/ and custom-elements.json.
// Says what it is doing and how long each step took.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { writeJsonSchemas } from './json-schema.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
const step = async (label, work) => {
  const since = performance.now();
  process.stdout.write(`build: ${label}… `);
  await work();
  console.log(seconds(since));
};

rmSync('dist', { recursive: true, force: true });
await step('bundling the modules (rollup)', () => run(bin('rollup'), ['-c', '--silent']));
await step('writing the JSON Schemas', () => writeJsonSchemas());
await step('analysing the elements (custom-elements.json)', () => run(bin('custom-elements-manifest'), ['analyze', '--quiet']));
await step('writing the type declarations (tsc)', () => run(bin('tsc'), ['-p', 'tsconfig.build.json']));
// Each entry's declarations also beside it, so that a JavaScript file that
// imports dist/schema.js by path (the server, checked with checkJs) gets its
// types rather than the minified code's.
for (const entry of ['index', 'schema', 'aggregate', 'sql']) {
  const from = entry === 'index' ? './types/index.js' : `./types/${entry}/index.js`;
  writeFileSync(`dist/${entry}.d.ts`, `export * from '${from}';\n`);
}
console.log(`build: dist/ written in ${seconds(started)}`);

#!/usr/bin/env node
// Builds the package: minified ES modules in dist/, declarations in
// dist/types/, JSON Schemas in dist/json-schema/ and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeJsonSchemas } from './json-schema.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
await writeJsonSchemas();
run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
console.log('build: dist/ written');

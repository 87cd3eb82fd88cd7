#!/usr/bin/env node
// `npm test`: every check the project has, in order, each one's output shown.
// It runs them all (a lint error should not hide a failing test) and exits
// non-zero when any failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

/** @type {Array<[name: string, command: string, args: string[]]>} */
const checks = [
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  // Before the build, which rewrites custom-elements.json: the committed file must be what the analyzer makes of src/.
  ['custom-elements.json', 'node', ['scripts/manifest-check.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  // Scripts, benchmarks and Node tests through their JSDoc types; they import the built package's declarations.
  ['typecheck node', bin('tsc'), ['-p', 'tsconfig.node.json']],
  ['inventory table', 'node', ['scripts/inventory-table.mjs', '--check']],
  ...(existsSync('bench/size.mjs') ? [/** @type {[string, string, string[]]} */ (['size budgets', 'node', ['bench/size.mjs', '--check']])] : []),
  ['browser tests', bin('web-test-runner'), []],
  // Two files at a time, the slowest first (scripts/node-tests.mjs): each in a process of its own, with its own
  // servers on free ports and its own databases.
  ['node tests', 'node', ['scripts/node-tests.mjs']],
  // A React project's view of the built declarations: typed JSX elements, props and events.
  ['consumer types', bin('tsc'), ['-p', 'tests/types/tsconfig.json']],
  ['api tables', 'node', ['scripts/api-tables.mjs', '--check']],
  // The element examples in README.md and docs/ are the docs examples of tests/fixtures/elements/, which the contract test renders.
  ['docs examples', 'node', ['scripts/docs-examples.mjs', '--check']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of checks) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// The Node tests (tests/node/*.test.mjs), two files at a time, the slowest
// first, reported as TAP; exits non-zero when a test or a file failed.
//
//   node scripts/node-tests.mjs                 every file
//   node scripts/node-tests.mjs tests/node/x.test.mjs …   these, in this order
//
// Through node:test's run() rather than `node --test`, which sorts the files
// it is given by name: the slowest files, started in alphabetical order, ran
// last and finished alone on one core. Each file still runs in a process of
// its own, with its own servers on free ports, databases and temporary
// folders (docs/testing.md), so two can run side by side.
import { readdirSync } from 'node:fs';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';

// The slowest first, as measured file by file: a slow file started last would finish alone.
const slowest = [
  'storybook',
  'server-durability',
  'main-thread',
  'demo',
  'report-document',
  'server-limits',
  'sql-properties',
  'disclosure-audit',
  'forced-colors',
  'demo-plan-fit',
  'reflow',
];
const rank = (/** @type {string} */ file) => {
  const i = slowest.indexOf(file.replace(/^.*\//, '').replace(/\.test\.mjs$/, ''));
  return i === -1 ? slowest.length : i;
};

/** Every Node test file, the slowest first, then by name. */
const nodeTestFiles = () =>
  readdirSync('tests/node')
    .filter((f) => f.endsWith('.test.mjs'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => `tests/node/${f}`);

const given = process.argv.slice(2);
const files = given.length ? given : nodeTestFiles();
// The runner's timeout per test is the only limit, generous for a busy machine: tests wait on conditions, not on time.
const stream = run({ files, concurrency: 2, timeout: 600_000 });
stream.on('test:fail', () => {
  process.exitCode = 1;
});
stream.compose(tap).pipe(process.stdout);

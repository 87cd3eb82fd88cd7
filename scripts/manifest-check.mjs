#!/usr/bin/env node
// Fails when the committed custom-elements.json is not what the analyzer
// makes of the sources today. Editors, Storybook's docs, the generated API
// tables and vendors' tooling read that file, so it has to be in step. It
// analyses into a temporary folder and leaves the committed file alone, so
// it can run before or after the build (which rewrites the file).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const FILE = 'custom-elements.json';
// The analyzer puts --outdir under the working directory: hand it a relative path.
const out = mkdtempSync(join(tmpdir(), 'samsyn-manifest-'));
try {
  execFileSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet', '--outdir', relative(process.cwd(), out)], { stdio: 'inherit' });
  const fresh = JSON.parse(readFileSync(join(out, FILE), 'utf8'));
  /** @type {unknown} */
  let committed;
  try {
    committed = JSON.parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    committed = undefined;
    console.error(`${FILE} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isDeepStrictEqual(committed, fresh)) {
    const names = (/** @type {any} */ manifest) =>
      new Set((manifest?.modules ?? []).flatMap((m) => (m.declarations ?? []).map((d) => d.tagName ?? d.name)));
    const before = names(committed);
    const after = names(fresh);
    const differ = [...new Set([...before, ...after])].filter((n) => !before.has(n) || !after.has(n));
    console.error(
      `${FILE} is stale: it is not what the analyzer makes of src/ today${differ.length ? ` (added or removed: ${differ.join(', ')})` : ''}.` +
        ` Run \`node scripts/build.mjs\` (or \`npm run analyze\`), then \`node scripts/api-tables.mjs --write\`, and commit both.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`${FILE} matches the sources.`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

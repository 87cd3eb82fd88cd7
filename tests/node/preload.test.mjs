// dist/preload.json (scripts/module-preloads.mjs) lists, for each entry of
// the package, the files a page fetches before the entry runs: exactly the
// entry and its static imports, transitively, so that a page that writes one
// `<link rel="modulepreload">` per file fetches everything at once and
// nothing it does not need. The benchmark's form page writes them the way
// docs/elements.md says (scripts/preload-links.mjs, through scripts/serve.mjs)
// and fetches no module of dist/ that is not listed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { entriesOf, reachable } from '../../bench/size.mjs';
import { expandPreloads } from '../../scripts/preload-links.mjs';
import { startBrowser, stopBrowser } from '../helpers/browser.mjs';

const DIST = resolve('dist');
let preloads;
let server;
let base;
let browser;

before(async () => {
  if (!existsSync('dist/preload.json')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  preloads = JSON.parse(readFileSync('dist/preload.json', 'utf8'));
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8760 }));
});

after(() => stopBrowser({ browser, server }));

/** The entry and every file it imports statically, transitively, relative to dist/. */
const staticClosure = (entry) => reachable([join(DIST, entry)], { lazy: false }).files.map((file) => relative(DIST, file));

test('every entry of the package is listed, with itself first and exactly its static imports', () => {
  const entries = entriesOf(DIST);
  assert.deepEqual(Object.keys(preloads).sort(), entries.sort());
  for (const entry of entries) {
    const listed = preloads[entry];
    assert.equal(listed[0], entry, `${entry} comes first in its own list`);
    assert.equal(new Set(listed).size, listed.length, `${entry}: each file once`);
    assert.deepEqual([...listed].sort(), staticClosure(entry).sort(), `${entry}: its static imports, no more and no less`);
  }
  // What an element loads on first use is not preloaded: Chart.js is fetched when a chart comes into view.
  assert.ok(!preloads['components/chart.js'].some((f) => /chart-render/.test(f)), 'Chart.js is not preloaded with samsyn-chart');
  assert.ok(!preloads['components/inventory-form.js'].some((f) => /\/en-/.test(f)), 'a form page in Swedish preloads no English');
});

test('a samsyn-preload comment becomes one link per file, and stays where the entry is unknown', () => {
  const page = join(process.cwd(), 'bench/pages/form.html');
  const html = expandPreloads('<!-- samsyn-preload dist="../../dist/" entry="components/inventory-form.js" -->', page);
  assert.deepEqual(
    [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>/g)].map((m) => m[1]),
    preloads['components/inventory-form.js'].map((f) => `../../dist/${f}`),
  );
  const unknown = '<!-- samsyn-preload dist="../../dist/" entry="components/no-such-element.js" -->';
  assert.equal(expandPreloads(unknown, page), unknown);
});

test('the form page fetches every module of the form from its links, and no other', async () => {
  const page = await browser.newPage();
  try {
    const fetched = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/dist/') && path.endsWith('.js')) fetched.push(path.slice('/dist/'.length));
    });
    const html = await (await fetch(`${base}/bench/pages/form.html`)).text();
    const links = [...html.matchAll(/<link rel="modulepreload" href="\.\.\/\.\.\/dist\/([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(links, preloads['components/inventory-form.js']);
    await page.goto(`${base}/bench/pages/form.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.done, { timeout: 120_000, polling: 100 });
    const outcome = await page.evaluate(() => window.__bench);
    assert.equal(outcome.error, undefined);
    assert.ok(outcome.result.controls > 0, 'the first section is shown');
    assert.deepEqual([...new Set(fetched)].sort(), [...links].sort(), 'each module of dist/ the page fetched was preloaded, and each preloaded one was needed');
  } finally {
    await page.close();
  }
});

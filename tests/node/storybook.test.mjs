// The built Storybook, as a kommun's web developer browses it: every story
// renders without a page error or a console error and passes axe with the
// WCAG 2.2 AA rules and the page and landmark rules. In Swedish each story is
// opened on its own page, as a link to it opens it, so a story that leans on
// the one before it fails there; in English one page shows them in turn, as
// Storybook's sidebar does, so a story that breaks the next fails there, in
// less than half the time.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

// Always built afresh: a stale copy would test yesterday's stories.
execFileSync('node_modules/.bin/storybook', ['build', '--quiet', '-o', 'storybook-static'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
// axe from the same address on every page, so that Chromium compiles it once and takes it from its
// cache after that; a script tag with axe's text in it was compiled again for each of the stories.
copyFileSync('node_modules/axe-core/axe.min.js', 'storybook-static/axe.min.js');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

before(async () => {
  ({ browser, server, url: base } = await startBrowser({
    root: 'storybook-static',
    port: 8720,
    // As a host serves a built Storybook: the pages and the index afresh, the scripts, styles and fonts from
    // the browser's cache once fetched (nothing in the folder changes while the test runs). Each story still
    // opens in a page of its own; only Storybook's preview is no longer fetched and compiled for each one.
    headers: (path) => (path.endsWith('.html') || path.endsWith('.json') ? {} : { 'cache-control': 'max-age=3600' }),
    launch: { protocolTimeout: 600_000 },
  }));
});

after(() => stopBrowser({ browser, server }));

/** Opens a story alone and waits until it has rendered: every Samsyn element defined and updated, shadow roots included. */
async function openStory(page, id, locale) {
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale}`);
  await page.waitForFunction(() => document.querySelector('#storybook-root main') !== null, { timeout: 0, polling: 50 });
  await settled(page);
}

/**
 * Shows another story in the page, as Storybook's sidebar does (its channel's `setCurrentStory`), and
 * waits until it has rendered; a story that failed to render is one of `problems`.
 */
async function showStory(page, id, problems) {
  const outcome = await page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const outcomes = {
          storyRendered: () => 'rendered',
          storyErrored: (e) => `the story did not render: ${e?.title ?? ''} ${e?.description ?? ''}`,
          storyThrewException: (e) => `the story threw: ${e?.message ?? e}`,
          storyMissing: () => 'Storybook does not know the story',
        };
        const listeners = [];
        let timer;
        const finish = (outcome) => {
          clearTimeout(timer);
          for (const [name, listener] of listeners) channel.off(name, listener);
          resolve(outcome);
        };
        for (const [name, outcome] of Object.entries(outcomes)) {
          const listener = (e) => finish(outcome(e));
          channel.on(name, listener);
          listeners.push([name, listener]);
        }
        // Only a bound for a story that never finishes: a rendered one answers long before.
        timer = setTimeout(() => finish('the story did not finish rendering within 2 minutes'), 120_000);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
  if (outcome !== 'rendered') problems.push(outcome);
  await settled(page);
}

/** Waits until every Samsyn element of the page is defined and updated, shadow roots included, for three frames. */
async function settled(page) {
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      const samsyn = all(document).filter((el) => el.localName.startsWith('samsyn-'));
      await Promise.all(samsyn.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(samsyn.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
  });
}

describe('every story of the built Storybook', () => {
  test('the build lists every stories file', () => {
    const files = new Set(stories.map((s) => s.importPath));
    assert.ok(files.size >= 7, [...files].join(', '));
    assert.ok(stories.length >= 50, `${stories.length} stories`);
  });

  for (const locale of ['sv', 'en']) {
    test(`every story renders without a page error and passes axe (${locale})`, async () => {
      const page = await browser.newPage();
      const failures = [];
      let problems = [];
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        // A failed request is reported below with its address.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console.error: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      try {
        for (const [i, story] of stories.entries()) {
          problems = [];
          if (locale === 'sv' || i === 0) await openStory(page, story.id, locale);
          else await showStory(page, story.id, problems);
          const violations = await axeViolations(page);
          if (problems.length || violations.length) failures.push(`${story.id}:\n  ${[...problems, ...violations].join('\n  ')}`);
        }
      } finally {
        await page.close();
      }
      console.log(`# storybook (${locale}): ${stories.length} stories ${locale === 'sv' ? 'opened' : 'shown in turn'}, ${failures.length} with problems`);
      assert.deepEqual(failures, []);
    });
  }
});

// Reflow (WCAG 1.4.10): every demo page, in Swedish and in English, at a
// viewport of 320 × 640 CSS pixels, as a visitor on a small phone or at 400 %
// zoom meets it. The page never scrolls sideways, and whatever is wider than
// its box (a table, most often) scrolls inside a box of its own that a
// keyboard user can reach and a screen reader names: overflow auto or scroll,
// tabindex="0", a role and an accessible name. Shadow roots are walked.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { buildIfMissing, launchBrowser } from '../helpers/browser.mjs';
import { serveDemo } from '../helpers/demo-server.mjs';
import { reflowProblems } from '../helpers/reflow.mjs';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html')).sort();
const viewport = { width: 320, height: 640 };

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ server, url: base } = await serveDemo());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until every Samsyn element on the page is defined and has finished rendering, shadow roots included. */
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 0 });
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      const samsyn = all(document).filter((el) => el.localName.startsWith('samsyn-'));
      await Promise.all(samsyn.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(samsyn.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  });
}

/** Opens a page in a fresh context (its own storage) at 320 × 640; `run` gets the page. */
async function at320(path, run) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.goto(`${base}${path}`);
    await settle(page);
    await run(page);
  } finally {
    await context.close();
  }
}

describe('reflow at 320 × 640 CSS px', () => {
  for (const file of pages) {
    test(`${file}: no sideways scroll of the page and every wider box a named, focusable scroll region, in Swedish and in English`, async () => {
      await at320(`/demo/${file}`, async (page) => {
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
        assert.deepEqual(await page.evaluate(reflowProblems), [], 'Swedish');

        await page.click('[data-switch-lang]');
        await settle(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.deepEqual(await page.evaluate(reflowProblems), [], 'English');
      });
    });
  }

  test('handlingsplan.html in edit mode: the same, in Swedish and in English', async () => {
    await at320('/demo/handlingsplan.html', async (page) => {
      await page.click('[data-edit-toggle]');
      await settle(page);
      assert.deepEqual(await page.evaluate(reflowProblems), [], 'Swedish');
      await page.click('[data-switch-lang]');
      await settle(page);
      assert.deepEqual(await page.evaluate(reflowProblems), [], 'English');
    });
  });
});

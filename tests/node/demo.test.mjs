// The demo portal as a visitor meets it: built, served by scripts/serve.mjs,
// every page opened in headless Chromium, in Swedish and in English, with no
// console error, no failed request and no axe-core violation on the whole
// page; then an inventory filled in on the fill-in page and found in the report.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { startBrowser, stopBrowser } from '../helpers/browser.mjs';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html')).sort();

let server;
let base;
let browser;

before(async () => {
  if (!existsSync('dist/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8600 }));
});

after(() => stopBrowser({ browser, server }));

/** A fresh page (its own storage) that records every console error, uncaught error and failed request. */
async function openPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()} (${m.location()?.url ?? ''})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

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

async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    );
  });
}

describe('demo pages', () => {
  for (const file of pages) {
    test(`${file}: renders with no console error and no axe violation, in Swedish and in English`, async () => {
      const { page, problems, close } = await openPage();
      try {
        await page.goto(`${base}/demo/${file}`);
        await settle(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
        assert.deepEqual(await axeViolations(page), [], 'axe, Swedish');

        await page.click('[data-switch-lang]');
        await settle(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.match(await page.title(), /Norrvik Municipality$/);
        assert.deepEqual(await axeViolations(page), [], 'axe, English');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }

  test('the language choice is remembered from page to page', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${base}/demo/index.html`);
      await page.click('[data-switch-lang]');
      await Promise.all([page.waitForNavigation(), page.click('a[href="rapport.html"]')]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.$eval('h1', (h) => h.innerText.trim()), 'Report: inventory of needs');
      await page.waitForFunction(
        () => document.querySelector('samsyn-inventory-report').shadowRoot?.textContent.includes('Background'),
        { timeout: 0 },
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('the action plan page switches both elements to edit mode, still axe-clean', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${base}/demo/handlingsplan.html`);
      await settle(page);
      await page.click('[data-edit-toggle]');
      await settle(page);
      assert.equal(await page.$eval('[data-edit-toggle]', (b) => b.getAttribute('aria-pressed')), 'true');
      assert.deepEqual(await page.$$eval('samsyn-action-plan, samsyn-participation', (els) => els.map((el) => el.mode)), ['edit', 'edit']);
      assert.deepEqual(await axeViolations(page), [], 'axe, edit mode');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('an inventory filled in on the fill-in page is stored and counted in the report', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${base}/demo/inventering.html`);
      await settle(page);
      const form = 'samsyn-inventory-form';
      const stepText = () => page.$eval(form, (el) => el.shadowRoot.querySelector('[part~="step"]')?.textContent ?? '');

      // Every step: answer each shown question with its first option (a conditional question appears once
      // its condition is met, so look again after each answer), then Next; the last step is the review.
      for (let step = 0; step < 20 && !(await page.$(`${form} >>> .review`)); step++) {
        for (let round = 0; round < 5; round++) {
          let answered = 0;
          for (const question of await page.$$(`${form} >>> [part~="question"]`)) {
            const done = await question.evaluate((q) => [...q.querySelectorAll('input[type="radio"], input[type="checkbox"]')].some((i) => i.checked));
            const first = await question.$('input[type="radio"], input[type="checkbox"]');
            if (!done && first) {
              await first.click();
              answered++;
            }
          }
          await settle(page);
          if (!answered) break;
        }
        const before = await stepText();
        await (await page.$(`${form} >>> [part~="button-primary"]`)).click();
        await page.waitForFunction(
          (tag, previous) => (document.querySelector(tag).shadowRoot.querySelector('[part~="step"]')?.textContent ?? '') !== previous,
          { timeout: 0 },
          form,
          before,
        );
      }
      assert.ok(await page.$(`${form} >>> .review`), 'the review step is reached');
      assert.deepEqual(await axeViolations(page), [], 'axe on the review step');

      await (await page.$(`${form} >>> .review [part~="button-primary"]`)).click();
      await page.waitForFunction(() => document.querySelector('[data-saved-count]').textContent === '1', { timeout: 0 });
      const status = await page.$eval('[data-saved-status]', (el) => el.textContent.trim());
      assert.match(status, /Inventeringen är sparad/);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('norrvik:inventory-records')));
      assert.equal(stored.length, 1);
      assert.equal(stored[0].definition, 'national-inventory@1');
      assert.equal(stored[0].answers.gender, 'woman');

      await Promise.all([page.waitForNavigation(), page.click('.site-nav a[href="rapport.html"]')]);
      await settle(page);
      assert.equal(await page.$eval('.notice [data-lang="sv"] [data-saved-count]', (el) => el.textContent), '1');
      const report = 'samsyn-inventory-report';
      await page.waitForFunction((tag) => /\b351\b/.test(document.querySelector(tag).shadowRoot?.textContent ?? ''), { timeout: 0 }, report);
      const total = await page.$eval(report, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
      assert.match(total, /Antal personer i inventeringen 351 /, 'the report counts 350 synthetic records and the one entered');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

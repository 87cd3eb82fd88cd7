// The demo portal as a visitor meets it: built, served by samsyn-server as
// `npm start` runs it (its Content-Security-Policy included), every page
// opened in headless Chromium, in Swedish and in English, with no console
// error, no failed request and no axe-core violation on the whole page; then
// an inventory filled in on the fill-in page, stored by the server and found
// in the report and among the units' submissions; a spreadsheet imported.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRecords } from 'samsyn/aggregate';
import { buildIfMissing, launchBrowser } from '../helpers/browser.mjs';
import { serveDemo } from '../helpers/demo-server.mjs';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html')).sort();

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ server, url: base } = await serveDemo());
  // The report document draws some forty charts and axe reads every one: longer than puppeteer's default protocol timeout on a busy machine.
  browser = await launchBrowser({ protocolTimeout: 600_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

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

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function axeViolations(page) {
  // Evaluated through DevTools rather than as a <script>: the server's policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
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

  test('every page’s menu links every page of the portal, the report document included, and marks its own', () => {
    // The portal's pages: those the start page's menu lists.
    const menuOf = (file) => {
      const html = readFileSync(join('demo', file), 'utf8');
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      return {
        links: [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]),
        current: [...nav.matchAll(/<a href="([^"]+)" aria-current="page"/g)].map((m) => m[1]),
      };
    };
    const portal = menuOf('index.html').links;
    assert.ok(portal.includes('rapportdokument.html'), 'the start page links the report document');
    for (const file of pages) {
      const { links, current } = menuOf(file);
      assert.deepEqual(links, portal, `${file}: the same menu as the start page`);
      if (file !== 'index.html') assert.deepEqual(current, [file], `${file}: marks itself as the current page`);
    }
  });

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

  test('an inventory filled in on the fill-in page is stored by the server and counted in the report and the submissions', async () => {
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

      await page.select('[data-unit]', 'nv-forsorjning');
      await (await page.$(`${form} >>> .review [part~="button-primary"]`)).click();
      await page.waitForFunction(() => document.querySelector('[data-saved-count]').textContent === '1', { timeout: 0 });
      const status = await page.$eval('[data-saved-status] [data-lang="sv"]', (el) => el.textContent.trim());
      assert.match(status, /Inventeringen är skickad och sparad hos kommunen/);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('norrvik:inventory-records')));
      assert.equal(stored.length, 1);
      assert.equal(stored[0].definition, 'national-inventory@1');
      assert.equal(stored[0].answers.gender, 'woman');

      await Promise.all([page.waitForNavigation(), page.click('.site-nav a[href="rapport.html"]')]);
      await settle(page);
      const report = 'samsyn-inventory-report';
      await page.waitForFunction((tag) => /\b321\b/.test(document.querySelector(tag).shadowRoot?.textContent ?? ''), { timeout: 0 }, report);
      assert.equal(await page.$eval('.notice [data-lang="sv"] [data-total-count]', (el) => el.textContent), '321');
      const total = await page.$eval(report, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
      assert.match(total, /Antal personer i inventeringen 321 /, "the report counts the server's 320 synthetic records and the one entered");

      // The unit that had sent nothing has now sent one; the submissions page says so.
      await Promise.all([page.waitForNavigation(), page.click('.site-nav a[href="framsteg.html"]')]);
      await page.waitForSelector('.table-scroll:not([hidden]) [data-progress]', { timeout: 0 });
      const rows = await page.$$eval('[data-progress] tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
      assert.equal(rows.length, 5);
      assert.ok(rows.some((r) => /^Ekonomiskt bistånd nv-forsorjning 1 Har skickat in$/.test(r)), rows.join('\n'));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('the submissions page shows which units are still due', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${base}/demo/framsteg.html`);
      await page.waitForSelector('.table-scroll:not([hidden]) [data-progress]', { timeout: 0 });
      const rows = await page.$$eval('[data-progress] tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
      assert.ok(rows.some((r) => /^Boendestöd nv-boendestod \d+ Har skickat in$/.test(r)), rows.join('\n'));
      assert.ok(rows.some((r) => /^Ekonomiskt bistånd nv-forsorjning \d+ /.test(r)), rows.join('\n'));
      assert.match(await page.$eval('[data-progress-status]', (el) => el.innerText), /enheter|Alla enheter/);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('the import page takes a whole spreadsheet, or names every bad row and column and takes nothing', async () => {
    const { page, problems, close } = await openPage();
    try {
      await page.goto(`${base}/demo/import.html`);
      await settle(page);
      const dir = mkdtempSync(join(tmpdir(), 'samsyn-import-'));
      const bad = join(dir, 'fel.csv');
      const [one, two] = generateRecords({ count: 2, seed: 17 });
      const columns = [...new Set([...Object.keys(one.answers), ...Object.keys(two.answers)])];
      const line = (/** @type {Record<string, unknown>} */ answers) => ['nv-myndighet', ...columns.map((c) => [answers[c] ?? ''].flat().join('|'))].join(';');
      const csv = (/** @type {string[]} */ lines) => [['unit', ...columns].join(';'), ...lines].join('\r\n') + '\r\n';
      writeFileSync(bad, csv([line(one.answers), line({ ...two.answers, gender: 'robot', ageBand: '=1+1' })]));
      const input = await page.$('input[type="file"]');
      await input.uploadFile(bad);
      await page.click('[data-import-form] button[type="submit"]');
      await page.waitForSelector('.table-scroll:not([hidden]) [data-import-errors]', { timeout: 0 });
      const errors = await page.$$eval('[data-import-errors] tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
      assert.deepEqual(errors.map(([row, column]) => [row, column]), [['3', 'gender'], ['3', 'ageBand']]);
      assert.match(await page.$eval('[data-import-status] [data-lang="sv"]', (el) => el.textContent), /Ingenting importerades/);
      assert.deepEqual(await axeViolations(page), [], 'axe with the errors shown');

      const good = join(dir, 'ratt.csv');
      writeFileSync(good, csv([line(one.answers), line(two.answers)]));
      await input.uploadFile(good);
      await page.click('[data-import-form] button[type="submit"]');
      await page.waitForFunction(() => /2 inventeringar är importerade/.test(document.querySelector('[data-import-status]').textContent), { timeout: 0 });
      assert.equal(await page.$eval('[data-import-errors]', (el) => el.closest('.table-scroll').hidden), true);
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(problems.filter((p) => !/\b400\b.*\/api\/records\/import/.test(p)), [], 'only the refused import answered 400');
    } finally {
      await close();
    }
  });
});

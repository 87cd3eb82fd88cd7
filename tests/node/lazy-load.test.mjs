// A part loaded on first use that cannot be fetched (a network error, a CDN
// path that does not match) gives a message in place and samsyn-error, and no
// error of Samsyn's reaches the page's own monitoring (no unhandledrejection,
// no uncaught error).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8730 }));
});

after(() => stopBrowser({ browser, server }));

/** What each case blocks, and how it brings the element to load that part. */
const cases = [
  {
    name: 'the action plan’s editor',
    blocked: /\/chunks\/plan-editor-/,
    file: 'action-plan',
    set: (el) => {
      el.value = { title: 'Plan', rows: [] };
      el.setAttribute('mode', 'edit');
    },
  },
  {
    name: 'the action plan’s reading of the user organisations’ views',
    blocked: /\/chunks\/participation-/,
    file: 'action-plan',
    set: (el) => {
      el.value = { title: 'Plan', rows: [] };
      el.participation = { organisations: [], views: [] };
    },
  },
  {
    name: 'the participation editor',
    blocked: /\/chunks\/participation-editor-/,
    file: 'participation',
    set: (el) => {
      el.value = { organisations: [], views: [] };
      el.setAttribute('mode', 'edit');
    },
  },
  {
    name: 'the SIP overview view',
    blocked: /\/chunks\/sip-overview-/,
    file: 'sip-status',
    set: (el) => {
      el.counts = { points: [{ period: '2015', established: 10, inProgress: 5, missing: 20 }] };
    },
  },
  {
    name: 'the SIP overview’s reading of an aggregated result',
    blocked: /\/chunks\/sip-result-/,
    file: 'sip-status',
    set: async (el) => {
      // The page's path, resolved by the browser: a string here, not a module of this file.
      const { aggregate, generateRecords } = await import(/** @type {string} */ ('/dist/aggregate.js'));
      el.records = aggregate(generateRecords({ count: 50, seed: 1 }), { by: 'gender', minCount: 1 });
    },
  },
  {
    name: 'the chart’s drawing code (Chart.js)',
    blocked: /\/chunks\/chart-render-/,
    file: 'chart',
    set: async (el) => {
      // @ts-expect-error -- served to the page and resolved by the browser, not from this file
      const { aggregate, generateRecords } = await import('/dist/aggregate.js');
      el.setAttribute('question', 'gender');
      el.result = aggregate(generateRecords({ count: 50, seed: 1 }), { by: 'gender', minCount: 1 });
    },
    // Without Chart.js the figures are still there: the chart opens its table instead of failing.
    degrades: true,
  },
];

describe('a part that cannot be loaded', () => {
  for (const c of cases) {
    test(`${c.name}: ${c.degrades ? 'the figures as a table' : 'a message in place and samsyn-error'}, nothing unhandled`, async () => {
      const page = await browser.newPage();
      try {
        await page.setRequestInterception(true);
        page.on('request', (request) => (c.blocked.test(request.url()) ? request.abort('failed') : request.continue()));
        const pageErrors = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await page.evaluateOnNewDocument(() => {
          window.unhandled = [];
          window.addEventListener('unhandledrejection', (e) => window.unhandled.push(String(e.reason)));
          window.samsynErrors = [];
          document.addEventListener('samsyn-error', (e) => window.samsynErrors.push(e.detail));
        });
        await page.goto(`${base}/tests/fixtures/memory/index.html`);
        const shown = await page.evaluate(
          async (file, setSource, degrades) => {
            await import(`/dist/components/${file}.js`);
            const el = document.createElement(`samsyn-${file}`);
            document.querySelector('main').append(el);
            await new Function('el', `return (${setSource})(el)`)(el);
            // Until the element has told the page, or shows its table: a condition, however long the failed fetch takes.
            const table = () => el.shadowRoot?.querySelector('.table-wrap:not([hidden]) table');
            while (degrades ? !table() : !window.samsynErrors.length) {
              await el.updateComplete;
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            await el.updateComplete;
            const shownPart = degrades ? table() : el.shadowRoot.querySelector('[part~="error"], [role="alert"]');
            return shownPart?.textContent.replace(/\s+/g, ' ').trim() ?? '';
          },
          c.file,
          c.set.toString(),
          Boolean(c.degrades),
        );
        assert.match(shown, /\S/, 'something is shown in place');
        const reasons = await page.evaluate(() => window.samsynErrors.map((d) => d.reason));
        if (!c.degrades) assert.ok(reasons.includes('load-failed'), reasons.join());
        assert.deepEqual(await page.evaluate(() => window.unhandled), []);
        assert.deepEqual(pageErrors, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('a report starts loading what it will need', () => {
  test('defining samsyn-inventory-report requests Chart.js and the aggregation before any report is on the page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/tests/fixtures/memory/index.html`);
      const loaded = (pattern) => page.waitForResponse((response) => pattern.test(new URL(response.url()).pathname) && response.ok());
      const chartJs = loaded(/\/dist\/chunks\/chart-render-[^/]+\.js$/);
      // The aggregation as the elements load it (chunks/aggregation-*.js), not the API's entry, which brings every language.
      const aggregation = loaded(/\/dist\/chunks\/aggregation-[^/]+\.js$/);
      await page.evaluate(() => import(/** @type {string} */ ('/dist/components/inventory-report.js')));
      await Promise.all([chartJs, aggregation]);
      assert.equal(await page.evaluate(() => document.querySelectorAll('samsyn-inventory-report').length), 0, 'no report was made');
      assert.ok(await page.evaluate(() => customElements.get('samsyn-inventory-report') !== undefined));
    } finally {
      await page.close();
    }
  });

  test('a chart on its own still fetches Chart.js only when it is first shown', async () => {
    const page = await browser.newPage();
    try {
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${base}/tests/fixtures/memory/index.html`);
      await page.evaluate(() => import(/** @type {string} */ ('/dist/components/chart.js')));
      // Every request the definition makes has been answered once the network is quiet.
      await page.waitForNetworkIdle({ idleTime: 200 });
      assert.deepEqual(requested.filter((p) => /chart-render-/.test(p)), []);
    } finally {
      await page.close();
    }
  });
});

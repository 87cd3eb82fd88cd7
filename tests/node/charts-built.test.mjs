// Every chart type draws from the built package, whose Chart.js chunk leaves
// out Chart.js's colour library (scripts/chart-color.mjs: a chart that asked
// for a colour blend would throw and show its table instead). The browser
// tests draw from the sources, with the library, so this is the check of the
// build's charts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8750 }));
});

after(() => stopBrowser({ browser, server }));

test('bars, horizontal bars, rings, stacked and grouped bars all draw on their canvas, with no error', async () => {
  const page = await browser.newPage();
  try {
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/tests/fixtures/memory/index.html`);
    const drawn = await page.evaluate(async () => {
      // @ts-expect-error -- served to the page and resolved by the browser, not from this file
      const { aggregate, generateRecords } = await import('/dist/aggregate.js');
      await import(/** @type {string} */ ('/dist/components/chart.js'));
      const records = generateRecords({ count: 400, seed: 3 });
      const cases = [
        ['bar', 'sip', undefined],
        ['horizontal-bar', 'sip', undefined],
        ['doughnut', 'gender', undefined],
        ['stacked', 'sip', 'gender'],
        ['grouped', 'sip', 'gender'],
      ];
      const out = [];
      for (const [type, question, by] of cases) {
        const el = /** @type {any} */ (document.createElement('samsyn-chart'));
        el.setAttribute('question', question);
        el.type = type;
        if (by) el.by = by;
        el.result = aggregate(records, { minCount: 1, ...(by ? { by } : {}) });
        document.querySelector('main').append(el);
        // A chart is drawn when it is first in view; a failed drawing opens the table instead.
        const table = () => el.shadowRoot?.querySelector('.table-wrap:not([hidden])');
        while (!el.drawn && !table()) {
          el.scrollIntoView();
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const print = el.drawn ? el.shadowRoot.querySelector('canvas').toDataURL('image/png') : '';
        out.push({ type, drawn: el.drawn, image: print.startsWith('data:image/png') && print.length > 5000 });
        el.remove();
      }
      return out;
    });
    assert.deepEqual(
      drawn,
      ['bar', 'horizontal-bar', 'doughnut', 'stacked', 'grouped'].map((type) => ({ type, drawn: true, image: true })),
    );
    assert.deepEqual(pageErrors, []);
  } finally {
    await page.close();
  }
});

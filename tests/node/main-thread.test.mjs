// A region's records never hold the page: with a million records, the
// chart, the report and the SIP overview hand them to the aggregation worker
// in slices, and no task on the page's main thread takes 200 ms or more.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  if (!existsSync('dist/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8710, launch: { protocolTimeout: 900_000 } }));
});

after(() => stopBrowser({ browser, server }));

const elements = [
  ['samsyn-chart', 'chart', (el) => el.setAttribute('question', 'sip'), (el) => el.drawn === true],
  ['samsyn-inventory-report', 'inventory-report', () => undefined, (el) => (el.shadowRoot?.querySelectorAll('samsyn-chart').length ?? 0) > 5],
  ['samsyn-sip-status', 'sip-status', () => undefined, (el) => /\d/.test(el.shadowRoot?.textContent ?? '') && !el.shadowRoot?.querySelector('[part~="error"]')],
];

for (const [tag, file, setUp, done] of elements) {
  test(`<${tag}> with 1,000,000 records: no main-thread task of 200 ms or more`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/tests/fixtures/memory/index.html`);
      const longest = await page.evaluate(
        async (tagName, fileName, setUpSource, doneSource) => {
          // @ts-expect-error -- served to the page and resolved by the browser, not from this file
          const { generateRecords } = await import('/dist/aggregate.js');
          await import(`/dist/components/${fileName}.js`);
          // A million distinct records (made before the measurement starts).
          const sample = generateRecords({ count: 5000, seed: 9 });
          const records = Array.from({ length: 1_000_000 }, (_, i) => {
            const r = sample[i % sample.length];
            return { definition: r.definition, answers: { ...r.answers } };
          });
          const el = document.createElement(tagName);
          new Function('el', `(${setUpSource})(el)`)(el);
          document.querySelector('main').append(el);
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 0));
          let longestTask = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
          });
          observer.observe({ type: 'longtask' });
          el.records = records;
          const isDone = new Function('el', `return (${doneSource})(el)`);
          while (!isDone(el)) {
            await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          // Long tasks are reported after they end.
          await new Promise((resolve) => setTimeout(resolve, 0));
          observer.disconnect();
          return longestTask;
        },
        tag,
        file,
        setUp.toString(),
        done.toString(),
      );
      console.log(`# <${tag}>, 1,000,000 records: longest main-thread task ${longest.toFixed(0)} ms`);
      assert.ok(longest < 200, `a task took ${longest.toFixed(0)} ms`);
    } finally {
      await page.close();
    }
  });
}

// A region's records never hold the page: with a million records, the
// chart, the report and the SIP overview hand them to the aggregation worker
// in bounded slices, one task each, and the page's other tasks run between
// them. What that is worth in milliseconds depends on the machine: the
// longest main-thread task is printed here and measured in the bench
// (`render.report.100k.longestTask`, goal under 100 ms), not asserted in a
// test that a busy machine would fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8710, launch: { protocolTimeout: 900_000 } }));
});

after(() => stopBrowser({ browser, server }));

const elements = [
  ['samsyn-chart', 'chart', (el) => el.setAttribute('question', 'sip'), (el) => el.drawn === true],
  ['samsyn-inventory-report', 'inventory-report', () => undefined, (el) => (el.shadowRoot?.querySelectorAll('samsyn-chart').length ?? 0) > 5],
  ['samsyn-sip-status', 'sip-status', () => undefined, (el) => /\d/.test(el.shadowRoot?.textContent ?? '') && !el.shadowRoot?.querySelector('[part~="error"]')],
];

for (const [tag, file, setUp, done] of elements) {
  test(`<${tag}> with 1,000,000 records: handed to the worker in slices of at most 20,000, with the page's tasks between them`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/tests/fixtures/memory/index.html`);
      const { longest, slices } = await page.evaluate(
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
          // Another task of the page (as a click or a keypress would be), queued again each time it runs,
          // and each slice of records sent to a worker, with how many times that task had run by then.
          let ticks = 0;
          let ticking = true;
          const ticker = new MessageChannel();
          ticker.port1.onmessage = () => {
            ticks += 1;
            if (ticking) ticker.port2.postMessage(null);
          };
          ticker.port2.postMessage(null);
          const slices = [];
          const post = Worker.prototype.postMessage;
          Worker.prototype.postMessage = function (message, ...rest) {
            if (Array.isArray(message?.records)) slices.push({ records: message.records.length, ticks });
            return post.call(this, message, ...rest);
          };
          el.records = records;
          const isDone = new Function('el', `return (${doneSource})(el)`);
          while (!isDone(el)) {
            await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          // Long tasks are reported after they end.
          await new Promise((resolve) => setTimeout(resolve, 0));
          observer.disconnect();
          ticking = false;
          Worker.prototype.postMessage = post;
          return { longest: longestTask, slices };
        },
        tag,
        file,
        setUp.toString(),
        done.toString(),
      );
      console.log(`# <${tag}>, 1,000,000 records: ${slices.length} slices, longest main-thread task ${longest.toFixed(0)} ms`);
      const total = slices.reduce((sum, s) => sum + s.records, 0);
      assert.ok(total >= 1_000_000 && total % 1_000_000 === 0, `every record is sent (sent ${total})`);
      // MAX_SLICE in src/components/shared/figures/aggregate-records.ts.
      const largest = Math.max(...slices.map((s) => s.records));
      assert.ok(largest <= 20_000, `a slice of ${largest} records`);
      for (let i = 1; i < slices.length; i++) {
        assert.ok(slices[i].ticks > slices[i - 1].ticks, `slices ${i} and ${i + 1} were sent with none of the page's tasks between them`);
      }
    } finally {
      await page.close();
    }
  });
}

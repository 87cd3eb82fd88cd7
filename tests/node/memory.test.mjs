// Nothing a removed element held stays in memory: the report is given a
// region's records (aggregated in the worker), drawn, removed, and after
// garbage collection the page's heap is back where it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8700, launch: { protocolTimeout: 600_000 } }));
});

after(() => stopBrowser({ browser, server }));

/** The page's used JavaScript heap after collecting garbage until it stops shrinking. */
async function heapAfterGc(client) {
  let used = Infinity;
  for (let round = 0; round < 6; round++) {
    await client.send('HeapProfiler.collectGarbage');
    const { usedSize } = await client.send('Runtime.getHeapUsage');
    if (usedSize >= used - 64 * 1024) return Math.min(used, usedSize);
    used = usedSize;
  }
  return used;
}

/** Renders the report with `count` records, waits until every chart is drawn, then removes it and drops the records. */
async function renderAndRemove(page, count) {
  await page.evaluate(async (n) => {
    // @ts-expect-error -- served to the page and resolved by the browser, not from this file
    const { generateRecords } = await import('/dist/aggregate.js');
    // @ts-expect-error -- served to the page and resolved by the browser, not from this file
    await import('/dist/components/inventory-report.js');
    const report = document.createElement('samsyn-inventory-report');
    report.setAttribute('by', 'gender');
    document.querySelector('main').append(report);
    report.records = generateRecords({ count: n, seed: 5 });
    // The charts come once the records are counted (in the worker for this many).
    const chartsOf = () => [...(report.shadowRoot?.querySelectorAll('samsyn-chart') ?? [])];
    while (chartsOf().length < 5) {
      await report.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    // Every chart brought into view and drawn, one after another, whatever the machine's speed.
    const charts = chartsOf();
    for (const chart of charts) {
      chart.scrollIntoView();
      while (!chart.drawn) {
        await chart.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }
    report.remove();
  }, count);
}

test('rendering the report with 100,000 records and removing it returns the heap to within 5 MB', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/tests/fixtures/memory/index.html`);
    const client = await page.createCDPSession();
    // Once with a few records first, so that the code and the chart chunks are loaded before the baseline.
    await renderAndRemove(page, 400);
    const start = await heapAfterGc(client);
    await renderAndRemove(page, 100_000);
    const end = await heapAfterGc(client);
    const grown = (end - start) / 1024 / 1024;
    console.log(`# memory: heap ${(start / 1024 / 1024).toFixed(1)} MB before, ${(end / 1024 / 1024).toFixed(1)} MB after (${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB)`);
    assert.ok(grown < 5, `the heap grew by ${grown.toFixed(1)} MB`);
  } finally {
    await page.close();
  }
});

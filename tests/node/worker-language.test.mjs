// From 10,000 records the elements count in a module worker
// (src/components/shared/figures/aggregate-worker.ts). The worker fetches
// what the page's elements fetch: the aggregation alone, and the texts of a
// language other than Swedish only when a run asks for it. So a page in
// Swedish downloads no English and no synthetic-records generator for its
// worker, and a page in English still gets the worker's texts in English
// (here, why every record was rejected). Run on the built package: from the
// sources every language is there from the start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let record;

let browser;
let server;
let base;

before(async () => {
  buildIfMissing();
  const { generateRecords } = await import('../../dist/aggregate.js');
  // A record of the national inventory without its required answer on gender: each is rejected, with the question named.
  [record] = generateRecords({ count: 1, seed: 4 });
  delete record.answers.gender;
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8780 }));
});

after(() => stopBrowser({ browser, server }));

/**
 * A page on the server's origin with one samsyn-chart in `lang`, handed
 * 12,000 records none of which can be counted (the answer on gender is
 * missing; the reason names the question, in the page's language, from
 * the definition's texts, whose English is fetched); resolves to the
 * chart's shown text once it reports its problem, and the package's files
 * fetched by the page and by its workers.
 */
async function rejectedInWorker(lang) {
  const page = await browser.newPage();
  const fetched = new Set();
  const note = (url) => {
    const path = new URL(url).pathname;
    if (path.startsWith('/dist/')) fetched.add(path.slice('/dist/'.length));
  };
  page.on('request', (request) => note(request.url()));
  page.on('workercreated', (worker) => worker.client.on('Network.requestWillBeSent', ({ request }) => note(request.url)));
  try {
    await page.goto(`${base}/tests/fixtures/blank.html`);
    const workers = await page.evaluate(async (lang, record, element) => {
      const made = [];
      const RealWorker = window.Worker;
      window.Worker = class extends RealWorker {
        constructor(url, options) {
          super(url, options);
          made.push(String(url));
        }
      };
      await import(element);
      const chart = document.createElement('samsyn-chart');
      chart.lang = lang;
      chart.setAttribute('question', 'gender');
      const failed = new Promise((resolve) => chart.addEventListener('samsyn-error', resolve, { once: true }));
      document.body.append(chart);
      chart.records = Array.from({ length: 12_000 }, () => structuredClone(record));
      await failed;
      await chart.updateComplete;
      return made;
    }, lang, record, '/dist/components/chart.js');
    const shown = await page.evaluate(() => document.querySelector('samsyn-chart').shadowRoot.textContent.replace(/\s+/g, ' '));
    return { shown, workers, fetched: [...fetched] };
  } finally {
    await page.close();
  }
}

test('a page in Swedish: the worker counts without English and without the synthetic records', async () => {
  const { shown, workers, fetched } = await rejectedInWorker('sv');
  assert.equal(workers.length, 1, 'the records were counted in a worker');
  assert.match(shown, /frågan ”Kön”/);
  assert.ok(fetched.some((f) => /^chunks\/aggregation-/.test(f)), `the aggregation was fetched: ${fetched.join(', ')}`);
  assert.deepEqual(fetched.filter((f) => /^chunks\/(en-|synthetic-)/.test(f) || !f.includes('/')), [], 'no English, no generator, no entry of the API');
});

test('a page in English: the worker’s reasons are in English', async () => {
  const { shown, workers, fetched } = await rejectedInWorker('en');
  assert.equal(workers.length, 1, 'the records were counted in a worker');
  assert.match(shown, /question “Gender”/);
  assert.ok(fetched.some((f) => /^chunks\/en-/.test(f)), 'the English texts were fetched');
});

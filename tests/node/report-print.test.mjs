// The report printed to PDF by headless Chromium, read back with poppler's
// pdftotext: every section heading is in it, on A4 pages, with the charts as
// images, no buttons, and no heading left alone at the foot of a page.
// Runs against the built package: `node scripts/build.mjs` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { inventoryDefinition } from 'samsyn/schema';


test('the inventory report prints to clean A4 pages with every section heading', { timeout: 180_000 }, async (t) => {
  assert.ok(existsSync('dist/components/inventory-report.js'), 'dist/ is missing: run `node scripts/build.mjs` first');
  const { server, url } = await serve({ root: '.', port: 8610 });
  const browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-print-'));
  t.after(async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(/** @type {Error} */ (e).message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${url}/tests/fixtures/report-print/index.html`);
  await page.waitForFunction(() => document.body.dataset.state, { timeout: 0 });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  assert.deepEqual(errors, []);

  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Page size:.*\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean));

  const headings = [
    inventoryDefinition.title.sv.split(' ').slice(0, 4).join(' '),
    'Andel av befolkningen',
    ...inventoryDefinition.sections.map((s) => s.title.sv),
    'Jämförelse med tidigare inventering',
  ];
  for (const heading of headings) {
    const at = pages.findIndex((lines) => lines.some((l) => l === heading || l.startsWith(heading)));
    assert.notEqual(at, -1, `"${heading}" is not in the PDF`);
    const lines = pages[at];
    const line = lines.findIndex((l) => l === heading || l.startsWith(heading));
    assert.ok(line < lines.length - 1, `"${heading}" is the last line of page ${at + 1}: it was not kept with what follows`);
  }
  // Every chart's title, in the definition's order.
  const flat = pages.flat();
  let from = 0;
  for (const question of inventoryDefinition.sections.flatMap((s) => s.questions)) {
    const found = flat.findIndex((l, i) => i >= from && l.startsWith(question.label.sv));
    assert.notEqual(found, -1, `the chart "${question.label.sv}" is missing or out of order`);
    from = found + 1;
  }
  // Tables fit the page: the comparison's last column header is printed whole, not cut at the margin.
  assert.match(text, /procentenheter/);
  for (const button of ['Visa som tabell', 'Ladda ner', 'Skriv ut']) {
    assert.ok(!text.includes(button), `the button "${button}" was printed`);
  }

  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const charts = inventoryDefinition.sections.flatMap((s) => s.questions).length;
  assert.ok(images.length >= charts, `${images.length} images in the PDF, expected one per chart (${charts})`);
});

// The report printed to PDF by headless Chromium, read back with poppler's
// pdftotext: every section heading is in it, on A4 pages, with the charts as
// images, no buttons, and no heading left alone at the foot of a page.
// Runs against the built package: `node scripts/build.mjs` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPrintablePage, printToPdf } from '../helpers/pdf.mjs';
import { inventoryDefinition } from 'samsyn/schema';

test('the inventory report prints to clean A4 pages with every section heading', { timeout: 180_000 }, async (t) => {
  assert.ok(existsSync('dist/components/inventory-report.js'), 'dist/ is missing: run `node scripts/build.mjs` first');
  const { page, errors, state, dir } = await openPrintablePage(t, { port: 8610, path: '/tests/fixtures/report-print/index.html', viewport: { width: 1000, height: 800 } });
  assert.equal(state, 'ready');
  assert.deepEqual(errors, []);

  const { info, text, images } = await printToPdf(page, join(dir, 'report.pdf'), { format: 'A4', preferCSSPageSize: true });
  assert.match(info, /Page size:.*\(A4\)/);
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

  const charts = inventoryDefinition.sections.flatMap((s) => s.questions).length;
  assert.ok(images.length >= charts, `${images.length} images in the PDF, expected one per chart (${charts})`);
});

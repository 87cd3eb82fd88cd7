// @ts-check
// What the Node tests that print a page to PDF share: the page opened in
// headless Chromium from the project's static server with its errors
// collected, printed with puppeteer, and read back with poppler's pdfinfo,
// pdftotext and pdfimages. Runs against the built package.
//
//   const { page, errors, state, dir } = await openPrintablePage(t, { port: 8610, path: '/demo/x.html' });
//   const pdf = await printToPdf(page, join(dir, 'x.pdf'), { format: 'A4' });   // { info, pageCount, text, images }
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser, stopBrowser } from './browser.mjs';

/**
 * Serves the project on `port`, opens `path` in Chromium at `viewport` and
 * waits until the page sets `document.body.dataset.state`. The browser, the
 * server and a temporary folder for the files are closed and removed after
 * the test `t`.
 *
 * @param {{ after: (fn: () => Promise<void>) => void }} t
 * @param {{ port: number, path: string, viewport: { width: number, height: number } }} options
 * @returns {Promise<{ page: import('puppeteer-core').Page, errors: string[], state: string | undefined, dir: string }>}
 *   `errors`: the page's uncaught errors, console errors and failed responses, so far and from now on.
 */
export async function openPrintablePage(t, { port, path, viewport }) {
  const started = await startBrowser({ port });
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-pdf-'));
  t.after(async () => {
    await stopBrowser(started);
    rmSync(dir, { recursive: true, force: true });
  });
  const page = await started.browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.setViewport(viewport);
  await page.goto(`${started.url}${path}`);
  await page.waitForFunction(() => document.body.dataset.state, { timeout: 0 });
  return { page, errors, state: await page.evaluate(() => document.body.dataset.state), dir };
}

/**
 * A PDF as poppler reads it: `pdfinfo`'s report, its page count, the text
 * (`pdftotext -layout`, pages separated by form feeds) and one line of
 * `pdfimages -list` per image.
 *
 * @param {string} file
 */
export function readPdf(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return { info, pageCount: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text, images };
}

/**
 * Prints `page` to `file` with puppeteer's `options` and reads it back.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} file
 * @param {import('puppeteer-core').PDFOptions} options
 */
export async function printToPdf(page, file, options) {
  writeFileSync(file, await page.pdf(options));
  return readPdf(file);
}

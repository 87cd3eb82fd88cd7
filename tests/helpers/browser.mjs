// What the Node tests that drive Chromium share: the project's static server
// and Debian's Chromium, launched headless with the flags web-test-runner
// uses (web-test-runner.config.mjs), and closing both again.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';
import { chromiumLaunchOptions, chromiumPath } from '../../web-test-runner.config.mjs';

/** Builds the package (`node scripts/build.mjs`) when dist/ is not there yet: the pages these tests open load it. */
export function buildIfMissing() {
  if (!existsSync('dist/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

/**
 * Chromium, headless, with the project's flags. `options` adds to puppeteer's
 * launch options (a longer `protocolTimeout` for pages that work for minutes).
 *
 * @param {import('puppeteer-core').LaunchOptions} [options]
 */
export function launchBrowser(options = {}) {
  return puppeteer.launch({ ...chromiumLaunchOptions(), executablePath: chromiumPath ?? '/usr/bin/chromium', ...options });
}

/**
 * Serves `root` (the project by default) and launches Chromium.
 *
 * @param {{ root?: string, port: number, headers?: (path: string) => Record<string, string>, launch?: import('puppeteer-core').LaunchOptions }} options
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, server: import('node:http').Server, url: string }>}
 */
export async function startBrowser({ root = '.', port, headers, launch }) {
  const { server, url } = await serve({ root, port, ...(headers ? { headers } : {}) });
  try {
    return { browser: await launchBrowser(launch), server, url };
  } catch (error) {
    server.close();
    throw error;
  }
}

/**
 * Closes what startBrowser() opened; either may be missing when starting failed.
 *
 * @param {{ browser?: import('puppeteer-core').Browser, server?: import('node:http').Server }} started
 */
export async function stopBrowser({ browser, server }) {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
}

/** A request for an area's English (`chunks/en-<area>-<hash>.js` of dist/): its `en-<area>`. */
const ENGLISH_CHUNK = /\/dist\/chunks\/(en-[a-z-]+)-[^/]+\.js$/;

/**
 * A page of the memory fixture (`<html lang="sv">`, served at `base`) that records the English chunks it
 * requested (`en-<area>`), the page errors it saw and the unhandled rejections (`window.unhandled`). Every
 * request for an area's English that `block(area)` says yes to fails, as offline, until `release()`.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {{ block?: (area: string) => boolean }} [options]
 */
export async function openLanguagePage(browser, base, { block } = {}) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const english = [];
  /** @type {string[]} */
  const pageErrors = [];
  let blocking = Boolean(block);
  page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
  if (block) await page.setRequestInterception(true);
  page.on('request', (request) => {
    const area = ENGLISH_CHUNK.exec(new URL(request.url()).pathname)?.[1];
    if (area) english.push(area);
    if (block) return blocking && area && block(area) ? request.abort('failed') : request.continue();
  });
  await page.evaluateOnNewDocument(() => {
    /** @type {any} */ (window).unhandled = [];
    window.addEventListener('unhandledrejection', (e) => /** @type {any} */ (window).unhandled.push(String(e.reason)));
  });
  await page.goto(`${base}/tests/fixtures/memory/index.html`);
  return { page, english, pageErrors, release: () => (blocking = false) };
}

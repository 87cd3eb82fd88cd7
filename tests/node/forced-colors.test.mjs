// Forced colours (Windows high-contrast themes), emulated in Chromium through
// the DevTools protocol, dark and light, on a page of the built package
// (tests/fixtures/forced-colors/). Canvases are not adjusted by the browser,
// so the chart must draw in the system colours itself: its pixels are read
// and measured against CanvasText, Canvas and GrayText as the page resolves
// them. The legend's swatches and the SIP coverage bar are HTML, which the
// browser adjusts: their screenshots are measured the same way. Screenshots
// of every state are kept in test-artifacts/forced-colors/ for a person to look at.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

const ARTIFACTS = 'test-artifacts/forced-colors';
const PALETTE_1 = [0x1d, 0x5a, 0xa8];

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8970 }));
});

after(() => stopBrowser({ browser, server }));

/**
 * Sets forced colours and the colour scheme. Puppeteer's own emulateMediaFeatures refuses
 * `forced-colors`; the protocol takes it, and Chromium then applies its forced palette.
 */
async function emulate(page, forced, scheme) {
  page.cdp ??= await page.createCDPSession();
  await page.cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: forced ? 'active' : 'none' },
      { name: 'prefers-color-scheme', value: scheme },
    ],
  });
}

async function openPage(forced, scheme) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.setViewport({ width: 1000, height: 900, deviceScaleFactor: 2 });
  await emulate(page, forced, scheme);
  await page.goto(`${base}/tests/fixtures/forced-colors/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready, { timeout: 0 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), 'true');
  page.problems = problems;
  return page;
}

/** CanvasText, Canvas, GrayText and Highlight as the page resolves them now, as [r, g, b]. */
const systemColours = (page) =>
  page.evaluate(() => {
    const probe = document.createElement('i');
    document.body.append(probe);
    const resolve = (name) => {
      probe.style.color = name;
      return getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
    };
    const colours = { text: resolve('CanvasText'), background: resolve('Canvas'), gray: resolve('GrayText'), highlight: resolve('Highlight') };
    probe.remove();
    return colours;
  });

/**
 * In the page: what the canvas of the horizontal bar chart `id` shows, measured against `c` (the
 * system colours). The axes are found as the first column and the last row with a continuous line
 * across half the canvas; the bars as the runs of paint in the column just right of the value axis's
 * zero. "Text" is a pixel within a small distance of c.text.
 */
function measureChart(id, c) {
  const canvas = document.getElementById(id).shadowRoot.querySelector('canvas');
  const { width: w, height: h } = canvas;
  const d = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  const at = (x, y) => (y * w + x) * 4;
  const painted = (x, y) => d[at(x, y) + 3] > 0;
  const near = (x, y, rgb) => {
    const i = at(x, y);
    return d[i + 3] > 200 && Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) < 60;
  };
  const count = (x0, y0, x1, y1, rgb) => {
    let n = 0;
    for (let y = Math.max(0, y0); y < Math.min(h, y1); y++) for (let x = Math.max(0, x0); x < Math.min(w, x1); x++) if (near(x, y, rgb)) n++;
    return n;
  };
  const longestRun = (length, isPainted) => {
    let best = 0;
    for (let i = 0, run = 0; i < length; i++) best = Math.max(best, (run = isPainted(i) ? run + 1 : 0));
    return best;
  };
  let axisX = 0;
  while (axisX < w && longestRun(h, (y) => painted(axisX, y)) < h / 2) axisX++;
  let axisY = h - 1;
  while (axisY > 0 && longestRun(w, (x) => painted(x, axisY)) < w / 2) axisY--;

  const x0 = axisX + 6;
  const runs = [];
  for (let y = 0, start = -1; y < axisY - 2; y++) {
    if (painted(x0, y) && start < 0) start = y;
    if (!painted(x0, y) && start >= 0) {
      runs.push([start, y]);
      start = -1;
    }
  }
  const bars = runs.map(([top, bottom]) => {
    const area = 60 * (bottom - top - 4);
    const middle = Math.round((top + bottom) / 2);
    let end = x0;
    while (end < w && painted(end, middle)) end++;
    const i = at(x0 + 20, middle);
    return {
      top,
      bottom,
      // Share of the bar's first 60 pixels in the text colour, and in the background colour (the marks of a pattern).
      solid: count(x0, top + 2, x0 + 60, bottom - 2, c.text) / area,
      marks: count(x0, top + 2, x0 + 60, bottom - 2, c.background) / area,
      colour: [d[i], d[i + 1], d[i + 2]],
      // Its direct label, right of its end.
      label: count(end + 2, top - 4, end + 200, bottom + 4, c.text),
    };
  });
  // A hidden figure is no bar but `..` at the zero line: text just right of the axis, outside every bar.
  let hidden = 0;
  for (let y = 0; y < axisY - 2; y++) {
    if (!runs.some(([top, bottom]) => y >= top - 2 && y < bottom + 2)) hidden += count(x0, y, x0 + 60, y + 1, c.text);
  }

  // Every opaque pixel lies between two of the system colours (drawn in them, or smoothed between them).
  const between = (p, a, b) => {
    const ab = [0, 1, 2].map((k) => b[k] - a[k]);
    const length = ab.reduce((s, v) => s + v * v, 0);
    const t = length ? Math.max(0, Math.min(1, [0, 1, 2].reduce((s, k) => s + (p[k] - a[k]) * ab[k], 0) / length)) : 0;
    return Math.hypot(...[0, 1, 2].map((k) => p[k] - (a[k] + t * ab[k])));
  };
  let opaque = 0;
  let foreign = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] < 250) continue;
    opaque++;
    const p = [d[i], d[i + 1], d[i + 2]];
    if (Math.min(between(p, c.text, c.background), between(p, c.text, c.gray), between(p, c.gray, c.background)) > 45) foreign++;
  }
  return {
    axisX,
    axisY,
    bars,
    hidden,
    categoryLabels: count(0, 0, axisX - 4, axisY, c.text),
    valueTicks: count(axisX - 20, axisY + 6, w, h, c.text),
    foreignShare: foreign / Math.max(1, opaque),
  };
}

/** In the page: the share of each colour of `colours` in a PNG screenshot, one number per colour. */
async function measureImage(png, colours) {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const shares = colours.map(() => 0);
  for (let i = 0; i < d.length; i += 4) {
    colours.forEach((rgb, k) => {
      if (Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) < 60) shares[k]++;
    });
  }
  return shares.map((n) => n / (d.length / 4));
}

/** The element `selector` in the shadow root of `#host`. */
async function inShadow(page, host, selector, index = 0) {
  const handle = await page.evaluateHandle((h, s, i) => document.getElementById(h).shadowRoot.querySelectorAll(s)[i], host, selector, index);
  const element = handle.asElement();
  assert.ok(element, `#${host} shows ${selector}`);
  return element;
}

/** Shares of CanvasText and Canvas in a screenshot of the element, and the screenshot. */
async function shares(page, element, c) {
  const png = await element.screenshot({ encoding: 'base64' });
  const [text, background] = await page.evaluate(measureImage, png, [c.text, c.background]);
  return { text, background, png };
}

const close = (a, b, tolerance = 12) => a.every((v, k) => Math.abs(v - b[k]) <= tolerance);

/** Polls `check` (which throws while it does not hold) until it holds: the test runner's timeout is the only limit. */
async function eventually(check) {
  for (;;) {
    try {
      return await check();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** What forced colours must look like in the grouped chart (Kvinna solid, Man hatched, `..` where hidden). */
function assertForcedChart(m, theme) {
  assert.ok(m.categoryLabels > 300, `${theme}: the category labels are drawn in CanvasText (${m.categoryLabels} px)`);
  assert.ok(m.valueTicks > 300, `${theme}: the value axis's ticks and title are drawn in CanvasText (${m.valueTicks} px)`);
  assert.ok(m.hidden > 40, `${theme}: \`..\` of the hidden figures is drawn in CanvasText (${m.hidden} px)`);
  assert.ok(m.foreignShare < 0.002, `${theme}: nothing is drawn outside the system colours (${(m.foreignShare * 100).toFixed(2)} %)`);
  // ageBand by gender: Kvinna has no bar for the two hidden bands, Man has six.
  assert.equal(m.bars.length, 10, `${theme}: ten bars`);
  const solid = m.bars.filter((b) => b.solid > 0.95 && b.marks < 0.01);
  const hatched = m.bars.filter((b) => b.marks > 0.05 && b.solid > 0.3 && b.solid < 0.9);
  assert.equal(solid.length, 4, `${theme}: Kvinna's four bars are solid CanvasText ${JSON.stringify(m.bars)}`);
  assert.equal(hatched.length, 6, `${theme}: Man's six bars are hatched with Canvas over CanvasText ${JSON.stringify(m.bars)}`);
  for (const bar of m.bars) assert.ok(bar.label > 60, `${theme}: every bar's direct label is drawn in CanvasText (${bar.label} px)`);
}

for (const scheme of ['dark', 'light']) {
  describe(`a ${scheme} high-contrast theme`, () => {
    let page;
    let c;

    before(async () => {
      page = await openPage(true, scheme);
      c = await systemColours(page);
      await page.screenshot({ path: `${ARTIFACTS}/page-forced-${scheme}.png`, fullPage: true });
    });

    after(async () => {
      await page?.close();
    });

    test('is what Chromium applies: the page is in forced colours and its system colours are the theme’s', async () => {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      const [dark, light] = [
        [0, 0, 0],
        [255, 255, 255],
      ];
      assert.deepEqual([c.background, c.text], scheme === 'dark' ? [dark, light] : [light, dark]);
    });

    test('the chart draws axis labels, value labels, `..` and bars in system colours, series told apart by pattern', async () => {
      const m = await page.evaluate(measureChart, 'grouped', c);
      assertForcedChart(m, scheme);
      for (const id of ['bar', 'stacked', 'doughnut']) {
        const other = await page.evaluate(measureChart, id, c);
        assert.ok(other.foreignShare < 0.002, `${id}: drawn in system colours only (${(other.foreignShare * 100).toFixed(2)} %)`);
      }
      await (await inShadow(page, 'grouped', '.plot')).screenshot({ path: `${ARTIFACTS}/chart-grouped-forced-${scheme}.png` });
    });

    test('the kommun beside its references: its bars solid, each reference patterned, `..` where Kolada gives no figure', async () => {
      const m = await page.evaluate(measureChart, 'reference', c);
      assert.ok(m.foreignShare < 0.002, `drawn in system colours only (${(m.foreignShare * 100).toFixed(2)} %)`);
      // Women and men: the kommun's two bars, the nation's two, the neighbour's for men (its women's figure is not published).
      assert.equal(m.bars.length, 5, `five bars ${JSON.stringify(m.bars)}`);
      const solid = m.bars.filter((b) => b.solid > 0.95 && b.marks < 0.01);
      const patterned = m.bars.filter((b) => b.marks > 0.01 && b.solid < 0.95);
      assert.equal(solid.length, 2, `the kommun's two bars are solid CanvasText ${JSON.stringify(m.bars)}`);
      assert.equal(patterned.length, 3, `the references' three bars carry a pattern ${JSON.stringify(m.bars)}`);
      assert.ok(m.hidden > 20, `\`..\` of the unpublished figure is drawn in CanvasText (${m.hidden} px)`);
      // The legend's swatches show the same: three different fills.
      const swatches = [];
      for (let i = 0; i < 3; i++) swatches.push((await shares(page, await inShadow(page, 'reference', '.legend .swatch', i), c)).png);
      assert.equal(new Set(swatches).size, 3, 'three different swatches');
      await (await inShadow(page, 'reference', '.plot')).screenshot({ path: `${ARTIFACTS}/chart-reference-forced-${scheme}.png` });
    });

    test('the legend shows each series’ pattern: Kvinna solid, Man hatched, as on the bars', async () => {
      const [women, men] = [await inShadow(page, 'grouped', '.legend .swatch', 0), await inShadow(page, 'grouped', '.legend .swatch', 1)];
      const [w, m] = [await shares(page, women, c), await shares(page, men, c)];
      assert.ok(w.text > 0.9, `Kvinna's swatch is filled with CanvasText (${w.text})`);
      assert.ok(m.text > 0.3 && m.background > 0.15, `Man's swatch is hatched, CanvasText and Canvas (${m.text}, ${m.background})`);
      assert.notEqual(w.png, m.png, 'the swatches differ');
      // The ring's four slices have four swatches, all different.
      const ring = [];
      for (let i = 0; i < 4; i++) ring.push((await shares(page, await inShadow(page, 'doughnut', '.legend .swatch', i), c)).png);
      assert.equal(new Set(ring).size, 4, 'four different swatches for four slices');
      const style = await women.evaluate((s) => getComputedStyle(s).forcedColorAdjust);
      assert.equal(style, 'none', 'the swatch draws its own system colours');
      await (await inShadow(page, 'grouped', '.legend')).screenshot({ path: `${ARTIFACTS}/legend-forced-${scheme}.png` });
    });

    test('the SIP coverage bar keeps its parts: "upprättad" solid, "under upprättande" hatched, the need marked', async () => {
      const established = await shares(page, await inShadow(page, 'sip', '.coverage .seg--established'), c);
      const inProgress = await shares(page, await inShadow(page, 'sip', '.coverage .seg--in-progress'), c);
      assert.ok(established.text > 0.9, `drawn up: CanvasText (${established.text})`);
      assert.ok(inProgress.text > 0.25 && inProgress.background > 0.25, `being drawn up: hatched (${inProgress.text}, ${inProgress.background})`);
      const need = await (await inShadow(page, 'sip', '.coverage .need-mark')).evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.ok(close(need.match(/[\d.]+/g).slice(0, 3).map(Number), c.highlight, 1), `the need is marked in Highlight (${need})`);
      // The keys under the table over time show the same parts.
      const keyEstablished = await shares(page, await inShadow(page, 'sip', '.key--established'), c);
      const keyInProgress = await shares(page, await inShadow(page, 'sip', '.key--in-progress'), c);
      assert.ok(keyEstablished.text > 0.9, `key of drawn up: CanvasText (${keyEstablished.text})`);
      assert.ok(keyInProgress.text > 0.25 && keyInProgress.background > 0.2, `key of being drawn up: hatched (${keyInProgress.text}, ${keyInProgress.background})`);
      await (await inShadow(page, 'sip', '.coverage')).screenshot({ path: `${ARTIFACTS}/sip-coverage-forced-${scheme}.png` });
      await (await inShadow(page, 'sip', '.series')).screenshot({ path: `${ARTIFACTS}/sip-series-forced-${scheme}.png` });
    });

    test('nothing went wrong on the page', () => {
      assert.deepEqual(page.problems, []);
    });
  });
}

describe('a change of mode while the page is open', () => {
  test('redraws the charts: into forced colours, from a dark to a light theme, and back to the portal’s colours', async () => {
    const page = await openPage(false, 'light');
    try {
      // The second bar from the top is Kvinna's 25–34 (her 18–24 is hidden): solid in every mode.
      const solidColour = async (c) => (await page.evaluate(measureChart, 'grouped', c)).bars[1].colour;
      const normal = { text: [0x1b, 0x1b, 0x1b], background: [255, 255, 255], gray: [0xd9, 0xd9, 0xd9] };
      assert.ok(close(await solidColour(normal), PALETTE_1), 'at first, Kvinna is drawn in the first series colour');

      await emulate(page, true, 'dark');
      const dark = await systemColours(page);
      await eventually(async () => assertForcedChart(await page.evaluate(measureChart, 'grouped', dark), 'dark, after the change'));
      assert.ok(close(await solidColour(dark), dark.text));
      await page.screenshot({ path: `${ARTIFACTS}/page-changed-to-forced-dark.png`, fullPage: true });

      await emulate(page, true, 'light');
      const light = await systemColours(page);
      await eventually(async () => assertForcedChart(await page.evaluate(measureChart, 'grouped', light), 'light, after the change'));
      assert.ok(close(await solidColour(light), light.text));
      await page.screenshot({ path: `${ARTIFACTS}/page-changed-to-forced-light.png`, fullPage: true });

      await emulate(page, false, 'light');
      await eventually(async () => assert.ok(close(await solidColour(normal), PALETTE_1), 'the first series colour again'));
      const swatch = await (await inShadow(page, 'grouped', '.legend .swatch', 0)).evaluate((s) => getComputedStyle(s).backgroundColor);
      assert.equal(swatch, 'rgb(29, 90, 168)');
      await page.screenshot({ path: `${ARTIFACTS}/page-changed-back.png`, fullPage: true });
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});

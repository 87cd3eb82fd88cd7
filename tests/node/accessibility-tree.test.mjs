// What a screen reader can reach right after a page loads, before anyone
// scrolls: Chromium's accessibility tree, read through the DevTools protocol
// (Accessibility.getFullAXTree), must hold every chart's image with its text
// alternative, every figure, heading, button and table that the page renders.
// Content that Chromium skips (content-visibility: auto off screen) is left
// out of that tree, and a screen reader would not find it.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, launchBrowser } from '../helpers/browser.mjs';
import { serveDemo } from '../helpers/demo-server.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ server, url: base } = await serveDemo());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a demo page in a fresh context and waits until every Samsyn element has computed and rendered what it shows. */
async function open(file) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${base}/demo/${file}`);
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 0 });
  await settle(page);
  return { page, close: () => context.close() };
}

async function settle(page) {
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      const samsyn = all(document).filter((el) => el.localName.startsWith('samsyn-'));
      await Promise.all(samsyn.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(samsyn.map((el) => (typeof el.settled === 'function' ? el.settled() : el.updateComplete)));
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  });
}

/**
 * Every element the page renders that a screen reader lists (shadow roots
 * included, `display: none` and `aria-hidden` subtrees left out), each with
 * the role and the name its accessibility node must have; then which of them
 * are in Chromium's accessibility tree, and with what.
 */
async function treeAgainstDom(page) {
  const cdp = await page.createCDPSession();
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        const hidden = (el) => {
          for (let node = el; node; node = node.parentNode ?? node.host) {
            if (node.nodeType === 1 && node.getAttribute('aria-hidden') === 'true') return true;
          }
          return false;
        };
        return all(document).filter(
          (el) => el.matches('h1, h2, h3, h4, h5, h6, button, canvas[role="img"], img, figure, table') && el.checkVisibility() && !hidden(el),
        );
      })()`,
    });
    const { result: properties } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const expected = [];
    for (const { name, value } of properties) {
      if (!/^\d+$/.test(name)) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId: value.objectId });
      const { result: about } = await cdp.send('Runtime.callFunctionOn', {
        objectId: value.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const text = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
          const tag = this.localName;
          const labelled = this.getAttribute('aria-labelledby');
          const role = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'canvas' || tag === 'img' ? 'image' : tag;
          // The name a chart's image and figure must have; a heading's or a button's only has to be there.
          const name = tag === 'canvas' ? this.getAttribute('aria-label') : tag === 'img' ? this.alt
            : tag === 'figure' && labelled ? text(this.getRootNode().getElementById(labelled)) : null;
          return { role, name, html: this.outerHTML.slice(0, 100) };
        }`,
      });
      expected.push({ id: node.backendNodeId, ...about.value });
    }
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const tree = new Map(nodes.filter((n) => n.backendDOMNodeId !== undefined && !n.ignored).map((n) => [n.backendDOMNodeId, n]));
    return expected.map((e) => {
      const ax = tree.get(e.id);
      return { ...e, ax: ax ? { role: ax.role?.value, name: ax.name?.value ?? '' } : undefined };
    });
  } finally {
    await cdp.detach();
  }
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const axRoles = { heading: ['heading'], button: ['button'], image: ['img', 'image'], figure: ['figure'], table: ['table'] };

/** Asserts that every listed element has its node in the tree, with its role and (where it has one) its name. */
function assertAllInTree(found, what) {
  const missing = found.filter((e) => !e.ax).map((e) => e.html);
  assert.deepEqual(missing, [], `${what}: ${missing.length} of ${found.length} elements are not in the accessibility tree`);
  for (const e of found) {
    assert.ok(axRoles[e.role].includes(e.ax.role), `${what}: ${e.html} has the role ${e.ax.role}`);
    if (e.name !== null) assert.equal(squash(e.ax.name), squash(e.name), `${what}: the name of ${e.html}`);
    else if (e.role !== 'table') assert.notEqual(e.ax.name.trim(), '', `${what}: ${e.html} has a name`);
  }
}

const count = (found, role) => found.filter((e) => e.role === role).length;

describe('the accessibility tree right after load, without scrolling', () => {
  test('the report: every chart image with its text alternative, every heading and every button', async () => {
    const { page, close } = await open('rapport.html');
    try {
      const found = await treeAgainstDom(page);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing has scrolled');
      const charts = await page.$$eval('samsyn-inventory-report', (els) => els[0].shadowRoot.querySelectorAll('samsyn-chart').length);
      assert.ok(charts >= 10, `the demo report has its charts (${charts})`);
      assert.equal(count(found, 'image'), charts, 'a chart image for every chart');
      assert.equal(count(found, 'figure'), charts, 'a figure for every chart');
      assert.ok(count(found, 'button') >= charts * 2, 'each chart’s buttons are listed');
      assert.ok(found.filter((e) => e.role === 'image').every((e) => e.name && e.name.length > 20), 'every chart image has a text alternative');
      assertAllInTree(found, 'report');
    } finally {
      await close();
    }
  });

  test('the action plan, read and then edited: every area’s table, every heading and every button', async () => {
    const { page, close } = await open('handlingsplan.html');
    try {
      const read = await treeAgainstDom(page);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing has scrolled');
      const areas = await page.$eval('samsyn-action-plan', (el) => el.shadowRoot.querySelectorAll('table[data-area]').length);
      assert.ok(areas >= 3, `the demo plan has its areas (${areas})`);
      assert.ok(count(read, 'table') >= areas);
      assertAllInTree(read, 'action plan');

      // The toggle is in the page's header, above the plan: pressing it does not scroll.
      await page.$eval('[data-edit-toggle]', (b) => b.click());
      await settle(page);
      const edited = await treeAgainstDom(page);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing has scrolled');
      assert.ok(count(edited, 'button') > count(read, 'button') + areas, 'each row has its buttons in edit mode');
      assertAllInTree(edited, 'action plan in edit mode');
    } finally {
      await close();
    }
  });
});

// The action plan page of the demo portal at 320, 768, 1280 and 1920 px, read
// and in edit mode: the plan never needs more width than it has, no text of
// it is cut off, and every row button can be clicked where it is drawn. In
// the portal's 72rem column the rows are cards; a screen reader still gets
// tables with rows, column headers and cells.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8610 }));
});

after(() => stopBrowser({ browser, server }));

/** The plan page at `width`, in edit mode when `edit`; every console error and failed request is kept in `problems`. */
async function openPlan(width, edit) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.setViewport({ width, height: 900 });
  await page.goto(`${base}/demo/handlingsplan.html`);
  await settle(page);
  if (edit) {
    await page.click('[data-edit-toggle]');
    await settle(page);
    assert.equal(await page.$eval('samsyn-action-plan', (el) => el.mode), 'edit');
  }
  return { page, problems, close: () => context.close() };
}

async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 0 });
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('samsyn-action-plan, samsyn-participation')) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
    await new Promise((r) => requestAnimationFrame(() => r()));
  });
}

/** What of the plan does not fit, from inside the page: sizes, cut-off cells, row buttons a click cannot reach. */
function measure(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('samsyn-action-plan');
    const root = el.shadowRoot;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const tables = root.querySelector('.tables');
    const cards = getComputedStyle(root.querySelector('table')).display === 'block';
    const widest = Math.max(...[...root.querySelectorAll('*')].map((n) => n.getBoundingClientRect().right));
    const clipped = [];
    for (const area of root.querySelectorAll('.area')) {
      area.scrollIntoView();
      await frame();
      const bounds = area.getBoundingClientRect();
      for (const cell of area.querySelectorAll(cards ? 'tbody th, tbody td' : 'th, td')) {
        const box = cell.getBoundingClientRect();
        const name = `${cell.closest('tr').dataset.row ?? 'head'} cell ${cell.cellIndex}`;
        if (cell.scrollWidth > cell.clientWidth + 1) clipped.push(`${name}: ${cell.scrollWidth} px in ${cell.clientWidth} px`);
        if (box.left < bounds.left - 1 || box.right > bounds.right + 1) clipped.push(`${name}: outside its table`);
      }
    }
    const unreachable = [];
    const buttons = [...root.querySelectorAll('tbody button[data-action]')];
    for (const button of buttons) {
      button.scrollIntoView({ block: 'center', inline: 'center' });
      await frame();
      const box = button.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = root.elementFromPoint(x, y);
      const inView = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      if (!inView || !hit || !(hit === button || button.contains(hit))) {
        unreachable.push(`${button.closest('tr').dataset.row} ${button.dataset.action}: ${hit?.localName ?? 'nothing'} at ${Math.round(x)},${Math.round(y)}`);
      }
    }
    return {
      cards,
      viewport: innerWidth,
      element: Math.round(el.getBoundingClientRect().right),
      widest: Math.round(widest),
      tablesOverflow: tables.scrollWidth - tables.clientWidth,
      clipped,
      buttons: buttons.length,
      unreachable,
    };
  });
}

describe('the action plan on the demo page fits the screen', () => {
  for (const width of [320, 768, 1280, 1920]) {
    for (const edit of [false, true]) {
      test(`${width} px, ${edit ? 'edit' : 'read'} mode`, async () => {
        const { page, problems, close } = await openPlan(width, edit);
        try {
          const m = await measure(page);
          // In the portal's 72rem column the plan is always narrower than its table needs (90em).
          assert.equal(m.cards, true, 'rows as cards');
          assert.ok(m.element <= m.viewport, `the element ends at ${m.element} px in a ${m.viewport} px viewport`);
          assert.ok(m.widest <= m.viewport, `the plan's content reaches ${m.widest} px in a ${m.viewport} px viewport`);
          assert.ok(m.tablesOverflow <= 1, `the tables need ${m.tablesOverflow} px more than they have`);
          assert.deepEqual(m.clipped, []);
          // The sample plan has 8 rows: edit, up, down and remove on each.
          assert.equal(m.buttons, edit ? 32 : 0);
          assert.deepEqual(m.unreachable, []);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }
  }

  test('as cards, each area is still a table to a screen reader: rows, column headers, a row header and cells', async () => {
    const { page, close } = await openPlan(320, true);
    try {
      // An area out of view is left out of the accessibility tree (content-visibility: auto) until it is scrolled to.
      await page.evaluate(() => document.querySelector('samsyn-action-plan').shadowRoot.querySelector('.area').scrollIntoView());
      await settle(page);
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      const find = (node, test) => (test(node) ? node : (node.children ?? []).reduce((found, child) => found ?? find(child, test), null));
      const table = find(tree, (n) => n.role === 'table' && /^Boende/.test(n.name ?? ''));
      assert.ok(table, 'a table named by its caption');
      const rows = [];
      find(table, (n) => {
        if (n.role === 'row') rows.push(n);
        return false;
      });
      assert.equal(rows.length, 3, 'the header row and two rows');
      const roles = (row) => (row.children ?? []).map((c) => c.role).filter((r) => r !== 'generic' && r !== 'none');
      assert.deepEqual(roles(rows[0]).slice(0, 2), ['columnheader', 'columnheader']);
      assert.equal(roles(rows[0]).length, 10);
      assert.deepEqual(roles(rows[1]).slice(0, 3), ['cell', 'rowheader', 'cell']);
      assert.equal(roles(rows[1]).length, 10);
      // The column names drawn above the values are not read out again: a cell's name is its value.
      const deadline = rows[1].children.filter((c) => c.role === 'cell')[2];
      assert.match(deadline.name, /^\d{1,2} [a-zé]{3,4}\.? \d{4}$/);
    } finally {
      await close();
    }
  });
});

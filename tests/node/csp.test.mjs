// Samsyn under the strictest policy a kommun's portal is likely to send:
// scripts and styles from the page's own origin only, no inline code, and
// Trusted Types for every script sink. A test page (tests/fixtures/csp/)
// uses every element from the built dist/ and a real Chromium drives it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/serve.mjs';
import { startBrowser, stopBrowser } from '../helpers/browser.mjs';

export const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

let server;
let origin;
let browser;

before(async () => {
  ({ browser, server, url: origin } = await startBrowser({ root: '.', port: 8930, headers: () => ({ 'content-security-policy': POLICY }) }));
});

after(() => stopBrowser({ browser, server }));

/**
 * Opens `path` and records everything the policy and the page complain
 * about: `securitypolicyviolation` events (from the document and every
 * shadow root, recorded before any page script runs), console errors,
 * uncaught errors, and every request the page makes.
 */
export async function openPage(path) {
  const page = await browser.newPage();
  // A desktop window: the plan's table is wide.
  await page.setViewport({ width: 1440, height: 900 });
  const report = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (msg) => {
    // With the URL: Chromium's text for a failed load (the browser's own favicon request) does not name it.
    if (msg.type() === 'error') report.consoleErrors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => report.pageErrors.push(error.message));
  page.on('request', (request) => report.requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        // Where it happened: the element and the Samsyn element whose shadow root holds it.
        const nodes = e.composedPath().filter((n) => n.localName);
        const at = nodes[0] ? `<${nodes[0].localName}${nodes[0].classList?.length ? `.${nodes[0].classList[0]}` : ''}>` : 'the document';
        const host = nodes.find((n) => n.localName.startsWith('samsyn-'));
        const file = (e.sourceFile || '').replace(/^.*\/(dist|tests)\//, '$1/');
        window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${at}${host ? ` in <${host.localName}>` : ''} (${file}) ${e.sample}`.trim());
      },
      true,
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  report.violations = () => page.evaluate(() => window.cspViolations);
  return { page, report };
}

/** Fails with everything that went wrong on the page. */
export async function assertClean(page, report) {
  const violations = [...new Set(await report.violations())];
  assert.deepEqual(violations, [], 'no securitypolicyviolation');
  assert.deepEqual(report.pageErrors, [], 'no uncaught error');
  assert.deepEqual(report.consoleErrors.filter((m) => !/favicon/.test(m)), [], 'no console error');
  const foreign = report.requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(foreign, [], 'no request leaves the page’s own origin');
}

describe('the test page catches what the policy blocks', () => {
  test('an inline script, an inline style attribute and a string assigned as markup are each reported', async () => {
    const { page, report } = await openPage('/tests/fixtures/csp/violation.html');
    const violations = await report.violations();
    await page.close();
    assert.ok(violations.some((v) => v.startsWith('script-src-elem blocked inline on <script>')), violations.join('\n'));
    assert.ok(violations.some((v) => v.startsWith('style-src-attr blocked inline on <p>')), violations.join('\n'));
    assert.ok(violations.some((v) => v.startsWith('require-trusted-types-for')), violations.join('\n'));
    assert.ok(report.consoleErrors.length > 0);
  });
});

/**
 * Waits until `predicate` holds in the page, however long a busy machine
 * takes: the test runner's timeout is the only limit. Puppeteer's own
 * waitForFunction builds its poller from a string in the page, which Trusted
 * Types blocks: this polls with plain evaluate calls instead.
 */
async function waitFor(page, predicate, { args = [] } = {}) {
  for (;;) {
    if (await page.evaluate(predicate, ...args)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first element matching `selector` under `hostSelector`, searching every shadow root below it. */
async function deep(page, hostSelector, selector) {
  const handle = await page.evaluateHandle(
    (host, sel) => {
      const search = (root) => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            const found = search(el.shadowRoot);
            if (found) return found;
          }
        }
        return null;
      };
      const el = document.querySelector(host);
      return el?.shadowRoot ? search(el.shadowRoot) : null;
    },
    hostSelector,
    selector,
  );
  const element = handle.asElement();
  assert.ok(element, `${hostSelector} shows ${selector}`);
  return element;
}

/** The text an element shows, shadow roots included. */
const textOf = (page, hostSelector) =>
  page.evaluate((host) => {
    const parts = [];
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const child of node.childNodes) visit(child);
    };
    visit(document.querySelector(host));
    return parts.join(' ').replace(/\s+/g, ' ');
  }, hostSelector);

const eventsOf = (page, name, target) =>
  page.evaluate((n, t) => window.samsynEvents.filter((e) => e.name === n && (!t || e.target === t)), name, target);

describe('every element under the strict policy', () => {
  let page;
  let report;

  before(async () => {
    ({ page, report } = await openPage('/tests/fixtures/csp/index.html'));
    await waitFor(page, () => document.documentElement.dataset.ready === 'true');
  });

  after(async () => {
    await page?.close();
  });

  test('every element renders its content, not a message', async () => {
    const tags = ['samsyn-inventory-form', 'samsyn-questionnaire', 'samsyn-chart', 'samsyn-inventory-report', 'samsyn-sip-status', 'samsyn-action-plan', 'samsyn-participation'];
    for (const tag of tags) {
      await waitFor(page, (t) => customElements.get(t) !== undefined, { args: [tag] });
    }
    // Every element has rendered what it has (its lazy parts included), not half a second later.
    await page.evaluate(async (list) => {
      for (const t of list) await Promise.all([...document.querySelectorAll(t)].map((el) => el.updateComplete));
    }, tags);
    const broken = await page.evaluate((list) => list.filter((t) => [...document.querySelectorAll(t)].some((el) => el.shadowRoot?.querySelector('[part~="error"]'))), tags);
    assert.deepEqual(broken, []);
    assert.match(await textOf(page, '#inventory-form'), /Kön/);
    assert.match(await textOf(page, '#sip-overview'), /941/);
    assert.match(await textOf(page, '#action-plan'), /Fler i eget boende/);
    assert.match(await textOf(page, '#participation'), /RSMH/);
    assert.deepEqual(await eventsOf(page, 'samsyn-error'), []);
  });

  test('the inventory form takes answers and steps on', async () => {
    await (await deep(page, '#inventory-form', 'input[type="radio"][value="woman"]')).click();
    await (await deep(page, '#inventory-form', 'input[type="radio"][value="25-34"]')).click();
    await (await deep(page, '#inventory-form', 'input[type="checkbox"][value="alone"]')).click();
    await (await deep(page, '#inventory-form', 'button[type="submit"]')).click();
    await waitFor(page, () => window.samsynEvents.some((e) => e.name === 'samsyn-step' && e.target === 'inventory-form'));
    const [step] = await eventsOf(page, 'samsyn-step', 'inventory-form');
    assert.equal(step.detail.step, 2);
    // The draft the page asked for is kept in the browser.
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samsyn-draft:csp-test')));
    assert.ok(drafts.length > 0, 'a draft is kept');
  });

  test('a complete record is reviewed and submitted', async () => {
    const record = await page.evaluate(async () => {
      // @ts-expect-error -- served to the page and resolved by the browser, not from this file
      const { generateRecords } = await import('../../../dist/aggregate.js');
      const [r] = generateRecords({ count: 1, seed: 3 });
      document.getElementById('inventory-form').value = r;
      return r;
    });
    const review = await page.evaluateHandle(() => {
      const buttons = [...document.getElementById('inventory-form').shadowRoot.querySelectorAll('.step-link')];
      return buttons.at(-1);
    });
    await review.asElement().click();
    await (await deep(page, '#inventory-form', 'form.review button[type="submit"]')).click();
    await waitFor(page, () => window.samsynEvents.some((e) => e.name === 'samsyn-submit' && e.target === 'inventory-form'));
    const [submit] = await eventsOf(page, 'samsyn-submit', 'inventory-form');
    assert.deepEqual(submit.detail.value.answers, record.answers);
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samsyn-draft:csp-test:national-inventory')));
    assert.deepEqual(drafts, [], 'the draft is removed on submit');
  });

  test("a kommun's own text question takes text", async () => {
    const notes = await page.evaluateHandle(() => {
      const q = document.getElementById('questionnaire');
      const own = [...q.shadowRoot.querySelectorAll('.step-link')].find((b) => b.textContent.includes('Kommunens egna'));
      own.click();
      return q;
    });
    await notes.dispose();
    const area = await deep(page, '#questionnaire', 'textarea');
    await area.type('Behöver boendestöd <b>nu</b>');
    await waitFor(page, () => window.samsynEvents.some((e) => e.name === 'samsyn-change' && e.target === 'questionnaire' && e.detail.field === 'ownNotes'));
  });

  test('the chart is drawn, its table opens and its CSV downloads', async () => {
    await page.evaluate(() => document.getElementById('chart').scrollIntoView());
    await waitFor(page, () => document.getElementById('chart').drawn === true);
    const canvasSize = await page.evaluate(() => {
      const canvas = document.getElementById('chart').shadowRoot.querySelector('canvas');
      return [canvas.width, canvas.height];
    });
    assert.ok(canvasSize[0] > 0 && canvasSize[1] > 0, 'the canvas has a size');
    const toggle = await deep(page, '#chart', 'button[aria-controls]');
    await toggle.click();
    assert.equal(await toggle.evaluate((b) => b.getAttribute('aria-expanded')), 'true');
    assert.equal(await (await deep(page, '#chart', '.table-wrap')).evaluate((t) => t.hidden), false);
    const client = await page.createCDPSession();
    await client.send('Browser.setDownloadBehavior', { behavior: 'deny', eventsEnabled: true });
    const downloaded = new Promise((resolve) => client.on('Browser.downloadWillBegin', resolve));
    const download = await page.evaluateHandle(() =>
      [...document.getElementById('chart').shadowRoot.querySelectorAll('button')].find((b) => /CSV/.test(b.textContent)),
    );
    await download.asElement().click();
    const begun = await downloaded;
    assert.ok(begun, 'the CSV download starts');
    assert.match(begun.suggestedFilename, /\.csv$/);
  });

  test('a chart of a region’s records, aggregated in a worker, is drawn', async () => {
    await page.evaluate(() => document.getElementById('chart-large').scrollIntoView());
    await waitFor(page, () => document.getElementById('chart-large').drawn === true);
    assert.match(await textOf(page, '#chart-large'), /12[\s\u00a0]?000/);
  });

  test('the report draws a chart per question', async () => {
    await page.evaluate(() => document.getElementById('report').scrollIntoView());
    await waitFor(
      page,
      () => {
        const report = document.getElementById('report');
        const charts = [...(report.shadowRoot?.querySelectorAll('samsyn-chart') ?? [])];
        return charts.length > 5 && charts.some((c) => c.drawn);
      },
    );
  });

  test('the action plan is edited', async () => {
    // Charts further up still settle their size while this runs, so the buttons are pressed where they are, not at coordinates.
    await (await deep(page, '#action-plan', 'button[data-action="edit"]')).evaluate((b) => b.click());
    await waitFor(page, () => Boolean(document.getElementById('action-plan').shadowRoot.querySelector('textarea#f-goal')));
    const goal = await deep(page, '#action-plan', 'textarea#f-goal');
    await goal.evaluate((t) => {
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
    });
    await page.keyboard.type(' och trygghet');
    await (await deep(page, '#action-plan', 'dialog form button[type="submit"]')).evaluate((b) => b.click());
    await waitFor(page, () => window.samsynEvents.some((e) => e.name === 'samsyn-change' && e.target === 'action-plan'));
    const [change] = await eventsOf(page, 'samsyn-change', 'action-plan');
    assert.match(change.detail.value.rows[0].goal, /och trygghet$/);
  });

  test('nothing broke the policy, nothing was thrown, nothing left the origin', async () => {
    await assertClean(page, report);
  });
});

for (const [name, policy, port] of /** @type {Array<[string, string, number]>} */ ([
  // The worker is created and the page refuses to start it: the failure arrives later, as an event.
  ['workers forbidden (worker-src \'none\')', `${POLICY}; worker-src 'none'; trusted-types lit-html samsyn`, 8931],
  // The `samsyn` policy cannot be created: the worker's URL is refused at once.
  ['a Trusted Types allow-list that leaves Samsyn out', `${POLICY}; trusted-types lit-html`, 8932],
])) {
  describe(`a stricter portal: ${name}`, () => {
    let stricter;
    let page;

    before(async () => {
      stricter = await serve({ root: '.', port, headers: () => ({ 'content-security-policy': policy }) });
      page = await browser.newPage();
      await page.evaluateOnNewDocument(() => {
        window.unhandled = [];
        window.addEventListener('unhandledrejection', (e) => window.unhandled.push(String(e.reason)));
      });
      await page.goto(`${stricter.url}/tests/fixtures/csp/index.html`, { waitUntil: 'load' });
      await waitFor(page, () => document.documentElement.dataset.ready === 'true');
    });

    after(async () => {
      await page?.close();
      await new Promise((resolve) => (stricter ? stricter.server.close(resolve) : resolve()));
    });

    test('a region’s records are counted on the page instead and drawn, and no rejection goes unhandled', async () => {
      await page.evaluate(() => document.getElementById('chart-large').scrollIntoView());
      await waitFor(page, () => document.getElementById('chart-large').drawn === true);
      assert.match(await textOf(page, '#chart-large'), /12[\s\u00a0]?000/);
      await page.evaluate(() => document.getElementById('report').scrollIntoView());
      await waitFor(page, () => [...(document.getElementById('report').shadowRoot?.querySelectorAll('samsyn-chart') ?? [])].some((c) => c.drawn), {});
      assert.deepEqual(await page.evaluate(() => window.unhandled), []);
      assert.deepEqual(await eventsOf(page, 'samsyn-error'), []);
    });
  });
}

describe("a portal whose policy allows no Trusted Types policy at all (trusted-types 'none')", () => {
  // Lit cannot load under it, and so no element can render: each says so in plain text instead, and tells the page.
  let strictest;
  let page;

  before(async () => {
    strictest = await serve({ root: '.', port: 8933, headers: () => ({ 'content-security-policy': `${POLICY}; trusted-types 'none'` }) });
    page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.samsynErrors = [];
      document.addEventListener('samsyn-error', (e) => window.samsynErrors.push({ tag: e.target.localName, ...e.detail }));
    });
    await page.goto(`${strictest.url}/tests/fixtures/csp/index.html`, { waitUntil: 'load' });
  });

  after(async () => {
    await page?.close();
    await new Promise((resolve) => (strictest ? strictest.server.close(resolve) : resolve()));
  });

  test('every element shows a plain-text message in place and emits samsyn-error', async () => {
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('samsyn-')))]);
    assert.ok(tags.length >= 5, tags.join());
    const count = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('samsyn-')).length);
    await waitFor(page, (n) => window.samsynErrors.length >= n, { args: [count] });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('samsyn-')).map((el) => el.shadowRoot?.querySelector('[part~="error"][role="alert"]')?.textContent ?? ''),
    );
    for (const text of shown) assert.match(text, /säkerhetsinställningar \(Trusted Types\)/);
    const reasons = await page.evaluate(() => [...new Set(window.samsynErrors.map((e) => e.reason))]);
    assert.deepEqual(reasons, ['blocked-by-policy']);
  });
});

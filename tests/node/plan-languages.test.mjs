// The action plan's English (chunks/en-plan-*.js) is fetched like every
// area's, only when a page wants English. What that could break, in the built
// package: a plan or views checked before the English arrived (here: its
// fetch failed until a later one did) show their messages in Swedish until it has arrived,
// then in English, in the elements and in the report document that composes
// them; and a CSV file with English headers and values, read in on a page in
// Swedish, fetches the plan's English (and no other) and is read right.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, openLanguagePage, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8747 }));
});

after(() => stopBrowser({ browser, server }));

/** A page of the memory fixture (`<html lang="sv">`); with `blockPlan`, every request for the plan's English fails (offline for a while) until `release()`. */
const openPage = ({ blockPlan = false } = {}) => openLanguagePage(browser, base, blockPlan ? { block: (area) => area === 'en-plan' } : {});

/** A plan whose second row has no goal and a deadline that is no date. */
const badPlan = {
  title: 'Handlingsplan 2016',
  rows: [
    { id: 'r1', area: 'housing', goal: 'Fler bostäder', activity: 'Inventera', responsible: 'Socialförvaltningen', status: 'ongoing' },
    { id: 'r2', area: 'health', goal: '', activity: 'Hälsosamtal', responsible: 'Primärvården', status: 'not-started', deadline: '31/12/2016' },
  ],
};
const goodPlan = { title: 'Plan', rows: [] };

/**
 * Puts `samsyn-<name>` (from its own entry) on the page with `lang="en"` and `properties`, waits for it, and gives
 * the text of `path` (selectors, each inside the shadow root of the one before; the element itself when empty).
 */
function showInEnglish(page, name, properties, path = []) {
  return page.evaluate(
    async (name, properties, path) => {
      await import(/** @type {string} */ (`/dist/components/${name}.js`));
      const el = /** @type {any} */ (document.createElement(`samsyn-${name}`));
      el.setAttribute('lang', 'en');
      Object.assign(el, properties);
      document.querySelector('main').append(el);
      await el.updateComplete;
      let node = el;
      for (const selector of path) {
        await node.updateComplete;
        node = node.shadowRoot.querySelector(selector);
      }
      await node.updateComplete;
      /** @type {any} */ (window).checked = node;
      return node.shadowRoot.textContent.replace(/\s+/g, ' ');
    },
    name,
    properties,
    path,
  );
}

/**
 * Another element in English, which fetches the English still missing; then the first one's text. The check made
 * again when the English arrived, before the other element's update went on, has asked the first one to update.
 */
function textOnceEnglishArrived(page) {
  return page.evaluate(async () => {
    await import(/** @type {string} */ ('/dist/components/action-plan.js'));
    const other = /** @type {any} */ (document.createElement('samsyn-action-plan'));
    other.setAttribute('lang', 'en');
    document.querySelector('main').append(other);
    await other.updateComplete;
    const el = /** @type {any} */ (/** @type {any} */ (window).checked);
    await el.updateComplete;
    return el.shadowRoot.textContent.replace(/\s+/g, ' ');
  });
}

describe('the action plan’s English, fetched when wanted', () => {
  const cases = [
    {
      title: 'an action plan',
      show: (page) => showInEnglish(page, 'action-plan', { value: badPlan }),
      swedish: /Fyll i ”Mål”/,
      english: /Row 2: Enter “Goal”\..*Row 2: “Deadline” must be a real date in the form YYYY-MM-DD/,
    },
    {
      title: 'the views of user organisations, and the plan they link to',
      show: (page) =>
        showInEnglish(page, 'participation', { value: { organisations: [{ id: 'o1', name: ' ' }], views: [{ id: 'v1', organisation: 'o2', text: 'Fler boenden' }] } }),
      swedish: /Fyll i ”Organisation”/,
      english: /Enter “Organisation”\..*The organisation “o2” is not among the organisations that gave views\./,
    },
    {
      title: 'an action plan in the report document',
      show: (page) => showInEnglish(page, 'report-document', { parts: 'plan', plan: badPlan }, ['samsyn-action-plan']),
      swedish: /Fyll i ”Mål”/,
      english: /Row 2: Enter “Goal”\./,
    },
  ];
  for (const { title, show, swedish, english: inEnglish } of cases) {
    test(`${title} on a page in English, checked before the plan’s English arrived, shows its messages in English once it has`, async () => {
      const { page, english, pageErrors, release } = await openPage({ blockPlan: true });
      try {
        // The plan's English could not be fetched: the messages are the Swedish ones meanwhile.
        const first = await show(page);
        assert.ok(english.includes('en-plan'), english.join());
        assert.match(first, swedish);
        release();
        const tries = english.filter((area) => area === 'en-plan').length;
        const after = await textOnceEnglishArrived(page);
        assert.match(after, inEnglish);
        assert.doesNotMatch(after, swedish);
        assert.equal(english.filter((area) => area === 'en-plan').length, tries + 1, english.join());
        assert.deepEqual(pageErrors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('a plan set after the plan’s English arrived is checked in English', async () => {
    const { page, pageErrors } = await openPage();
    try {
      assert.match(await showInEnglish(page, 'action-plan', { value: goodPlan }), /Plan/);
      const text = await page.evaluate(async (plan) => {
        const el = /** @type {any} */ (/** @type {any} */ (window).checked);
        el.value = plan;
        await el.updateComplete;
        return el.shadowRoot.textContent.replace(/\s+/g, ' ');
      }, badPlan);
      assert.match(text, /Row 2: Enter “Goal”\./);
      assert.doesNotMatch(text, /Fyll i/);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('a CSV file with English headers and values, read in on a page in Swedish, fetches the plan’s English alone and is read right', async () => {
    const { page, english, pageErrors } = await openPage();
    try {
      const csv = [
        'Title of the plan,Area,Goal,Activity,Responsible,Deadline,Status,Measurable target,Direction of the target,Target value,Unit',
        'Plan 2016,Housing,More homes,Survey the need,Social services,2016-12-31,Ongoing,Share housed,At least,30.5,per cent',
        'Plan 2016,Health,Check-ups,Offer a check-up,Primary care,,Done,,,,',
      ].join('\r\n');
      const result = await page.evaluate(async (csv) => {
        await import(/** @type {string} */ ('/dist/components/action-plan.js'));
        const el = /** @type {any} */ (document.createElement('samsyn-action-plan'));
        el.mode = 'edit';
        document.querySelector('main').append(el);
        await el.updateComplete;
        const input = el.shadowRoot.querySelector('#import');
        const files = new DataTransfer();
        files.items.add(new File([csv], 'plan.csv', { type: 'text/csv' }));
        input.files = files.files;
        const changed = new Promise((resolve) => el.addEventListener('samsyn-change', (e) => resolve(e.detail), { once: true }));
        const errors = new Promise((resolve) => {
          // A file that could not be read in shows why instead of emitting a change: then the test says so.
          const look = () => {
            const box = el.shadowRoot.querySelector('[part="import-errors"]');
            if (box) resolve(box.textContent.replace(/\s+/g, ' '));
            else requestAnimationFrame(look);
          };
          look();
        });
        input.dispatchEvent(new Event('change'));
        const outcome = await Promise.race([changed, errors]);
        await el.updateComplete;
        return { outcome, text: el.shadowRoot.textContent.replace(/\s+/g, ' ') };
      }, csv);
      assert.equal(typeof result.outcome, 'object', `not read in: ${result.outcome}`);
      assert.equal(result.outcome.field, 'import');
      assert.deepEqual(result.outcome.value, {
        title: 'Plan 2016',
        rows: [
          {
            id: 'row-1',
            area: 'housing',
            goal: 'More homes',
            activity: 'Survey the need',
            responsible: 'Social services',
            deadline: '2016-12-31',
            status: 'ongoing',
            target: { description: 'Share housed', direction: 'at-least', value: 30.5, unit: 'percent' },
          },
          { id: 'row-2', area: 'health', goal: 'Check-ups', activity: 'Offer a check-up', responsible: 'Primary care', status: 'done' },
        ],
      });
      // The page stays Swedish: it says so in Swedish, and fetched no English but the plan's.
      assert.match(result.text, /Planen lästes in från filen: 2 rader\./);
      assert.deepEqual(english, ['en-plan']);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });
});

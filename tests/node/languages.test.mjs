// The built package keeps each message area's English in a chunk of its own
// (chunks/en-<area>-*.js), fetched when a page wants English: a page in
// Swedish downloads no English, and an element in English, a page that
// switches to English, a part loaded on first use and the API entries all
// have their English before they show or return a text.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { generateRecords } from 'samsyn/aggregate';
import { buildIfMissing, openLanguagePage, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8740 }));
});

after(() => stopBrowser({ browser, server }));

/** A page of the memory fixture (`<html lang="sv">`); with `blockEnglish`, every request for an area's English fails. */
const openPage = ({ blockEnglish = false } = {}) => openLanguagePage(browser, base, blockEnglish ? { block: () => true } : {});

/**
 * Puts `samsyn-<name>` on the page from its own entry, with `lang`, `attributes` and `properties` when given, and
 * returns its text once rendered.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {{ name: string, lang?: string | null, attributes?: Record<string, string>, properties?: Record<string, unknown> }} options
 */
function showElement(page, { name, lang = null, attributes = {}, properties = {} }) {
  return page.evaluate(
    async (name, lang, attributes, properties) => {
      await import(/** @type {string} */ (`/dist/components/${name}.js`));
      const el = /** @type {any} */ (document.createElement(`samsyn-${name}`));
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
      if (lang) el.setAttribute('lang', lang);
      Object.assign(el, properties);
      document.querySelector('main').append(el);
      await el.updateComplete;
      // A chart's labels are in its table, made once the page is idle: settled() waits for it.
      await el.settled?.();
      return el.shadowRoot.textContent.replace(/\s+/g, ' ');
    },
    name,
    lang,
    attributes,
    properties,
  );
}

/**
 * A samsyn-sip-status with reported counts (with `lang` when given), and its text once rendered.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {{ lang?: string, counts: unknown }} options
 */
const showOverview = (page, { lang, counts }) => showElement(page, { name: 'sip-status', lang, properties: { counts } });

const counts = { points: [{ period: '2015', established: 941, inProgress: 160, missing: 20 }] };

describe('texts per language in the built package', () => {
  test('a page in Swedish fetches no English', async () => {
    const { page, english, pageErrors } = await openPage();
    try {
      const text = await showOverview(page, { counts });
      assert.match(text, /Samordnade individuella planer \(SIP\)/);
      assert.match(text, /Plan upprättad/);
      await page.waitForNetworkIdle({ idleTime: 200 });
      assert.deepEqual(english, []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('an element in English fetches the English of what it shows before it renders', async () => {
    const { page, english, pageErrors } = await openPage();
    try {
      const text = await showOverview(page, { lang: 'en', counts });
      // The element's own heading, the overview view's texts and the shared texts: three areas, each in English.
      assert.match(text, /Coordinated individual plans \(SIP\)/);
      assert.match(text, /Plan drawn up/);
      assert.doesNotMatch(text, /Plan upprättad|Samordnade/);
      for (const area of ['en-common', 'en-sip', 'en-sip-overview']) assert.ok(english.includes(area), `${area} in ${english.join()}`);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('a page that switches to English shows English, its input checked in English too', async () => {
    const { page, pageErrors } = await openPage();
    try {
      assert.match(await showOverview(page, { counts }), /Plan upprättad/);
      const after = await page.evaluate(async () => {
        const el = /** @type {any} */ (document.querySelector('samsyn-sip-status'));
        document.documentElement.lang = 'en';
        // The language is noticed by a MutationObserver: until the element says it, not a fixed wait.
        while (!/Coordinated/.test(el.shadowRoot.textContent)) {
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        el.counts = { points: [{ period: '2016', established: -2, inProgress: 1 }] };
        await el.updateComplete;
        return el.shadowRoot.textContent.replace(/\s+/g, ' ');
      });
      assert.match(after, /must be a whole number/);
      assert.doesNotMatch(after, /ska vara ett heltal/);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  // Elements that show the national definition: on a page in Swedish no English, in English its labels in English.
  const definitionCases = [
    {
      title: 'a chart that counts records',
      element: { name: 'chart', attributes: { question: 'gender', 'min-count': '1' }, properties: { records: generateRecords({ count: 60, seed: 7 }) } },
      swedish: /Kvinna/,
      inEnglish: /Woman/,
      notInEnglish: /Kvinna/,
    },
    { title: 'the inventory form', element: { name: 'inventory-form' }, swedish: /Kön/, inEnglish: /Gender.*Woman/, notInEnglish: /Kön|Kvinna/ },
  ];
  for (const { title, element, swedish, inEnglish, notInEnglish } of definitionCases) {
    test(`${title} fetches no English on a page in Swedish, and the definition's English on a page in English`, async () => {
      const { page, english, pageErrors } = await openPage();
      try {
        assert.match(await showElement(page, element), swedish);
        await page.waitForNetworkIdle({ idleTime: 200 });
        assert.deepEqual(english, []);
        const text = await showElement(page, { ...element, lang: 'en' });
        assert.ok(english.includes('en-definition-inventory'), english.join());
        assert.match(text, inEnglish);
        assert.doesNotMatch(text, notInEnglish);
        assert.deepEqual(pageErrors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('a part loaded on first use has its English when it is shown', async () => {
    const { page, english, pageErrors } = await openPage();
    try {
      const text = await page.evaluate(async () => {
        await import(/** @type {string} */ ('/dist/components/sip-status.js'));
        const el = /** @type {any} */ (document.createElement('samsyn-sip-status'));
        el.setAttribute('lang', 'en');
        el.plan = { id: 'SIP-1', step: 'invited', consent: { status: 'given', date: '2024-10-02' } };
        document.querySelector('main').append(el);
        await el.updateComplete;
        return el.shadowRoot.textContent.replace(/\s+/g, ' ');
      });
      // The plan view and its texts come with the plan mode: its step is named in English.
      assert.match(text, /Coordinated individual plan \(SIP\)/);
      assert.ok(english.includes('en-sip-plan'), english.join());
      assert.match(text, /Invitation sent/);
      assert.doesNotMatch(text, /Kallelse skickad|Samordnad individuell plan/);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('the schema entry gives English messages and the national definition in both languages at once, on a page in Swedish', async () => {
    const { page, pageErrors } = await openPage();
    try {
      const { messages, definition } = await page.evaluate(async () => {
        const { parseSipOverview, inventoryDefinition } = await import(/** @type {string} */ ('/dist/schema.js'));
        return {
          messages: parseSipOverview({ points: [] }, { locale: 'en' }).error.issues.map((i) => i.message),
          definition: JSON.parse(JSON.stringify(inventoryDefinition)),
        };
      });
      assert.deepEqual(messages, ['Give at least one date with counts.']);
      // The definition's English and its notes, which a page in Swedish showing the form does not fetch.
      assert.deepEqual(definition.title, { sv: 'Inventering av behov hos personer med psykisk funktionsnedsättning', en: 'Inventory of needs of people with psychiatric disabilities' });
      assert.deepEqual(definition.sections[0].questions[0].options[0].label, { sv: 'Kvinna', en: 'Woman' });
      assert.ok(definition.notes.some((n) => /reconstructed/.test(n)));
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('English that cannot be fetched leaves the Swedish texts, and nothing unhandled', async () => {
    const { page, pageErrors } = await openPage({ blockEnglish: true });
    try {
      const text = await showOverview(page, { lang: 'en', counts });
      assert.match(text, /Samordnade individuella planer \(SIP\)/);
      assert.deepEqual(await page.evaluate(() => window.unhandled), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });
});

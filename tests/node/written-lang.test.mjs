// Texts people wrote keep the language they were written in: on the demo's
// English pages, the kommun's Swedish action plan, the user organisations'
// Swedish views and a Swedish SIP sit inside an element with lang="sv", so a
// screen reader reads them with a Swedish voice, while the elements' own words
// are English. In Swedish, nothing is marked.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildIfMissing, startBrowser, stopBrowser } from '../helpers/browser.mjs';

let server;
let base;
let browser;

before(async () => {
  buildIfMissing();
  ({ browser, server, url: base } = await startBrowser({ root: '.', port: 8660 }));
});

after(() => stopBrowser({ browser, server }));

/** Waits until every Samsyn element on the page is defined and has finished rendering, shadow roots included. */
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 0 });
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      const samsyn = all(document).filter((el) => el.localName.startsWith('samsyn-'));
      await Promise.all(samsyn.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(samsyn.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  });
}

/**
 * The language each text is read in, inside the element `tag`: the `lang` of the nearest element
 * around the first text node that contains it, up through shadow roots to <html>.
 */
function languagesOf(page, tag, texts) {
  return page.evaluate(
    (tag, texts) => {
      const host = document.querySelector(tag);
      const nodes = [];
      const walk = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(host.shadowRoot);
      return Object.fromEntries(
        texts.map((text) => {
          const node = nodes.find((n) => n.textContent.includes(text));
          if (!node) return [text, 'not found'];
          for (let el = node.parentElement; el; el = el.parentElement ?? el.getRootNode().host ?? null) {
            if (el.getAttribute('lang')) return [text, el.getAttribute('lang')];
          }
          return [text, null];
        }),
      );
    },
    tag,
    texts,
  );
}

async function inEnglish(path, run) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    const swedish = await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      return all(document)
        .filter((el) => el.getRootNode() instanceof ShadowRoot && el.hasAttribute('lang'))
        .map((el) => `${el.getRootNode().host.localName} ${el.localName}[lang=${el.getAttribute('lang')}]`);
    });
    assert.deepEqual(swedish, [], 'in Swedish, the elements mark no text');
    await page.click('[data-switch-lang]');
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await run(page);
  } finally {
    await context.close();
  }
}

describe('the language of written texts on English pages', () => {
  test('handlingsplan.html: the plan and the views in Swedish, the elements’ own words in English', async () => {
    await inEnglish('/demo/handlingsplan.html', async (page) => {
      assert.deepEqual(
        await languagesOf(page, 'samsyn-action-plan', [
          'Inventera behovet av bostäder med särskild service',
          'Boendestödet behövs även på kvällar och helger',
          'Not started',
          'Goal',
        ]),
        {
          'Inventera behovet av bostäder med särskild service': 'sv',
          'Boendestödet behövs även på kvällar och helger': 'sv',
          'Not started': 'en',
          Goal: 'en',
        },
      );
      assert.deepEqual(
        await languagesOf(page, 'samsyn-participation', ['Boendestödet behövs även på kvällar och helger', 'User involvement']),
        { 'Boendestödet behövs även på kvällar och helger': 'sv', 'User involvement': 'en' },
      );
    });
  });

  test('sip.html: one person’s plan in Swedish, the element’s own words in English', async () => {
    await inEnglish('/demo/sip.html', async (page) => {
      const tag = 'samsyn-sip-status[mode="plan"]';
      assert.ok(await page.$(tag), 'the page shows a plan');
      assert.deepEqual(
        await languagesOf(page, tag, ['Stöd i att behålla lägenheten', 'Bo kvar i egen lägenhet', 'Boendestöd två gånger i veckan', 'Needs']),
        {
          'Stöd i att behålla lägenheten': 'sv',
          'Bo kvar i egen lägenhet': 'sv',
          'Boendestöd två gånger i veckan': 'sv',
          Needs: 'en',
        },
      );
    });
  });
});

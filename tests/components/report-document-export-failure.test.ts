import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/report-document/report-document.js';
import type { SamsynReportDocument } from '../../src/components/report-document/report-document.js';
import { generateRecords } from '../../src/aggregate/index.js';
import type { SamsynErrorDetail } from '../../src/components/shared/events.js';

/*
 * The Word export's module cannot be fetched (a broken network, a failed deploy): the test server answers 503
 * for it while the page holds the cookie (web-test-runner.config.mjs, unreachableFiles). In a file of its own,
 * because a module that failed to load may stay failed for the rest of the page.
 */
const EXPORT_MODULE = '/src/components/report-document/docx.ts';

const records = generateRecords({ count: 60, seed: 5 });
const root = (el: Element) => el.shadowRoot!;
const button = (el: Element, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes(text))!;

describe('samsyn-report-document when the Word export cannot be fetched', () => {
  before(() => {
    document.cookie = `samsyn-unreachable=${encodeURIComponent(EXPORT_MODULE)}; path=/`;
  });
  after(() => {
    document.cookie = 'samsyn-unreachable=; path=/; max-age=0';
  });

  it('says so where the person is, emits export-failed, and the document keeps working', async () => {
    const el = await fixture<SamsynReportDocument>(
      html`<samsyn-report-document lang="sv" kommun="Norrviks kommun" period="2026" .records=${records}></samsyn-report-document>`,
    );
    await el.settled();
    const headings = () => [...root(el).querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.textContent.trim());
    const shown = headings();
    expect(shown.length, 'the document has its parts').to.be.greaterThan(1);
    const word = button(el, 'Word');
    const failed = oneEvent(el, 'samsyn-error');
    word.click();
    const event = (await failed) as CustomEvent<SamsynErrorDetail>;
    expect(event.detail.reason).to.equal('export-failed');
    expect(event.detail.message).to.equal('Word-filen kunde inte skapas. Försök igen, eller skriv ut som PDF.');

    // The status beside the button says what happened and what to do; the button can be pressed again.
    const status = root(el).querySelector('[role="status"].export-status')!;
    await waitUntil(() => status.textContent.includes('kunde inte skapas'), 'the failure is said in the status');
    await el.updateComplete;
    expect(word.disabled).to.equal(false);

    // Nothing else was lost: the document shows what it showed, and printing is still offered.
    expect(headings()).to.deep.equal(shown);
    expect(button(el, 'Skriv ut').disabled).to.equal(false);

    // A portal calling the method itself gets a rejection, and the same event.
    const again = oneEvent(el, 'samsyn-error');
    let rejected: unknown;
    await el.exportDocx({ download: false }).catch((error: unknown) => (rejected = error));
    expect(rejected, 'exportDocx() rejects').to.be.instanceOf(Error);
    expect(((await again) as CustomEvent<SamsynErrorDetail>).detail.reason).to.equal('export-failed');
  });
});

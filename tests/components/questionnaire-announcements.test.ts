import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/questionnaire/questionnaire.js';
import '../../src/components/inventory-form/inventory-form.js';
import type { SamsynQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { choose, deepActive, errorLinks, errorSummary, press, root, settle, testDefinition, type } from './questionnaire-helpers.js';

/**
 * What a screen reader is told, read from the DOM as it changes: which
 * alerts are inserted (or given `role="alert"`), and which changes happen
 * inside an alert that is already on the page, each of which an alert
 * announces again.
 */
function watchAlerts(el: SamsynQuestionnaire) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-live'] });
  const isAlert = (node: Element) => node.getAttribute('role') === 'alert' || node.getAttribute('aria-live') === 'assertive';
  return {
    /** What happened since the last call. */
    take() {
      records.push(...observer.takeRecords());
      const inserted = new Set<Element>();
      let changedInAlert = 0;
      let changedInSummary = 0;
      for (const record of records.splice(0)) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        if (record.type === 'attributes') {
          if (target && isAlert(target)) inserted.add(target);
          continue;
        }
        for (const node of record.addedNodes) {
          if (node instanceof Element) for (const e of [node, ...node.querySelectorAll('*')]) if (isAlert(e)) inserted.add(e);
        }
        if (target?.closest('[role="alert"], [aria-live="assertive"]')) changedInAlert++;
        if (target?.closest('[part~="error-summary"]')) changedInSummary++;
      }
      return { alerts: [...inserted].filter((e) => e.isConnected), changedInAlert, changedInSummary };
    },
    stop: () => observer.disconnect(),
  };
}

const links = (el: SamsynQuestionnaire) => errorLinks(el).map((a) => a.textContent.trim());

async function form(): Promise<SamsynQuestionnaire> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"><samsyn-questionnaire .definition=${testDefinition}></samsyn-questionnaire></div>`);
  const el = wrapper.querySelector('samsyn-questionnaire')!;
  await el.updateComplete;
  return el;
}

describe('samsyn-questionnaire: what a screen reader is told', () => {
  describe('the error summary, once per failed attempt', () => {
    it('a failed Next inserts one alert; corrections after it change a plain list without a new alert; the next failed Next inserts a new one', async () => {
      const el = await form();
      const watch = watchAlerts(el);
      try {
        await press(el, 'Nästa');
        let seen = watch.take();
        expect(seen.alerts, 'one alert for the failed Next').to.have.length(1);
        const first = seen.alerts[0];
        expect(errorSummary(el)!.contains(first)).to.be.true;
        expect(deepActive(), 'focus goes to the summary').to.equal(errorSummary(el));
        expect(links(el)).to.have.length(3);

        await choose(el, 'consent', 'yes');
        seen = watch.take();
        expect(seen.alerts, 'no new alert for a correction').to.deep.equal([]);
        expect(seen.changedInAlert, 'nothing changes inside an alert').to.equal(0);
        expect(seen.changedInSummary, 'the summary did change').to.be.greaterThan(0);
        expect(links(el), 'the corrected answer left the list').to.have.length(2);
        expect(errorSummary(el)!.querySelector('[role="alert"], [aria-live]'), 'the list is no longer live').to.equal(null);
        expect(first.isConnected, 'the alert of the failed Next is gone').to.be.false;

        await type(el, 'rooms', '3');
        seen = watch.take();
        expect(seen.alerts).to.deep.equal([]);
        expect(seen.changedInAlert).to.equal(0);
        expect(links(el)).to.have.length(1);
        await expectNoAxeViolations(el);

        await press(el, 'Nästa');
        seen = watch.take();
        expect(seen.alerts, 'the second failed Next is announced').to.have.length(1);
        expect(seen.alerts[0]).not.to.equal(first);
        expect(errorSummary(el)!.contains(seen.alerts[0])).to.be.true;
        expect(deepActive()).to.equal(errorSummary(el));
        const second = seen.alerts[0];

        await press(el, 'Nästa');
        seen = watch.take();
        expect(seen.alerts, 'a third one too, with nothing changed in between').to.have.length(1);
        expect(seen.alerts[0]).not.to.equal(second);
      } finally {
        watch.stop();
      }
    });

    it('a failed submit is announced once; following its link to another step shows the summary there without a new alert', async () => {
      const el = await form();
      await choose(el, 'consent', 'yes');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2].click();
      await settle(el);
      const watch = watchAlerts(el);
      try {
        await press(el, 'Skicka in');
        let seen = watch.take();
        expect(seen.alerts).to.have.length(1);
        expect(deepActive()).to.equal(errorSummary(el));

        errorLinks(el)[2].click();
        await settle(el);
        seen = watch.take();
        expect(links(el), 'the step of the link shows its own error').to.have.length(1);
        expect(seen.alerts, 'moving to it is no new failure').to.deep.equal([]);
        expect(errorSummary(el)!.querySelector('[role="alert"]')).to.equal(null);

        await press(el, 'Nästa');
        seen = watch.take();
        expect(seen.alerts, 'Next on that step fails again, and says so').to.have.length(1);
      } finally {
        watch.stop();
      }
    });

    it('a surrounding form’s failed submit (reportValidity) is one alert too, and a correction after it none', async () => {
      const wrapper = await fixture<HTMLFormElement>(html`<form lang="sv"><samsyn-questionnaire .definition=${testDefinition}></samsyn-questionnaire></form>`);
      const el = wrapper.querySelector('samsyn-questionnaire')!;
      await el.updateComplete;
      const watch = watchAlerts(el);
      try {
        await choose(el, 'consent', 'no');
        watch.take();
        expect(wrapper.reportValidity()).to.be.false;
        await settle(el);
        let seen = watch.take();
        expect(seen.alerts).to.have.length(1);
        expect(links(el)).to.have.length(2);

        await choose(el, 'pets', 'cat');
        seen = watch.take();
        expect(seen.alerts).to.deep.equal([]);
        expect(seen.changedInAlert).to.equal(0);
        expect(links(el)).to.have.length(1);
      } finally {
        watch.stop();
      }
    });
  });

  describe('the saved draft', () => {
    const key = 'samsyn-draft:announce:test-form';
    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    async function withDraft(lang = 'sv'): Promise<SamsynQuestionnaire> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<form lang=${lang}><samsyn-questionnaire .definition=${testDefinition} draft-key="announce"></samsyn-questionnaire></form>`,
      );
      const el = wrapper.querySelector('samsyn-questionnaire')!;
      await el.updateComplete;
      return el;
    }
    const status = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="draft-status"]');
    const statusText = (el: Element) => status(el)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const savedAt = (k = key) => new Date((JSON.parse(localStorage.getItem(k)!) as { savedAt: string }).savedAt);
    const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const polite = (region: HTMLElement) => region.getAttribute('role') === 'status' && (region.getAttribute('aria-live') ?? 'polite') === 'polite';

    it('says "Utkast sparat kl. 10:32" in a polite live region that is there before the first save', async () => {
      const el = await withDraft();
      const region = status(el)!;
      expect(region, 'the live region is on the page before it has anything to say').to.exist;
      expect(polite(region), 'role="status": polite').to.be.true;
      expect(statusText(el), 'nothing saved yet').to.equal('');

      await choose(el, 'consent', 'yes');
      await waitUntil(() => statusText(el) !== '', 'the status says the draft is saved');
      expect(statusText(el)).to.match(/^Utkast sparat kl\. ([01]\d|2[0-3]):[0-5]\d$/);
      expect(statusText(el), 'the time of the save, on a 24-hour clock').to.equal(`Utkast sparat kl. ${hhmm(savedAt())}`);
      expect(status(el), 'the same live region, now with words').to.equal(region);
      await expectNoAxeViolations(el);
    });

    it('changes its words, and so is announced, only when the minute of the last save changes: not on every keystroke', async () => {
      const el = await withDraft();
      const region = status(el)!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        const text = statusText(el);
        if (text !== (heard.at(-1) ?? '')) heard.push(text);
      });
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      const saves = new Set<string>();
      const expected: string[] = [];
      const saved = () => {
        const text = `Utkast sparat kl. ${hhmm(savedAt())}`;
        saves.add(savedAt().toISOString());
        if (text !== expected.at(-1)) expected.push(text);
      };
      try {
        const field = root(el).querySelector<HTMLInputElement>('#q-rooms-input')!;
        field.focus();
        for (const key of ['1', '0', 'Backspace', '2', 'Backspace', '3']) {
          await sendKeys({ press: key });
          await el.updateComplete;
          saved();
        }
        await choose(el, 'pets', 'cat', 'dog');
        saved();
        await waitUntil(() => statusText(el) === expected.at(-1), 'the status shows the last save');
        expect(saves.size, 'every keystroke saved the draft').to.be.greaterThan(3);
        expect(heard, 'what the live region said: once per minute of the saves').to.deep.equal(expected);
        expect(heard.length).to.be.lessThan(saves.size);
      } finally {
        observer.disconnect();
      }
    });

    it('speaks English in samsyn-inventory-form with lang="en": "Draft saved at 10:32"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><samsyn-inventory-form draft-key="announce"></samsyn-inventory-form></div>`);
      const el = wrapper.querySelector('samsyn-inventory-form')!;
      await el.updateComplete;
      await choose(el, 'gender', 'woman');
      await waitUntil(() => statusText(el) !== '', 'the status says the draft is saved');
      expect(statusText(el)).to.equal(`Draft saved at ${hhmm(savedAt('samsyn-draft:announce:national-inventory'))}`);
      expect(polite(status(el)!)).to.be.true;
    });

    it('is empty again while nothing is being saved (another tab’s draft waits) and once the draft is removed; there is none without draft-key', async () => {
      const el = await withDraft();
      await choose(el, 'consent', 'no');
      await waitUntil(() => statusText(el) !== '', 'the status says the draft is saved');

      const theirs = { samsynDraft: 1, ref: 'test-form@1', savedAt: new Date().toISOString(), writer: 'another-tab', data: { record: { definition: 'test-form@1', answers: { consent: 'yes' } } } };
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(theirs) }));
      await waitUntil(() => statusText(el) === '', 'no claim that the draft is saved while it is not');
      await press(el, 'Behåll svaren i den här fliken');
      await waitUntil(() => statusText(el) !== '', 'saved again once the person chose');

      el.closest('form')!.reset();
      await waitUntil(() => statusText(el) === '', 'a reset removes the draft, and the status with it');

      const plain = await form();
      expect(status(plain)).to.equal(null);
    });
  });
});

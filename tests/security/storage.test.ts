// Storage faults and drafts: with localStorage blocked (private mode, strict
// settings) or full, the form keeps working and says that drafts are off;
// with the same draft open in two tabs, the later writer is told and nothing
// is overwritten without the person choosing it; a draft that cannot be read
// is set aside, never deleted.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/inventory-form/inventory-form.js';
import type { SamsynInventoryForm } from '../../src/components/inventory-form/inventory-form.js';
import type { SamsynErrorDetail } from '../../src/components/shared/events.js';
import { translate } from '../../src/i18n/catalogs.js';
import { breakStorage, clearDrafts, deepText, storedKeys, watchUncaught, writeFromOtherTab, type StorageFault } from './harness.js';

const KEY = 'samsyn-draft:security-test:national-inventory';

/** A complete record of the national inventory, as a caseworker would submit it. */
const complete = {
  definition: 'national-inventory@1',
  answers: {
    gender: 'woman',
    ageBand: '25-34',
    household: ['alone'],
    psychiatryContact: 'social-services-and-psychiatry',
    cooperation: ['social-services'],
    sip: 'established',
    housing: 'ordinary',
    education: 'unknown',
    occupationStatus: 'unknown',
    occupationDifficulty: 'unknown',
    income: ['unknown'],
    needPsychiatric: '9',
    healthCheck: 'unknown',
    healthProblems: 'unknown',
    dentalProblems: 'unknown',
    relativesSupport: 'unknown',
  },
};

const shadow = (el: Element) => el.shadowRoot!;
const noticeText = (el: Element) => deepText(shadow(el).querySelector('[part~="notice"]')!);

async function form(draftKey = 'security-test'): Promise<SamsynInventoryForm> {
  const el = await fixture<SamsynInventoryForm>(html`<samsyn-inventory-form draft-key=${draftKey}></samsyn-inventory-form>`);
  await el.updateComplete;
  return el;
}

/** Answers a choice on the step shown, the way a person does: a click on the option. */
async function choose(el: SamsynInventoryForm, code: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`input[value="${code}"]`);
  expect(input !== null, `option ${code} is shown`).to.equal(true);
  input!.click();
  await el.updateComplete;
}

async function next(el: SamsynInventoryForm): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('form.step button[type="submit"]')!.click();
  await el.updateComplete;
  await aTimeout(0);
}

/** Goes to the review step and submits; resolves with what the page receives. */
async function submit(el: SamsynInventoryForm): Promise<unknown> {
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.step-link')).at(-1)!.click();
  await el.updateComplete;
  const submitted = oneEvent(el, 'samsyn-submit');
  shadow(el).querySelector<HTMLButtonElement>('form.review button[type="submit"]')!.click();
  return ((await submitted) as CustomEvent<{ value: unknown }>).detail.value;
}

describe('drafts when storage fails', () => {
  let undo: (() => void) | undefined;
  let watch: ReturnType<typeof watchUncaught>;

  beforeEach(() => {
    clearDrafts();
    watch = watchUncaught();
  });
  afterEach(() => {
    undo?.();
    undo = undefined;
    watch.stop();
    expect(watch.errors, 'nothing thrown to the page').to.deep.equal([]);
    clearDrafts();
  });

  const faults: Array<[StorageFault, string]> = [
    ['blocked', 'every call throws a SecurityError'],
    ['no-access', 'reading window.localStorage throws'],
    ['full', 'every write throws a QuotaExceededError'],
  ];
  for (const [fault, how] of faults) {
    it(`${fault} (${how}): the form goes on, says drafts are off, and submits`, async () => {
      undo = breakStorage(fault);
      const errors: SamsynErrorDetail[] = [];
      const el = document.createElement('samsyn-inventory-form');
      el.addEventListener('samsyn-error', (e) => errors.push(e.detail));
      el.setAttribute('draft-key', 'security-test');
      const wrapper = await fixture<HTMLElement>(html`<div>${el}</div>`);
      await el.updateComplete;
      await choose(el, 'woman');
      await choose(el, '25-34');
      await choose(el, 'alone');
      await aTimeout(0);
      await el.updateComplete;
      expect(noticeText(el)).to.contain(translate('sv', 'draftsUnavailable'));
      expect(errors.map((e) => e.reason)).to.deep.equal(['storage-unavailable']);
      // The form itself is untouched: no error in place of it, the answers kept, the next step reached.
      expect(shadow(el).querySelector('[part~="error"]') === null, 'no message in place of the content').to.equal(true);
      expect(el.value?.answers).to.deep.include({ gender: 'woman', ageBand: '25-34' });
      const step = oneEvent(el, 'samsyn-step');
      await next(el);
      expect(((await step) as CustomEvent<{ step: number }>).detail.step).to.equal(2);
      el.value = complete;
      await el.updateComplete;
      expect(await submit(el)).to.deep.equal(complete);
      // Still off after the submit: one notice, one event, not one per keystroke.
      expect(errors.filter((e) => e.reason === 'storage-unavailable')).to.have.length(1);
      expect(wrapper.contains(el)).to.equal(true);
    });
  }

  it('says it in English under lang="en"', async () => {
    undo = breakStorage('blocked');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><samsyn-inventory-form draft-key="security-test"></samsyn-inventory-form></div>`);
    const el = wrapper.firstElementChild as SamsynInventoryForm;
    await el.updateComplete;
    await choose(el, 'woman');
    await aTimeout(0);
    await el.updateComplete;
    expect(noticeText(el)).to.contain(translate('en', 'draftsUnavailable'));
  });

  it('the notice is in a live region, so a screen reader hears it', async () => {
    undo = breakStorage('full');
    const el = await form();
    await choose(el, 'woman');
    await el.updateComplete;
    const region = shadow(el).querySelector('[part~="notice"]')!;
    // A DOM node in a failed assertion is more than the runner can report: compare a boolean.
    const live = region.closest('[role="status"], [role="alert"], [aria-live]') ?? region.querySelector('[role="alert"]');
    expect(live !== null, 'the notice is in a live region').to.equal(true);
  });
});

describe('drafts that work', () => {
  beforeEach(() => clearDrafts());
  afterEach(() => clearDrafts());

  it('keeps the answers while they are entered and removes them on submit', async () => {
    let el = await form();
    await choose(el, 'woman');
    expect(storedKeys()).to.deep.equal([KEY]);
    el.remove();
    el = await form();
    expect(noticeText(el)).to.contain(translate('sv', 'draftRestored', '').slice(0, 20));
    expect(el.value?.answers).to.deep.equal({ gender: 'woman' });
    el.value = complete;
    await el.updateComplete;
    await submit(el);
    expect(storedKeys()).to.deep.equal([]);
  });

  it('sets a draft it cannot read aside, under a key of its own, and says so', async () => {
    localStorage.setItem(KEY, '{"samsynDraft":1, broken');
    const errors: string[] = [];
    const el = document.createElement('samsyn-inventory-form');
    el.addEventListener('samsyn-error', (e) => errors.push(e.detail.reason));
    el.setAttribute('draft-key', 'security-test');
    await fixture(html`<div>${el}</div>`);
    await el.updateComplete;
    await aTimeout(0);
    expect(noticeText(el)).to.contain(translate('sv', 'draftCorrupt'));
    expect(errors).to.deep.equal(['draft-discarded']);
    const aside = storedKeys().filter((k) => k.startsWith(`${KEY}:set-aside:`));
    expect(aside).to.have.length(1);
    expect(localStorage.getItem(aside[0])).to.equal('{"samsynDraft":1, broken');
  });
});

describe('the same draft in two tabs', () => {
  beforeEach(() => clearDrafts());
  afterEach(() => clearDrafts());

  /** Two forms on one draft key; every write of one reaches the other as another tab's would. */
  async function twoTabs(): Promise<[SamsynInventoryForm, SamsynInventoryForm]> {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <samsyn-inventory-form draft-key="security-test"></samsyn-inventory-form>
      <samsyn-inventory-form draft-key="security-test"></samsyn-inventory-form>
    </div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll('samsyn-inventory-form'));
    await first.updateComplete;
    await second.updateComplete;
    return [first, second];
  }
  /** What the browser does after one tab wrote: tells the other tabs. */
  const broadcast = () => writeFromOtherTab(KEY, localStorage.getItem(KEY));

  it('the tab that would write next is told, and its answers do not replace the other’s', async () => {
    const [first, second] = await twoTabs();
    await choose(first, 'woman');
    const firstDraft = localStorage.getItem(KEY);
    expect(firstDraft).to.contain('woman');
    broadcast();
    await second.updateComplete;
    expect(noticeText(second)).to.contain(translate('sv', 'draftConflict', '').slice(0, 25));
    // The first tab is not told about its own write.
    expect(noticeText(first)).to.not.contain(translate('sv', 'draftConflict', '').slice(0, 25));
    await choose(second, 'man');
    await choose(second, '65-plus');
    expect(localStorage.getItem(KEY), 'the other tab’s draft is still there').to.equal(firstDraft);
    // Nothing typed in this tab is lost either: it is kept on the page until the person chooses.
    expect(second.value?.answers).to.deep.include({ gender: 'man', ageBand: '65-plus' });
  });

  it('keeping this tab’s answers writes them, by the person’s choice', async () => {
    const [first, second] = await twoTabs();
    await choose(first, 'woman');
    broadcast();
    await second.updateComplete;
    await choose(second, 'man');
    const keep = Array.from(shadow(second).querySelectorAll('button')).find((b) => b.textContent.includes(translate('sv', 'draftKeepMine')))!;
    keep.click();
    await second.updateComplete;
    expect(localStorage.getItem(KEY)).to.contain('"man"');
    // Now the first tab is the one that is told.
    broadcast();
    await first.updateComplete;
    expect(noticeText(first)).to.contain(translate('sv', 'draftConflict', '').slice(0, 25));
  });

  it('loading the other tab’s answers shows them here', async () => {
    const [first, second] = await twoTabs();
    await choose(first, 'woman');
    await choose(first, '45-54');
    broadcast();
    await second.updateComplete;
    const load = Array.from(shadow(second).querySelectorAll('button')).find((b) => b.textContent.includes(translate('sv', 'draftLoadTheirs')))!;
    load.click();
    await second.updateComplete;
    expect(second.value?.answers).to.deep.include({ gender: 'woman', ageBand: '45-54' });
  });

  it('a submit in the other tab is told, not hidden', async () => {
    const [first, second] = await twoTabs();
    await choose(first, 'woman');
    writeFromOtherTab(KEY, null);
    await second.updateComplete;
    expect(noticeText(second)).to.contain(translate('sv', 'draftClearedElsewhere'));
  });
});

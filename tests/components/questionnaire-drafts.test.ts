import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/inventory-form/inventory-form.js';
import type { SamsynInventoryForm } from '../../src/components/inventory-form/inventory-form.js';
import type { SamsynErrorDetail } from '../../src/components/shared/events.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { button, choose, input, press, root, settle, stepHeading } from './questionnaire-helpers.js';

const KEY = 'samsyn-draft:test:national-inventory';

function stored(key = KEY): { ref: string; writer: string; data: { record: { answers: Record<string, unknown> }; step?: string } } | null {
  const json = localStorage.getItem(key);
  return json === null ? null : (JSON.parse(json) as never);
}

function envelope(answers: Record<string, unknown>, options: { ref?: string; writer?: string; step?: string; savedAt?: string } = {}) {
  const ref = options.ref ?? 'national-inventory@1';
  return JSON.stringify({
    samsynDraft: 1,
    ref,
    // A draft saved a minute ago: drafts older than the form's draft-ttl are removed unread.
    savedAt: options.savedAt ?? new Date(Date.now() - 60_000).toISOString(),
    writer: options.writer ?? 'another-tab',
    data: { record: { definition: ref, answers }, ...(options.step ? { step: options.step } : {}) },
  });
}

async function withDraft(): Promise<SamsynInventoryForm> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><samsyn-inventory-form draft-key="test"></samsyn-inventory-form></div>`);
  const el = wrapper.querySelector('samsyn-inventory-form')!;
  await el.updateComplete;
  return el;
}

const notice = (el: SamsynInventoryForm) => root(el).querySelector('[part~="notice"]')!.textContent.replace(/\s+/g, ' ').trim();
const setAsideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:set-aside:`));

describe('samsyn-questionnaire drafts (draft-key)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps the answers as they are entered and restores them, and the step, after the element is re-created', async () => {
    const first = await withDraft();
    await choose(first, 'gender', 'man');
    await choose(first, 'ageBand', '45-54');
    expect(stored()!.data.record.answers).to.deep.equal({ gender: 'man', ageBand: '45-54' });
    await choose(first, 'household', 'unknown');
    await press(first, 'Nästa');
    expect(stored()!.data.step).to.equal('cooperation');
    first.parentElement!.remove();

    const again = await withDraft();
    expect(again.value!.answers).to.deep.equal({ gender: 'man', ageBand: '45-54', household: ['unknown'] });
    expect(stepHeading(again)).to.equal('Steg 2 av 9 Samverkan');
    expect(notice(again), 'the notice says when it was saved').to.match(
      /^Svaren från ett sparat utkast \(\d+ \p{L}+ \d{4} kl\. \d\d:\d\d\) har lästs in\./u,
    );
  });

  it('is cleared on submit', async () => {
    const el = await withDraft();
    el.value = {
      definition: 'national-inventory@1',
      answers: {
        gender: 'woman', ageBand: '25-34', household: ['alone'], psychiatryContact: 'unknown', cooperation: ['social-services'],
        sip: 'missing', housing: 'ordinary', education: 'unknown', occupationStatus: 'had-not', occupationDifficulty: 'mild',
        income: ['other'], needPsychiatric: '9', healthCheck: 'unknown', healthProblems: 'unknown', dentalProblems: 'no',
        relativesSupport: 'no-support',
      },
    };
    await settle(el);
    root(el).querySelectorAll<HTMLButtonElement>('nav button')[8].click();
    await settle(el);
    expect(stored()).to.not.equal(null);
    const submitted = oneEvent(el, 'samsyn-submit');
    button(el, 'Skicka in').click();
    await submitted;
    expect(stored()).to.equal(null);
  });

  it('can be thrown away from its notice, to start on another person', async () => {
    localStorage.setItem(KEY, envelope({ gender: 'woman' }));
    const el = await withDraft();
    expect(el.value!.answers).to.deep.equal({ gender: 'woman' });
    await press(el, 'Börja om med ett tomt formulär');
    expect(el.value!.answers).to.deep.equal({});
    expect(stored()).to.equal(null);
    expect(notice(el)).to.equal('');
  });

  it('sets a corrupt draft aside under another key with a notice, and the form works on', async () => {
    localStorage.setItem(KEY, '{"samsynDraft":1, "ref": "national-inv');
    setTimeout(() => void withDraft());
    const { detail } = await oneEvent<CustomEvent<SamsynErrorDetail>>(document, 'samsyn-error');
    expect(detail.reason).to.equal('draft-discarded');
    const el = document.querySelector('samsyn-inventory-form')!;
    await settle(el);
    expect(notice(el)).to.contain('Ett sparat utkast gick inte att läsa. Det har lagts undan och används inte.');
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).to.deep.equal(['{"samsynDraft":1, "ref": "national-inv']);
    expect(el.value!.answers).to.deep.equal({});
    await choose(el, 'gender', 'woman');
    expect(stored()!.data.record.answers).to.deep.equal({ gender: 'woman' });
    expect(setAsideKeys(), 'the set-aside draft is kept').to.have.length(1);
    await expectNoAxeViolations(el);
  });

  it('sets aside a draft of another version of the definition, naming the version', async () => {
    const old = envelope({ gender: 'woman' }, { ref: 'national-inventory@0' });
    localStorage.setItem(KEY, old);
    const el = await withDraft();
    await settle(el);
    expect(notice(el)).to.contain('hör till en annan version av formuläret (national-inventory@0)');
    expect(el.value!.answers).to.deep.equal({});
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).to.deep.equal([old]);
    await press(el, 'Stäng meddelandet');
    expect(notice(el)).to.equal('');
  });

  it('works without drafts when storage is blocked, and says so', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const errors: string[] = [];
      document.addEventListener('samsyn-error', (e) => errors.push((e as CustomEvent<SamsynErrorDetail>).detail.reason), { once: true });
      const el = await withDraft();
      await settle(el);
      expect(notice(el)).to.contain('Utkast kan inte sparas i den här webbläsaren');
      expect(errors).to.deep.equal(['storage-unavailable']);
      await choose(el, 'gender', 'man');
      expect(el.value!.answers).to.deep.equal({ gender: 'man' });
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('turns drafts off with a notice when storage is full, and keeps every answer', async () => {
    const el = await withDraft();
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    });
    try {
      await choose(el, 'gender', 'man');
      await settle(el);
      expect(notice(el)).to.contain('lagringen är avstängd eller full');
      await choose(el, 'ageBand', '18-24');
      expect(el.value!.answers).to.deep.equal({ gender: 'man', ageBand: '18-24' });
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', setItem);
    }
  });

  describe('kept no longer than needed', () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

    it('removes a draft older than draft-ttl (14 days by default) unread, and says so', async () => {
      localStorage.setItem(KEY, envelope({ gender: 'woman', ageBand: '25-34' }, { savedAt: daysAgo(15) }));
      const el = await withDraft();
      await settle(el);
      expect(el.value!.answers, 'nothing of it is read into the form').to.deep.equal({});
      expect(localStorage.getItem(KEY), 'it is gone from storage').to.equal(null);
      expect(notice(el)).to.contain('Ett sparat utkast som var äldre än 14 dagar har raderats utan att läsas in.');
      await expectNoAxeViolations(el);
    });

    it('keeps a younger draft, and a page may keep drafts longer with draft-ttl', async () => {
      localStorage.setItem(KEY, envelope({ gender: 'woman' }, { savedAt: daysAgo(13) }));
      const young = await withDraft();
      expect(young.value!.answers).to.deep.equal({ gender: 'woman' });
      young.parentElement!.remove();

      localStorage.setItem(KEY, envelope({ gender: 'man' }, { savedAt: daysAgo(40) }));
      const wrapper = await fixture<HTMLDivElement>(html`<div><samsyn-inventory-form draft-key="test" draft-ttl="60"></samsyn-inventory-form></div>`);
      const el = wrapper.querySelector('samsyn-inventory-form')!;
      await settle(el);
      expect(el.value!.answers).to.deep.equal({ gender: 'man' });
    });

    it('has a visible "Radera utkast" button that removes the stored draft at once, keeping the answers on screen', async () => {
      const el = await withDraft();
      const deleteButton = () => [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === 'Radera utkast');
      expect(deleteButton(), 'no button before there is a draft').to.equal(undefined);
      await choose(el, 'gender', 'woman');
      expect(stored()).to.not.equal(null);
      deleteButton()!.click();
      await settle(el);
      expect(localStorage.getItem(KEY), 'the draft is gone').to.equal(null);
      expect(el.value!.answers).to.deep.equal({ gender: 'woman' });
      expect(notice(el)).to.contain('Utkastet är raderat.');
      expect(deleteButton(), 'nothing stored, nothing to delete').to.equal(undefined);
    });
  });

  describe('two forms with the same draft-key on one page', () => {
    it('the second says so in place and with samsyn-error, and keeps its answers apart', async () => {
      const errors: Array<{ target: EventTarget | null; reason: string }> = [];
      const listen = (e: Event) => errors.push({ target: e.target, reason: (e as CustomEvent<SamsynErrorDetail>).detail.reason });
      document.addEventListener('samsyn-error', listen);
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><samsyn-inventory-form draft-key="test"></samsyn-inventory-form><samsyn-inventory-form draft-key="test"></samsyn-inventory-form></div>`,
        );
        const [first, second] = Array.from(wrapper.querySelectorAll('samsyn-inventory-form'));
        await settle(first);
        await settle(second);
        expect(notice(first)).to.equal('');
        expect(notice(second)).to.contain('Ett annat formulär på sidan sparar redan sitt utkast under samma nyckel');
        expect(errors.filter((e) => e.target === second).map((e) => e.reason)).to.deep.equal(['draft-key-in-use']);
        await choose(first, 'gender', 'man');
        await choose(second, 'gender', 'woman');
        await choose(second, 'ageBand', '65-plus');
        expect(stored()!.data.record.answers, 'only the first form writes the draft').to.deep.equal({ gender: 'man' });
        expect(second.value!.answers).to.deep.equal({ gender: 'woman', ageBand: '65-plus' });
        expect(first.value!.answers).to.deep.equal({ gender: 'man' });
        await expectNoAxeViolations(second);
      } finally {
        document.removeEventListener('samsyn-error', listen);
      }
    });
  });

  describe('open in two tabs', () => {
    function otherTabWrites(json: string | null) {
      const oldValue = localStorage.getItem(KEY);
      if (json === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, json);
      // The browser sends `storage` only to the other tabs; this one plays the tab that is told.
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue: json, storageArea: localStorage }));
    }

    it('tells this tab when the other one saves, and does not overwrite the other tab’s draft without a choice', async () => {
      const el = await withDraft();
      await choose(el, 'gender', 'man');
      const theirs = envelope({ gender: 'woman', ageBand: '65-plus' });
      otherTabWrites(theirs);
      await settle(el);
      expect(notice(el)).to.contain('Formuläret är öppet i en annan flik');
      await choose(el, 'ageBand', '18-24');
      expect(localStorage.getItem(KEY), 'the other tab’s draft is left as it was').to.equal(theirs);
      expect(el.value!.answers, 'this tab keeps its answers meanwhile').to.deep.equal({ gender: 'man', ageBand: '18-24' });
      await expectNoAxeViolations(el);

      await press(el, 'Hämta svaren från den andra fliken');
      expect(el.value!.answers).to.deep.equal({ gender: 'woman', ageBand: '65-plus' });
      expect(input(el, 'ageBand', '65-plus').checked).to.be.true;
      expect(notice(el)).to.equal('');
      await choose(el, 'household', 'alone');
      expect(stored()!.data.record.answers, 'saving resumes').to.deep.equal({
        gender: 'woman',
        ageBand: '65-plus',
        household: ['alone'],
      });
    });

    it('keeps this tab’s answers when asked to, writing them over the other tab’s on purpose', async () => {
      const el = await withDraft();
      await choose(el, 'gender', 'man');
      otherTabWrites(envelope({ gender: 'woman' }));
      await settle(el);
      await press(el, 'Behåll svaren i den här fliken');
      expect(stored()!.data.record.answers).to.deep.equal({ gender: 'man' });
      expect(stored()!.writer).to.not.equal('another-tab');
      expect(notice(el)).to.equal('');
    });

    it('says so when the other tab submits or clears the draft', async () => {
      const el = await withDraft();
      await choose(el, 'gender', 'man');
      otherTabWrites(null);
      await settle(el);
      expect(notice(el)).to.contain('Utkastet skickades in eller rensades i en annan flik');
      expect(el.value!.answers).to.deep.equal({ gender: 'man' });
    });

    it('ignores its own writes', async () => {
      const el = await withDraft();
      await choose(el, 'gender', 'man');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY), storageArea: localStorage }));
      await settle(el);
      expect(notice(el)).to.equal('');
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { z } from 'zod';
import { InputController } from '../../../src/components/shared/input.js';
import { SamsynElement } from '../../../src/components/shared/samsyn-element.js';
import type { SamsynErrorDetail } from '../../../src/components/shared/events.js';

const nameSchema = z.object({ name: z.string({ message: 'Namnet ska vara text.' }) });
type Named = z.infer<typeof nameSchema>;

/** Where the probe's schema comes from when it is fetched: each fetch is one the test settles. */
let fetches: Array<{ resolve: (schema: typeof nameSchema) => void; reject: (error: Error) => void }> = [];

/** A host with one property checked with its schema; with `fetched`, the schema is fetched for each check, as on first use. */
class InputProbe extends SamsynElement {
  @property({ attribute: false }) value: unknown;
  fetched = false;
  readonly input = new InputController<Named>(this, {
    property: 'value',
    check: (value) =>
      this.fetched
        ? new Promise<typeof nameSchema>((resolve, reject) => fetches.push({ resolve, reject })).then((schema) => schema.safeParse(value))
        : nameSchema.safeParse(value),
    locale: () => this.localize.locale,
    message: () => (this.localize.locale === 'en' ? 'The value cannot be shown.' : 'Värdet kan inte visas.'),
    loadFailed: () => 'Kontrollen kunde inte hämtas.',
    track: (work) => this.track(work),
  });

  protected override prepare(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.input.set(this.value);
    const problem = this.input.problem;
    if (problem) this.reportProblem(problem);
    else this.clearProblem();
  }

  protected renderContent() {
    return html`<p>${this.input.value?.name ?? 'Inget namn'}</p>`;
  }
}
customElements.define('input-probe', InputProbe);

const shown = (el: InputProbe) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('InputController (controller)', () => {
  beforeEach(() => (fetches = []));

  it('shows a value that passes, and for one that does not a message in place and one samsyn-error with the issues', async () => {
    const el = await fixture<InputProbe>(html`<input-probe .value=${{ name: 'Ada' }}></input-probe>`);
    expect(shown(el)).to.equal('Ada');
    const event = oneEvent(el, 'samsyn-error');
    el.value = { name: 7 };
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    await el.updateComplete;
    expect(detail.reason).to.equal('invalid-value');
    expect(detail.property).to.equal('value');
    expect(detail.issues?.map((i) => i.message)).to.deep.equal(['Namnet ska vara text.']);
    expect(shown(el)).to.contain('Värdet kan inte visas.');
    el.value = undefined;
    await el.updateComplete;
    expect(shown(el), 'no value passes').to.equal('Inget namn');
  });

  it('the message is in the language of the moment it is shown', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><input-probe .value=${{ name: 7 }}></input-probe></div>`);
    const el = wrapper.querySelector<InputProbe>('input-probe')!;
    await el.updateComplete;
    expect(shown(el)).to.contain('Värdet kan inte visas.');
    wrapper.lang = 'en';
    await waitUntil(() => shown(el).includes('The value cannot be shown.'), 'the message in English');
  });

  it('updateComplete waits for a check whose schema is fetched, and an older check that ends later is dropped', async () => {
    const el = await fixture<InputProbe>(html`<input-probe></input-probe>`);
    el.fetched = true;
    el.value = { name: 'Först' };
    await waitUntil(() => fetches.length === 1, 'the first check waits');
    el.value = { name: 'Sist' };
    await waitUntil(() => fetches.length === 2, 'the second check waits');
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    fetches[1].resolve(nameSchema);
    await waitUntil(() => shown(el) === 'Sist', 'the newer value is shown');
    await Promise.resolve();
    expect(done, 'updateComplete waits for the older check too').to.equal(false);
    fetches[0].resolve(nameSchema);
    await complete;
    expect(shown(el), 'the older value does not come back').to.equal('Sist');
  });

  it('a schema that cannot be fetched is a load-failed problem', async () => {
    const el = await fixture<InputProbe>(html`<input-probe></input-probe>`);
    el.fetched = true;
    const event = oneEvent(el, 'samsyn-error');
    el.value = { name: 'Ada' };
    await waitUntil(() => fetches.length === 1, 'the check waits');
    fetches[0].reject(new Error('offline'));
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    await el.updateComplete;
    expect(detail.reason).to.equal('load-failed');
    expect(shown(el)).to.contain('Kontrollen kunde inte hämtas.');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { LazyPart } from '../../../src/components/shared/lazy-part.js';
import { SamsynElement } from '../../../src/components/shared/samsyn-element.js';
import type { SamsynErrorDetail } from '../../../src/components/shared/events.js';

/** Where the probe's part comes from: each fetch is one the test settles. */
let fetches: Array<{ resolve: (text: string) => void; reject: (error: Error) => void }> = [];

/** A host with a part fetched when `open` is first set, as an editor is in edit mode. */
class LazyProbe extends SamsynElement {
  @property({ type: Boolean }) open = false;
  readonly lazy = new LazyPart<string>(this, {
    load: () => new Promise<string>((resolve, reject) => fetches.push({ resolve, reject })),
    failure: () => ({ reason: 'load-failed', message: 'Delen kunde inte hämtas.' }),
    track: (work) => this.track(work),
  });

  protected override prepare(): void {
    if (!this.open) this.lazy.reset();
    else this.lazy.request();
    if (this.open && this.lazy.problem) this.reportProblem(this.lazy.problem);
    else this.clearProblem();
  }

  protected renderContent() {
    return html`<p>${this.open ? (this.lazy.part ?? 'Hämtar…') : 'Stängd'}</p>`;
  }
}
customElements.define('lazy-probe', LazyProbe);

const shown = (el: LazyProbe) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('LazyPart (controller)', () => {
  beforeEach(() => (fetches = []));

  it('fetches nothing until the part is wanted, then once; updateComplete waits for it', async () => {
    const el = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    expect(fetches).to.have.length(0);
    el.open = true;
    await waitUntil(() => fetches.length === 1, 'the part is fetched');
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    el.requestUpdate();
    // The update itself is done once its render is in the shadow root; updateComplete still waits for the part.
    await waitUntil(() => shown(el) === 'Hämtar…');
    await Promise.resolve();
    expect(done, 'updateComplete waits for the part').to.equal(false);
    expect(fetches, 'no second fetch while the first is on its way').to.have.length(1);
    fetches[0].resolve('Redigeraren');
    await complete;
    expect(shown(el)).to.equal('Redigeraren');
  });

  it('shows a failed fetch once and fetches again only when the part is wanted anew', async () => {
    const el = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    const event = oneEvent(el, 'samsyn-error');
    el.open = true;
    await waitUntil(() => fetches.length === 1, 'the part is fetched');
    fetches[0].reject(new Error('offline'));
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    await el.updateComplete;
    expect(detail.reason).to.equal('load-failed');
    expect(shown(el)).to.contain('Delen kunde inte hämtas.');
    el.requestUpdate();
    await el.updateComplete;
    expect(fetches, 'not fetched again on every update').to.have.length(1);
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await waitUntil(() => fetches.length === 2, 'fetched anew');
    fetches[1].resolve('Redigeraren');
    await el.updateComplete;
    expect(shown(el)).to.equal('Redigeraren');
  });
});

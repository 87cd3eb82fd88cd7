// The security tests are only as good as their detectors: these prove each
// one fails when it should.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  PAYLOADS,
  breakStorage,
  deepText,
  injectedMarkup,
  resetPayloadFlag,
  settle,
  watchUncaught,
  writeFromOtherTab,
} from './harness.js';

/** Renders its text as markup: the mistake the injection tests look for. */
class UnsafeProbe extends LitElement {
  @property() text = '';
  protected override render() {
    return html`<p>${unsafeHTML(this.text)}</p>`;
  }
}
customElements.define('unsafe-probe', UnsafeProbe);

/** Renders its text the way Lit does by default: as text. */
class SafeProbe extends LitElement {
  @property() text = '';
  protected override render() {
    return html`<p title=${this.text}>${this.text}</p><a href=${this.text}>x</a>`;
  }
}
customElements.define('safe-probe', SafeProbe);

describe('security harness', () => {
  afterEach(resetPayloadFlag);

  it('sees a payload run and the markup it injected into a shadow root', async () => {
    const payload = PAYLOADS.find((p) => p.name === 'img-onerror')!;
    const el = await fixture<UnsafeProbe>(html`<div><unsafe-probe .text=${payload.text}></unsafe-probe></div>`);
    await settle();
    expect(window.samsynPwned).to.equal('img-onerror');
    const found = injectedMarkup(el);
    expect(found.some((f) => f.startsWith('<img> in the shadow root of <unsafe-probe>'))).to.equal(true);
    expect(found.some((f) => f.startsWith('onerror='))).to.equal(true);
  });

  it('finds a javascript: URL bound to an attribute', async () => {
    const el = await fixture<SafeProbe>(html`<safe-probe text="javascript:alert(1)"></safe-probe>`);
    expect(injectedMarkup(el)).to.deep.equal(['href="javascript:alert(1)" on <a> in the shadow root of <safe-probe>']);
  });

  it('finds nothing where every payload is rendered as text, and the text is seen', async () => {
    for (const payload of PAYLOADS.filter((p) => !p.text.startsWith('javascript:'))) {
      const el = await fixture<SafeProbe>(html`<safe-probe .text=${payload.text}></safe-probe>`);
      await settle();
      expect(window.samsynPwned, payload.name).to.equal(undefined);
      expect(injectedMarkup(el), payload.name).to.deep.equal([]);
      expect(deepText(el), payload.name).to.contain(payload.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('counts unhandled rejections', () => {
    const watch = watchUncaught();
    window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: 'probe' }));
    watch.stop();
    expect(watch.errors).to.deep.equal(['unhandledrejection: probe']);
  });

  it('makes localStorage fail in each of the ways browsers do, and undoes it', () => {
    let undo = breakStorage('blocked');
    expect(() => localStorage.getItem('x')).to.throw(DOMException, /insecure/);
    undo();
    undo = breakStorage('full');
    expect(() => localStorage.setItem('x', '1')).to.throw(DOMException).with.property('name', 'QuotaExceededError');
    expect(localStorage.getItem('x')).to.equal(null);
    undo();
    undo = breakStorage('no-access');
    expect(() => window.localStorage).to.throw(DOMException);
    undo();
    localStorage.setItem('samsyn-probe', '1');
    expect(localStorage.getItem('samsyn-probe')).to.equal('1');
    localStorage.removeItem('samsyn-probe');
  });

  it('delivers another tab’s write as a storage event', () => {
    const seen: Array<string | null> = [];
    const listener = (e: StorageEvent) => seen.push(e.key, e.newValue);
    window.addEventListener('storage', listener);
    writeFromOtherTab('samsyn-draft:probe', 'v');
    writeFromOtherTab('samsyn-draft:probe', null);
    window.removeEventListener('storage', listener);
    expect(seen).to.deep.equal(['samsyn-draft:probe', 'v', 'samsyn-draft:probe', null]);
    expect(localStorage.getItem('samsyn-draft:probe')).to.equal(null);
  });
});

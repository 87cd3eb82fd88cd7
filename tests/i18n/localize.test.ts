import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { registerMessages } from '../../src/i18n/catalogs.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import * as common from '../../src/i18n/messages/common.js';

registerMessages(common);

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<p>${this.localize.term('cancel')}</p>`;
  }
}
customElements.define('localized-probe', LocalizedProbe);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LocalizeController', () => {
  it('names a key whose area was never registered, rather than showing nothing', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
      expect(el.localize.term('planNotAPlan')).to.equal('planNotAPlan');
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).to.contain('planNotAPlan');
  });

  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('speaks Swedish by default', async () => {
    const el = await fixture(html`<localized-probe></localized-probe>`);
    expect(text(el)).to.equal('Avbryt');
  });

  it('follows the nearest lang attribute, across shadow roots', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><section><localized-probe></localized-probe></section></div>`);
    expect(text(wrapper.querySelector('localized-probe')!)).to.equal('Cancel');

    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('localized-probe') as LocalizedProbe;
    root.append(inner);
    await inner.updateComplete;
    expect(text(inner)).to.equal('Cancel');
  });

  it('falls back to Swedish for a language it has no catalog for', async () => {
    const el = await fixture(html`<localized-probe lang="fi"></localized-probe>`);
    expect(text(el)).to.equal('Avbryt');
  });

  it('re-renders when lang changes anywhere above it', async () => {
    const wrapper = await fixture(html`<div lang="sv"><localized-probe></localized-probe></div>`);
    const el = wrapper.querySelector('localized-probe') as LocalizedProbe;
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Cancel');
    document.documentElement.setAttribute('lang', 'en');
    wrapper.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Cancel');
    document.documentElement.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Avbryt');
  });
});

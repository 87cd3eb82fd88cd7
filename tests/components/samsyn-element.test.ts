import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { SamsynElement } from '../../src/components/shared/samsyn-element.js';
import type { SamsynErrorDetail } from '../../src/components/shared/events.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

/** An element whose `items` must be an array: the shape of every Samsyn element's data property. */
class BoundaryProbe extends SamsynElement {
  @property({ attribute: false }) items: unknown = [];
  @property({ type: Boolean }) explode = false;

  protected override prepare(): void {
    if (!Array.isArray(this.items)) {
      this.reportProblem({ reason: 'invalid-value', property: 'items', message: 'items must be a list' });
    } else {
      this.clearProblem();
    }
  }

  protected renderContent() {
    if (this.explode) throw new Error('boom in render');
    return html`<ul>${(this.items as string[]).map((i) => html`<li>${i}</li>`)}</ul>`;
  }
}
customElements.define('boundary-probe', BoundaryProbe);

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('SamsynElement error boundary', () => {
  it('renders content when the input is good', async () => {
    const el = await fixture<BoundaryProbe>(html`<boundary-probe .items=${['a', 'b']}></boundary-probe>`);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });

  it('shows a localized message and emits samsyn-error for bad input, without throwing', async () => {
    const el = await fixture<BoundaryProbe>(html`<boundary-probe></boundary-probe>`);
    const event = oneEvent(el, 'samsyn-error');
    el.items = 'not a list';
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    await el.updateComplete;
    expect(detail).to.include({ reason: 'invalid-value', property: 'items' });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(text(el)).to.contain('Den här delen kunde inte visas');
    expect(text(el)).to.contain('items must be a list');
    await expectNoAxeViolations(el);
  });

  it('recovers when a good value arrives', async () => {
    const el = await fixture<BoundaryProbe>(html`<boundary-probe .items=${42}></boundary-probe>`);
    el.items = ['ok'];
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(text(el)).to.equal('ok');
  });

  it('catches an error thrown while rendering and says so in English under lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><boundary-probe></boundary-probe></div>`);
    const el = wrapper.querySelector('boundary-probe') as BoundaryProbe;
    const events: SamsynErrorDetail[] = [];
    el.addEventListener('samsyn-error', (e) => events.push(e.detail));
    el.explode = true;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(events.map((e) => e.reason)).to.deep.equal(['render-failed']);
    expect(text(el)).to.contain('This part could not be shown');
  });
});

describe('SamsynElement after a failed render', () => {
  it('tries again when the input changes', async () => {
    const el = await fixture<BoundaryProbe>(html`<boundary-probe .items=${['x']} explode></boundary-probe>`);
    expect(text(el)).to.contain('boom in render');
    el.explode = false;
    await el.updateComplete;
    expect(text(el)).to.equal('x');
  });
});

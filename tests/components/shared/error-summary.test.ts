import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { errorSummary, type ErrorSummaryEntry } from '../../../src/components/shared/forms/error-summary.js';

/** A form with two fields and the shared error summary above them. */
class SummaryProbe extends LitElement {
  @property({ attribute: false }) entries: ErrorSummaryEntry[] = [];
  @property({ attribute: false }) attempt: number | undefined;

  protected override render() {
    return html`${errorSummary({ title: 'Det finns problem', entries: this.entries, root: this.renderRoot, attempt: this.attempt })}
      <input id="f-name" aria-label="Namn" /><input id="f-date" aria-label="Datum" />`;
  }
}
customElements.define('summary-probe', SummaryProbe);

const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('errorSummary (forms kit)', () => {
  it('renders nothing without problems', async () => {
    const el = await fixture<SummaryProbe>(html`<summary-probe></summary-probe>`);
    expect(el.shadowRoot!.querySelector('[part~="error-summary"]')).to.equal(null);
  });

  it('is one focusable summary with a heading and a link per problem that focuses its field', async () => {
    const el = await fixture<SummaryProbe>(
      html`<summary-probe .entries=${[{ message: 'Fyll i namn.', target: 'f-name' }, { message: 'Något annat.' }]} .attempt=${1}></summary-probe>`,
    );
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(summary.id).to.equal('error-summary');
    expect(summary.tabIndex).to.equal(-1);
    expect(summary.querySelector('h3')!.textContent).to.equal('Det finns problem');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal(['Fyll i namn.', 'Något annat.']);
    expect(summary.querySelectorAll('a')).to.have.length(1);
    summary.querySelector('a')!.click();
    expect(deepActive()!.id).to.equal('f-name');
  });

  it('announces each failed attempt once: a new alert per attempt, none after an edit', async () => {
    const el = await fixture<SummaryProbe>(html`<summary-probe .entries=${[{ message: 'Fyll i namn.', target: 'f-name' }]} .attempt=${1}></summary-probe>`);
    const alertOf = () => el.shadowRoot!.querySelector('[part~="error-summary"] [role="alert"]');
    const first = alertOf();
    expect(first).to.not.equal(null);
    el.entries = [{ message: 'Fyll i namn.', target: 'f-name' }, { message: 'Fyll i datum.', target: 'f-date' }];
    await el.updateComplete;
    expect(alertOf(), 'the same attempt keeps its alert').to.equal(first);
    el.attempt = 2;
    await el.updateComplete;
    expect(alertOf()).to.not.equal(null);
    expect(alertOf(), 'a new attempt is a new alert').to.not.equal(first);
    el.attempt = undefined;
    await el.updateComplete;
    expect(alertOf(), 'after an edit the list is no longer live').to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });
});

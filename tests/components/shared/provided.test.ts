import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import '../../../src/components/context/context.js';
import type { SamsynContext } from '../../../src/components/context/context.js';
import { Provided } from '../../../src/components/shared/provided.js';
import type { Definition } from '../../../src/schema/questionnaire.js';
import type { Population } from '../../../src/schema/aggregate-result.js';

/** A host that shows what it reads and records each change it is told of. */
class ProvidedProbe extends Provided(LitElement, ['definition', 'minCount', 'population']) {
  @property({ attribute: false }) definition: Definition | undefined;
  @property({ type: Number, attribute: 'min-count' }) minCount: number | undefined;
  @property({ attribute: false }) population: Population | undefined;
  readonly changes: string[][] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push([...changed.keys()].map(String).sort());
  }

  protected override render() {
    return html`<p>${this.definition?.id ?? '–'} ${this.minCount ?? '–'} ${this.population?.total ?? '–'}</p>`;
  }
}
customElements.define('provided-probe', ProvidedProbe);

const definition = (id: string) => ({ id, version: '1' }) as unknown as Definition;
const shown = (el: ProvidedProbe) => el.shadowRoot!.querySelector('p')!.textContent.replace(/\s+/g, ' ').trim();

describe('Provided (mixin)', () => {
  it('reads what a surrounding samsyn-context provides where the element has no value of its own', async () => {
    const context = await fixture<SamsynContext>(html`<samsyn-context .definition=${definition('kommun')} min-count="3" .population=${{ total: 900, groups: {} }}>
      <provided-probe></provided-probe>
    </samsyn-context>`);
    const probe = context.querySelector<ProvidedProbe>('provided-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('kommun 3 900');
  });

  it('tells the element of a change of the provided value as a change of its property', async () => {
    const context = await fixture<SamsynContext>(html`<samsyn-context .definition=${definition('first')}><provided-probe></provided-probe></samsyn-context>`);
    const probe = context.querySelector<ProvidedProbe>('provided-probe')!;
    await probe.updateComplete;
    probe.changes.length = 0;
    context.definition = definition('second');
    await context.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('second – –');
    expect(probe.changes).to.deep.equal([['definition']]);
    context.minCount = 10;
    await context.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('second 10 –');
    expect(probe.changes.at(-1)).to.deep.equal(['minCount']);
  });

  it('keeps the element’s own value over the provided one, and is not told of changes it does not see', async () => {
    const context = await fixture<SamsynContext>(html`<samsyn-context .definition=${definition('page')} min-count="3">
      <provided-probe .definition=${definition('own')}></provided-probe>
    </samsyn-context>`);
    const probe = context.querySelector<ProvidedProbe>('provided-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('own 3 –');
    probe.changes.length = 0;
    context.definition = definition('page-2');
    await context.updateComplete;
    await probe.updateComplete;
    // (The context consumer may ask for an update of its own; none of it is a change of the definition.)
    expect(probe.changes.flat()).to.not.include('definition');
    expect(shown(probe)).to.equal('own 3 –');
    // Without its own value the element falls back to the provided one.
    probe.definition = undefined;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('page-2 3 –');
  });

  it('works alone, with its own properties only', async () => {
    const probe = await fixture<ProvidedProbe>(html`<provided-probe min-count="4"></provided-probe>`);
    expect(shown(probe)).to.equal('– 4 –');
  });

  it('takes the provided values when it is moved into a samsyn-context', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><provided-probe></provided-probe><samsyn-context min-count="6"></samsyn-context></div>`);
    const probe = wrapper.querySelector<ProvidedProbe>('provided-probe')!;
    const context = wrapper.querySelector<SamsynContext>('samsyn-context')!;
    expect(shown(probe)).to.equal('– – –');
    context.append(probe);
    await probe.updateComplete;
    expect(shown(probe)).to.equal('– 6 –');
  });
});

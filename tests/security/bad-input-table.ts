/**
 * The table the bad-input tests drive every element through: for each
 * property that takes data from the page, each bad value must give a message
 * in place and a `samsyn-error`, throw nothing to the page, and leave the rest
 * of the page (another instance beside it, a plain button) working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { deepText, expectProblemShown, watchUncaught } from './harness.js';

export type Values = Array<{ name: string; value: unknown }>;

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export interface ElementCase {
  tag: string;
  /** Sets good data, so that a bad value is a change from a working state. */
  good(el: HTMLElement): void;
  /** Text the element shows with its good data. */
  shows: string;
  /** Properties whose bad values must each give a message. */
  properties: Record<string, Values>;
}

/** Sets `value` on `el`; a throwing setter is what the test is for, so it is counted, not propagated. */
function assign(el: HTMLElement, property: string, value: unknown, errors: string[]): void {
  try {
    (el as unknown as Record<string, unknown>)[property] = value;
  } catch (error) {
    errors.push(`setter threw: ${String(error)}`);
  }
}

/** Until `el` shows `text` (records are aggregated off the main thread): a condition, not a time, however busy the machine. */
async function showing(el: HTMLElement, text: string): Promise<void> {
  while (!deepText(el).includes(text)) {
    await (el as Updatable).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await (el as Updatable).updateComplete;
}

export function badInputTable(cases: ElementCase[]): void {
  for (const c of cases) {
    describe(`<${c.tag}> given bad data`, () => {
      for (const [property, values] of Object.entries(c.properties)) {
        for (const { name, value } of values) {
          it(`.${property} = ${name}: a message in place, samsyn-error, nothing thrown, the page works on`, async () => {
            const watch = watchUncaught();
            try {
              const wrapper = await fixture<HTMLElement>(html`<div>
                ${document.createElement(c.tag)} ${document.createElement(c.tag)}
                <button type="button">Sidans egen knapp</button>
              </div>`);
              const [bad, good] = Array.from(wrapper.querySelectorAll<HTMLElement>(c.tag));
              c.good(bad);
              c.good(good);
              await showing(bad, c.shows);
              await expectProblemShown(bad, () => assign(bad, property, value, watch.errors));
              // The page's other instance and its own controls are untouched.
              await showing(good, c.shows);
              expect(deepText(good)).to.contain(c.shows);
              expect(good.shadowRoot!.querySelector('[part~="error"]') === null, 'no message in place of the content').to.equal(true);
              let clicked = false;
              const button = wrapper.querySelector('button')!;
              button.addEventListener('click', () => (clicked = true));
              button.click();
              expect(clicked).to.equal(true);
            } finally {
              watch.stop();
            }
            expect(watch.errors, 'nothing thrown to the page').to.deep.equal([]);
            expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
          });
        }
      }

      const [firstProperty] = Object.keys(c.properties);

      it('says what is wrong in English under lang="en"', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang="en">${document.createElement(c.tag)}</div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        c.good(el);
        await (el as Updatable).updateComplete;
        await expectProblemShown(el, () => assign(el, firstProperty, 42, []), { locale: 'en' });
      });

      it('recovers when good data arrives after bad', async () => {
        const el = await fixture<HTMLElement>(html`${document.createElement(c.tag)}`);
        c.good(el);
        await showing(el, c.shows);
        await expectProblemShown(el, () => assign(el, firstProperty, 42, []));
        c.good(el);
        await showing(el, c.shows);
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no message in place of the content').to.equal(true);
        expect(deepText(el)).to.contain(c.shows);
      });
    });
  }
}

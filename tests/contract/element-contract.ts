/**
 * What every Samsyn element promises a portal, checked the same way for each
 * (as Shoelace's runFormControlBaseTests does for its form controls):
 *
 * - bad input gives a message in the element, in the page's language, and
 *   exactly one `samsyn-error`;
 * - a `lang` switch on the page (sv ↔ en) changes the visible text;
 * - `heading-level` sets the level of the element's first heading;
 * - a form-associated element submits its value under its `name`, is reset by
 *   `form.reset()` and left out of the form's data when disabled;
 * - it is on the page the strict-CSP test (tests/node/csp.test.mjs) drives.
 *
 * The examples come from tests/fixtures/elements/<element>.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { deepText, expectProblemShown } from '../security/harness.js';
import type { ElementFixtures } from '../fixtures/elements/types.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Until `el` shows `text`: records may be counted off the main thread, so this waits on a condition, not a time. */
async function showing(el: HTMLElement, text: string): Promise<void> {
  while (!deepText(el).includes(text)) {
    await (el as Updatable).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await (el as Updatable).updateComplete;
}

/** Two frames and a finished update: what an element that reacts to a change has had the chance to do. */
async function settled(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await (el as Updatable).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await (el as Updatable).updateComplete;
}

/** The element with its valid example, inside a wrapper that carries the page's language. */
async function placed(f: ElementFixtures, lang: 'sv' | 'en' = 'sv'): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${document.createElement(f.tag)}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  f.valid(el);
  await showing(el, f.shows[lang]);
  return { wrapper, el };
}

/** The first heading in the element's own shadow root (nested elements' headings are theirs). */
function firstHeading(el: HTMLElement): Element | null {
  return el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
}

function levelOf(heading: Element): number {
  const aria = heading.getAttribute('aria-level');
  return aria ? Number(aria) : Number(heading.localName.slice(1));
}

export function runElementContract(f: ElementFixtures): void {
  describe(`<${f.tag}> keeps the element contract`, () => {
    it(`bad input (${f.bad.name}): a message in place and one samsyn-error`, async () => {
      const { el } = await placed(f);
      let events = 0;
      el.addEventListener('samsyn-error', () => events++);
      await expectProblemShown(el, () => {
        (el as unknown as Record<string, unknown>)[f.bad.property] = f.bad.value;
      });
      await settled(el);
      expect(events, 'samsyn-error events').to.equal(1);
    });

    it('bad input under lang="en": the message is in English', async () => {
      const { el } = await placed(f, 'en');
      await expectProblemShown(
        el,
        () => {
          (el as unknown as Record<string, unknown>)[f.bad.property] = f.bad.value;
        },
        { locale: 'en' },
      );
    });

    it(`a lang switch on the page changes what it shows (${f.shows.sv} ↔ ${f.shows.en})`, async () => {
      const { wrapper, el } = await placed(f, 'sv');
      expect(deepText(el)).to.contain(f.shows.sv);
      wrapper.lang = 'en';
      await showing(el, f.shows.en);
      expect(deepText(el)).to.contain(f.shows.en);
      wrapper.lang = 'sv';
      await showing(el, f.shows.sv);
      expect(deepText(el)).to.contain(f.shows.sv);
    });

    const headingLevel = f.headingLevel;
    if (headingLevel === true || 'upTo' in headingLevel) {
      const upTo = headingLevel === true ? 6 : headingLevel.upTo;
      it(`heading-level sets the level of its first heading (2 to ${upTo}${headingLevel === true ? '' : `: ${headingLevel.reason}`})`, async () => {
        const { el } = await placed(f);
        // Within the range as given; a level above it gives the deepest level it allows.
        for (const [level, expected] of [[3, 3], [5, Math.min(5, upTo)], [upTo, upTo], [2, 2]]) {
          el.setAttribute('heading-level', String(level));
          await settled(el);
          const heading = firstHeading(el);
          expect(heading, 'a heading').to.not.equal(null);
          expect(levelOf(heading!), `heading-level="${level}"`).to.equal(expected);
        }
      });

      const outOfRange = 'heading-level outside its range is brought inside: never the page’s own h1, never a level below h6';
      if (f.gaps?.headingLevelOutOfRange) {
        it.skip(`${outOfRange} (known gap: ${f.gaps.headingLevelOutOfRange})`, () => {});
      } else {
        it(outOfRange, async () => {
          const { el } = await placed(f);
          for (const [level, expected] of [[7, upTo], [1, 2]]) {
            el.setAttribute('heading-level', String(level));
            await settled(el);
            expect(levelOf(firstHeading(el)!), `heading-level="${level}"`).to.equal(expected);
          }
        });
      }
    } else {
      it.skip(`heading-level sets the level of its first heading: not supported, ${headingLevel.unsupported}`, () => {});
    }

    it('is on the page the strict-CSP test opens (tests/fixtures/csp/index.html)', async () => {
      const page = await (await fetch('/tests/fixtures/csp/index.html')).text();
      expect(page).to.contain(`<${f.tag}`);
    });

    const formAssociated = (customElements.get(f.tag) as unknown as { formAssociated?: boolean } | undefined)?.formAssociated === true;
    if (formAssociated) {
      describe('in a <form>', () => {
        async function inForm(): Promise<{ form: HTMLFormElement; fieldset: HTMLFieldSetElement; el: HTMLElement }> {
          const form = await fixture<HTMLFormElement>(html`<form><fieldset>${document.createElement(f.tag)}</fieldset></form>`);
          const el = form.querySelector<HTMLElement>(f.tag)!;
          el.setAttribute('name', 'record');
          f.valid(el);
          await showing(el, f.shows.sv);
          return { form, fieldset: form.querySelector('fieldset')!, el };
        }
        const submitted = (form: HTMLFormElement) => {
          const value = new FormData(form).get('record');
          return typeof value === 'string' ? (JSON.parse(value) as { definition?: string; answers?: Record<string, unknown> }) : null;
        };

        it('its value is in the form data under its name, as JSON', async () => {
          const { form } = await inForm();
          const record = submitted(form);
          expect(record, 'a record under "record"').to.not.equal(null);
          expect(record!.definition).to.be.a('string');
          expect(record!.answers).to.be.an('object');
        });

        it('form.reset() empties it', async () => {
          const { form, el } = await inForm();
          form.reset();
          await settled(el);
          expect(submitted(form)!.answers).to.deep.equal({});
        });

        it('disabled, by itself or by a fieldset, it is left out of the form data', async () => {
          const { form, fieldset, el } = await inForm();
          fieldset.disabled = true;
          await settled(el);
          expect(new FormData(form).has('record'), 'in a disabled fieldset').to.equal(false);
          fieldset.disabled = false;
          await settled(el);
          expect(new FormData(form).has('record')).to.equal(true);
          el.setAttribute('disabled', '');
          await settled(el);
          expect(new FormData(form).has('record'), 'with its own disabled attribute').to.equal(false);
        });
      });
    }
  });
}

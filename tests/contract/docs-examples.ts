/**
 * Every docs example renders as the docs show it: its markup as written, then
 * the very script the docs print (tests/fixtures/elements/docs.ts makes both),
 * run with the example's named values. It must show what it says it shows,
 * with no problem in place, no `samsyn-error`, no console error, and pass axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { deepElements, deepText } from '../security/harness.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { withErrorsCaught } from '../helpers/errors.js';
import { exampleScript } from '../fixtures/elements/docs.js';
import type { DocsExample } from '../fixtures/elements/types.js';

type Updatable = Element & { updateComplete?: Promise<unknown> };
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Problems shown in place under `root`: an unusable input's message (`::part(error)`), nested elements' too. */
const problemsShown = (root: Element): string[] => deepElements(root).filter((el) => el.part.contains('error')).map((el) => deepText(el));

/**
 * Until the example shows `text` or a problem, every Samsyn element in it
 * (nested ones too) updated in between: a condition, not a time.
 */
async function rendered(root: Element, text: string, reported: readonly string[]): Promise<void> {
  const samsynElements = () => deepElements(root).filter((el) => el.localName.startsWith('samsyn-')) as Updatable[];
  while (!deepText(root).includes(text) && !reported.length && !problemsShown(root).length) {
    await Promise.all(samsynElements().map((el) => Promise.resolve(el.updateComplete)));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await Promise.all(samsynElements().map((el) => Promise.resolve(el.updateComplete)));
}

export function runDocsExamples(examples: readonly DocsExample[]): void {
  describe('the docs examples render as the docs show them', () => {
    for (const example of examples) {
      it(`${example.id}: ${example.title} (shows “${example.shows}”)`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const reported: string[] = [];
        wrapper.addEventListener('samsyn-error', (e) => reported.push(`${(e.target as Element).localName}: ${(e as CustomEvent<{ reason: string }>).detail.reason}`));
        const errors = await withErrorsCaught(async () => {
          wrapper.innerHTML = example.html;
          const { names, values, code } = exampleScript(example);
          await new AsyncFunction(...names, code)(...values);
          await rendered(wrapper, example.shows, reported);
        });
        expect(errors, 'console errors').to.deep.equal([]);
        expect(reported, 'samsyn-error events').to.deep.equal([]);
        expect(problemsShown(wrapper), 'problems shown in place').to.deep.equal([]);
        expect(deepText(wrapper), 'what it shows').to.contain(example.shows);
        await expectNoAxeViolations(wrapper);
      });
    }
  });
}

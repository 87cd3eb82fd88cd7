/**
 * A portal themes Samsyn from its own stylesheet only: `--samsyn-*` custom
 * properties on an ancestor and `::part()` rules. The element, its attributes
 * and its shadow styles stay as they are; what a visitor sees changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../src/components/questionnaire/questionnaire.js';
import type { Definition } from '../src/schema/questionnaire.js';
import { expectNoAxeViolations } from './helpers/a11y.js';

const definition: Definition = {
  id: 'theme-check',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Boende', en: 'Housing' },
  sections: [
    {
      id: 'housing',
      title: { sv: 'Boende', en: 'Housing' },
      questions: [
        {
          id: 'housingType',
          kind: 'one',
          label: { sv: 'Hur bor personen?', en: 'How does the person live?' },
          options: [
            { code: 'own', label: { sv: 'Eget boende', en: 'Own home' } },
            { code: 'supported', label: { sv: 'Stödboende', en: 'Supported housing' } },
          ],
        },
      ],
    },
  ],
};

/** A kommun's stylesheet, as it would sit in the portal's CSS file. */
const portalCss = `
  .norrvik {
    --samsyn-font-family: Georgia, 'Times New Roman', serif;
    --samsyn-color-primary: #00607a;
    --samsyn-color-text: #0b3a4a;
    --samsyn-radius: 0px;
  }
  .norrvik samsyn-questionnaire::part(button-primary) {
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .norrvik samsyn-questionnaire::part(question) {
    border-left: 4px solid #00607a;
    padding-left: 12px;
  }
`;

function looks(el: SamsynQuestionnaire) {
  const root = el.shadowRoot!;
  const button = getComputedStyle(root.querySelector('[part~="button-primary"]')!);
  const question = getComputedStyle(root.querySelector('[part~="question"]')!);
  const legend = getComputedStyle(root.querySelector('legend')!);
  return {
    buttonBackground: button.backgroundColor,
    buttonRadius: button.borderTopLeftRadius,
    buttonCase: button.textTransform,
    textFont: legend.fontFamily,
    textColour: legend.color,
    questionBorder: `${question.borderLeftWidth} ${question.borderLeftStyle} ${question.borderLeftColor}`,
  };
}

describe('a portal theme', () => {
  let style: HTMLStyleElement;

  afterEach(() => style?.remove());

  it('changes the look through custom properties and ::part, without touching the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <samsyn-questionnaire .definition=${definition}></samsyn-questionnaire>
    </div>`);
    const el = wrapper.querySelector('samsyn-questionnaire')!;
    await el.updateComplete;
    const attributesBefore = el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`);
    const sheetsBefore = [...el.shadowRoot!.adoptedStyleSheets];

    const neutral = looks(el);
    expect(neutral.buttonBackground, 'the default primary colour').to.equal('rgb(29, 90, 168)');
    expect(neutral.buttonRadius).to.equal('4px');
    expect(neutral.buttonCase).to.equal('none');

    style = document.createElement('style');
    style.textContent = portalCss;
    document.head.append(style);
    wrapper.classList.add('norrvik');

    const themed = looks(el);
    expect(themed.buttonBackground, '--samsyn-color-primary').to.equal('rgb(0, 96, 122)');
    expect(themed.buttonRadius, '--samsyn-radius').to.equal('0px');
    expect(themed.textFont, '--samsyn-font-family').to.match(/^Georgia/);
    expect(themed.textColour, '--samsyn-color-text').to.equal('rgb(11, 58, 74)');
    expect(themed.buttonCase, '::part(button-primary)').to.equal('uppercase');
    expect(themed.questionBorder, '::part(question)').to.equal('4px solid rgb(0, 96, 122)');

    expect(el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`), 'the element is untouched').to.deep.equal(attributesBefore);
    expect(el.shadowRoot!.adoptedStyleSheets).to.deep.equal(sheetsBefore);
    await expectNoAxeViolations(wrapper);

    wrapper.classList.remove('norrvik');
    expect(looks(el), 'removing the theme restores the default look').to.deep.equal(neutral);
  });
});

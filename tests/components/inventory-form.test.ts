import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inventory-form/inventory-form.js';
import type { SamsynInventoryForm } from '../../src/components/inventory-form/inventory-form.js';
import type { SamsynSubmitDetail } from '../../src/components/shared/events.js';
import { inventoryDefinition } from '../../src/definitions/inventory.js';
import { parseInventoryRecord } from '../../src/schema/inventory.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import {
  deepActive,
  errorLinks,
  errorSummary,
  input,
  isButton,
  isInput,
  press,
  root,
  settle,
  stepHeading,
  tabTo,
} from './questionnaire-helpers.js';

const complete = {
  gender: 'woman',
  ageBand: '25-34',
  household: ['alone'],
  psychiatryContact: 'social-services-and-psychiatry',
  cooperation: ['social-services', 'outpatient-psychiatry'],
  sip: 'established',
  housing: 'ordinary-with-support',
  education: 'upper-secondary-complete',
  occupationStatus: 'had',
  occupationTypes: ['municipal-day-activity'],
  occupationDifficulty: 'moderate',
  income: ['activity-compensation'],
  needPsychiatric: '2',
  healthCheck: 'done',
  healthProblems: 'no',
  dentalProblems: 'unknown',
  relativesSupport: 'practical-support',
};

async function inventory(lang = 'sv'): Promise<SamsynInventoryForm> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><samsyn-inventory-form></samsyn-inventory-form></div>`);
  const el = wrapper.querySelector('samsyn-inventory-form')!;
  await el.updateComplete;
  return el;
}

async function goToStep(el: SamsynInventoryForm, index: number) {
  root(el).querySelectorAll<HTMLButtonElement>('nav button')[index].click();
  await settle(el);
}

describe('samsyn-inventory-form', () => {
  it('is the national inventory with nothing to configure', async () => {
    const el = await inventory();
    expect(el.definition).to.equal(inventoryDefinition);
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal(
      'Inventering av behov hos personer med psykisk funktionsnedsättning',
    );
    expect(stepHeading(el)).to.equal('Steg 1 av 9 Bakgrund');
  });

  it('is completed with the keyboard only, from the first step to samsyn-submit, and the record parses', async function () {
    this.timeout(60000);
    const el = await inventory();
    const space = () => sendKeys({ press: 'Space' });
    const arrowDown = async (times: number) => {
      for (let i = 0; i < times; i++) await sendKeys({ press: 'ArrowDown' });
    };
    const nextStep = async (heading: string) => {
      await tabTo(isButton('Nästa'), 'Nästa');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(stepHeading(el)).to.equal(heading);
      expect(deepActive(), 'the new step heading has focus, so "Steg N av M" is announced').to.equal(
        root(el).getElementById('step-heading'),
      );
    };

    // Bakgrund: Space picks the focused radio, arrow keys move within a group. Kön is skipped at first.
    await tabTo(isInput('gender', 'woman'), 'the first option of Kön');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(input(el, 'ageBand', '18-24'));
    await arrowDown(1);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(input(el, 'household', 'alone'));
    await space();

    // Next with Kön unanswered is caught, and the error summary's link leads back to the field.
    await tabTo(isButton('Nästa'), 'Nästa');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActive()).to.equal(errorSummary(el));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(errorLinks(el)[0]);
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal(input(el, 'gender', 'woman'));
    await space();
    await nextStep('Steg 2 av 9 Samverkan');

    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(input(el, 'psychiatryContact', 'social-services-and-psychiatry'));
    await space();
    await sendKeys({ press: 'Tab' });
    await space();
    await tabTo(isInput('cooperation', 'outpatient-psychiatry'), 'Öppenvårdspsykiatri');
    await space();
    await tabTo(isInput('sip'), 'the SIP question');
    await space();
    await nextStep('Steg 3 av 9 Boende');

    // Arrow keys cross the two option groups of the housing question and come back.
    await sendKeys({ press: 'Tab' });
    await arrowDown(6);
    expect(input(el, 'housing', 'placed-in-municipality').checked).to.be.true;
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowUp' });
    await nextStep('Steg 4 av 9 Utbildning');

    await sendKeys({ press: 'Tab' });
    await arrowDown(3);
    await nextStep('Steg 5 av 9 Sysselsättning');

    // "Har haft" brings up the follow-up question on the type of occupation.
    await sendKeys({ press: 'Tab' });
    await space();
    await tabTo(isInput('occupationTypes', 'municipal-day-activity'), 'Kommunal dagverksamhet');
    await space();
    await tabTo(isInput('occupationDifficulty'), 'the difficulty question');
    await arrowDown(2);
    await nextStep('Steg 6 av 9 Försörjning');

    await tabTo(isInput('income', 'activity-compensation'), 'Sjuk- eller aktivitetsersättning');
    await space();
    await nextStep('Steg 7 av 9 Hälsa och behov');

    await sendKeys({ press: 'Tab' });
    await arrowDown(2);
    await sendKeys({ press: 'Tab' });
    await space();
    await sendKeys({ press: 'Tab' });
    await arrowDown(1);
    await sendKeys({ press: 'Tab' });
    await arrowDown(2);
    await nextStep('Steg 8 av 9 Anhöriga');

    await sendKeys({ press: 'Tab' });
    await space();
    await nextStep('Steg 9 av 9 Kontrollera dina svar');

    await tabTo(isButton('Skicka in'), 'Skicka in');
    const submitted = oneEvent(el, 'samsyn-submit');
    await sendKeys({ press: 'Enter' });
    const { value } = (await submitted).detail as SamsynSubmitDetail;
    expect(value).to.deep.equal({ definition: 'national-inventory@1', answers: complete });
    const parsed = parseInventoryRecord(value);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
  });

  it('shows the housing question’s two groups under their own headings, inside the question’s fieldset', async () => {
    const el = await inventory();
    await goToStep(el, 2);
    const question = root(el).querySelector('[data-question="housing"]')!;
    const outer = question.querySelector('fieldset')!;
    expect(outer.querySelector('legend')!.textContent.trim()).to.equal('Boendesituation');
    const groups = [...outer.querySelectorAll('fieldset')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).to.deep.equal([
      'Stadigvarande boende i folkbokföringskommunen',
      'Saknar stadigvarande boende',
    ]);
    expect(groups.map((g) => g.querySelectorAll('input[type="radio"]').length)).to.deep.equal([5, 5]);
    expect(new Set([...outer.querySelectorAll('input')].map((i) => i.name)).size, 'one radio group across both').to.equal(1);
  });

  it('submits the record with a native <form> when its own submit button is used', async () => {
    const f = await fixture<HTMLFormElement>(
      html`<form action="/inventering"><samsyn-inventory-form name="record"></samsyn-inventory-form></form>`,
    );
    const el = f.querySelector('samsyn-inventory-form')!;
    el.value = { definition: 'national-inventory@1', answers: complete };
    await goToStep(el, 8);
    const submitted = new Promise<FormData>((resolve) =>
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        resolve(new FormData(f));
      }),
    );
    await press(el, 'Skicka in');
    const data = await submitted;
    const record = JSON.parse(data.get('record') as string) as unknown;
    expect(parseInventoryRecord(record).success).to.be.true;
    expect(record).to.deep.equal({ definition: 'national-inventory@1', answers: complete });
  });

  describe('has no accessibility violations', () => {
    inventoryDefinition.sections.forEach((section, index) => {
      it(`on step ${index + 1}, ${section.title.sv}`, async () => {
        const el = await inventory();
        el.value = { definition: 'national-inventory@1', answers: { occupationStatus: 'had' } };
        await goToStep(el, index);
        expect(stepHeading(el)).to.contain(section.title.sv);
        await expectNoAxeViolations(el);
      });
    });

    it('on the review step', async () => {
      const el = await inventory();
      el.value = { definition: 'national-inventory@1', answers: complete };
      await goToStep(el, 8);
      expect(stepHeading(el)).to.contain('Kontrollera dina svar');
      await expectNoAxeViolations(el);
    });

    it('in an error state', async () => {
      const el = await inventory();
      await goToStep(el, 4);
      await press(el, 'Nästa');
      expect(errorLinks(el).length).to.equal(2);
      await expectNoAxeViolations(el);
      await goToStep(el, 8);
      await press(el, 'Skicka in');
      expect(errorLinks(el).length).to.equal(16);
      await expectNoAxeViolations(el);
    });

    it('in English', async () => {
      const el = await inventory('en');
      expect(stepHeading(el)).to.equal('Step 1 of 9 Background');
      await press(el, 'Next');
      expect(errorSummary(el)!.textContent).to.contain('There is a problem');
      expect(errorLinks(el)[0].textContent).to.equal('Choose an answer to the question “Gender”.');
      await expectNoAxeViolations(el);
      await goToStep(el, 8);
      expect(stepHeading(el)).to.equal('Step 9 of 9 Check your answers');
      await expectNoAxeViolations(el);
    });
  });
});

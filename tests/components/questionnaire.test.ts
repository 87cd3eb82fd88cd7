import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { SamsynChangeDetail, SamsynErrorDetail, SamsynStepDetail, SamsynSubmitDetail } from '../../src/components/shared/events.js';
import { inventoryDefinition } from '../../src/definitions/inventory.js';
import { extendDefinition, type Definition } from '../../src/schema/questionnaire.js';
import { recordSchemaFor } from '../../src/schema/record.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import {
  button,
  choose,
  deepActive,
  errorLinks,
  errorSummary,
  fieldError,
  input,
  press,
  root,
  settle,
  stepHeading,
  testDefinition,
  type,
} from './questionnaire-helpers.js';

async function form(definition: Definition = testDefinition, lang = 'sv'): Promise<SamsynQuestionnaire> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><samsyn-questionnaire .definition=${definition}></samsyn-questionnaire></div>`,
  );
  const el = wrapper.querySelector('samsyn-questionnaire')!;
  await el.updateComplete;
  return el;
}

/** The schema's message for a question of `record`, as a vendor's server would get it. */
function schemaMessage(definition: Definition, answers: Record<string, unknown>, question: string, locale: 'sv' | 'en' = 'sv') {
  const result = recordSchemaFor(definition, { locale }).safeParse({ definition: `${definition.id}@${definition.version}`, answers });
  return result.error?.issues.find((i) => i.path[1] === question)?.message;
}

describe('samsyn-questionnaire', () => {
  describe('steps', () => {
    it('shows "Steg N av M" with the section title in the step heading, and a step list with the current step', async () => {
      const el = await form();
      await choose(el, 'consent', 'yes');
      expect(stepHeading(el)).to.equal('Steg 1 av 3 Om personen');
      const nav = root(el).querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Formulärets steg');
      const items = [...nav.querySelectorAll('button')];
      expect(items.map((b) => b.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '1 Om personen',
        '2 Fler frågor',
        '3 Kontrollera dina svar',
      ]);
      expect(items[0].getAttribute('aria-current')).to.equal('step');
      expect(items[1].hasAttribute('aria-current')).to.be.false;
    });

    it('moves on with Next, focuses the new step heading, emits samsyn-step, and goes back with Back', async () => {
      const el = await form();
      await choose(el, 'consent', 'yes');
      await choose(el, 'pets', 'cat');
      await type(el, 'rooms', '3');
      const stepped = oneEvent(el, 'samsyn-step');
      await press(el, 'Nästa');
      const detail = (await stepped).detail as SamsynStepDetail;
      expect(detail).to.deep.equal({ step: 2, total: 3, section: 'more' });
      expect(stepHeading(el)).to.equal('Steg 2 av 3 Fler frågor');
      expect(deepActive()).to.equal(root(el).getElementById('step-heading'));
      expect(root(el).querySelector('[aria-current="step"]')!.textContent).to.contain('Fler frågor');

      await press(el, 'Tillbaka');
      expect(stepHeading(el)).to.equal('Steg 1 av 3 Om personen');
      expect(input(el, 'consent', 'yes').checked, 'answers survive navigation').to.be.true;
      expect(input(el, 'rooms').value).to.equal('3');
    });

    it('jumps to any step from the step list, without validating', async () => {
      const el = await form();
      expect(stepHeading(el), 'a section asked only after a "Ja" is not counted yet').to.equal('Steg 1 av 2 Om personen');
      const stepped = oneEvent(el, 'samsyn-step');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[1].click();
      expect(((await stepped).detail as SamsynStepDetail).section).to.equal('review');
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 2 av 2 Kontrollera dina svar');
      expect(errorSummary(el)).to.equal(null);
    });

    it('drops a section whose condition stops holding from the steps, and its answers from the record', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'yes', pets: ['dog'], rooms: 2, mood: 4 } };
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('Steg 1 av 3 Om personen');
      await choose(el, 'consent', 'no');
      expect(stepHeading(el)).to.equal('Steg 1 av 2 Om personen');
      expect(el.value.answers).to.deep.equal({ consent: 'no', pets: ['dog'], rooms: 2 });
    });
  });

  describe('questions', () => {
    it('groups radios and checkboxes in a fieldset with the question as legend and the hint tied to it', async () => {
      const el = await form();
      const fieldset = input(el, 'pets', 'cat').closest('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent.trim()).to.equal('Husdjur');
      const hint = root(el).getElementById(fieldset.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal('Välj alla som stämmer.');
      expect(input(el, 'consent', 'yes').type).to.equal('radio');
      expect(input(el, 'pets', 'cat').type).to.equal('checkbox');
      expect(root(el).querySelector('label[for="q-consent-0"]')!.textContent).to.equal('Ja');
    });

    it('labels a number field and describes its limits and unit', async () => {
      const el = await form();
      const field = input(el, 'rooms');
      expect(root(el).querySelector(`label[for="${field.id}"]`)!.textContent.trim()).to.equal('Antal rum');
      const described = field
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root(el).getElementById(id)!.textContent.trim());
      expect(described).to.deep.equal(['Ange ett tal från 1 till 10.', 'rum']);
      expect(field.inputMode).to.equal('numeric');
    });

    it('an exclusive option ("Ej känt") clears the others, and any other option clears it', async () => {
      const el = await form();
      await choose(el, 'pets', 'cat', 'dog');
      expect(el.value!.answers.pets).to.deep.equal(['cat', 'dog']);
      await choose(el, 'pets', 'unknown');
      expect(el.value!.answers.pets).to.deep.equal(['unknown']);
      expect(input(el, 'pets', 'cat').checked).to.be.false;
      expect(input(el, 'pets', 'dog').checked).to.be.false;
      await choose(el, 'pets', 'dog');
      expect(el.value!.answers.pets).to.deep.equal(['dog']);
      expect(input(el, 'pets', 'unknown').checked).to.be.false;
    });

    it('shows a conditional question when its condition is met and removes its answer when it no longer is', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'yes', pets: ['cat'], rooms: 2 } };
      await el.updateComplete;
      await press(el, 'Nästa');
      expect(root(el).querySelector('[data-question="why"]')).to.equal(null);
      await choose(el, 'mood', '5');
      expect(root(el).querySelector('[data-question="why"]')).to.not.equal(null);
      await type(el, 'why', 'Sol');
      expect(el.value.answers.why).to.equal('Sol');
      await choose(el, 'mood', '3');
      expect(root(el).querySelector('[data-question="why"]')).to.equal(null);
      expect(el.value.answers).to.not.have.property('why');
    });

    it('renders a scale as a radio group 1..5 with anchor labels and "Vet ej"', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'yes' } };
      await el.updateComplete;
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[1].click();
      await settle(el);
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('[name="q-mood"]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5', 'dont-know']);
      const labels = radios.map((r) => root(el).querySelector(`label[for="${r.id}"]`)!.textContent.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['1 Mycket dåligt', '2', '3', '4', '5 Mycket bra', 'Vet ej']);
      radios[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.value.answers.mood, 'arrow keys choose within the group').to.equal(2);
      await choose(el, 'mood', 'dont-know');
      expect(el.value.answers.mood).to.equal('dont-know');
    });

    it('keeps a number as typed (decimal comma, text) and lets the schema say what is wrong with it', async () => {
      const el = await form();
      await type(el, 'rooms', 'tre');
      expect(el.value!.answers.rooms).to.equal('tre');
      await press(el, 'Nästa');
      expect(fieldError(el, 'rooms')).to.equal(`Fel: ${schemaMessage(testDefinition, { rooms: 'tre' }, 'rooms')}`);
      expect(input(el, 'rooms').value, 'what was typed is kept').to.equal('tre');
      await type(el, 'rooms', '12');
      expect(el.value!.answers.rooms).to.equal(12);
      await press(el, 'Nästa');
      expect(fieldError(el, 'rooms')).to.contain('10 eller mindre');
      await type(el, 'rooms', '2,5');
      expect(el.value!.answers.rooms).to.equal(2.5);
      await press(el, 'Nästa');
      expect(fieldError(el, 'rooms')).to.contain('heltal');
    });
  });

  describe('error summary', () => {
    it('appears on a failed Next, takes focus, lists the schema’s messages as links, and marks each field', async () => {
      const el = await form();
      await choose(el, 'pets', 'dog');
      await press(el, 'Nästa');
      const summary = errorSummary(el)!;
      expect(summary).to.exist;
      expect(deepActive()).to.equal(summary);
      expect(summary.querySelector('[role="alert"]')).to.exist;
      expect(summary.querySelector('h3')!.textContent).to.equal('Det finns fel');
      const expected = [
        schemaMessage(testDefinition, { pets: ['dog'] }, 'consent'),
        schemaMessage(testDefinition, { pets: ['dog'] }, 'rooms'),
      ];
      expect(errorLinks(el).map((a) => a.textContent.trim())).to.deep.equal(expected);
      expect(stepHeading(el), 'the step does not change').to.equal('Steg 1 av 2 Om personen');

      expect(fieldError(el, 'consent')).to.equal(`Fel: ${expected[0]}`);
      const consent = input(el, 'consent', 'yes');
      expect(consent.getAttribute('aria-invalid')).to.equal('true');
      expect(consent.closest('fieldset')!.getAttribute('aria-describedby')).to.contain('q-consent-error');
      const rooms = input(el, 'rooms');
      expect(rooms.getAttribute('aria-invalid')).to.equal('true');
      expect(rooms.getAttribute('aria-describedby')).to.contain('q-rooms-error');
      expect(fieldError(el, 'pets'), 'a valid answer has no message').to.equal(undefined);
      expect(input(el, 'pets', 'dog').checked, 'nothing chosen is lost').to.be.true;
    });

    it('each link moves focus to its field, inside the shadow root', async () => {
      const el = await form();
      await press(el, 'Nästa');
      const [consentLink, , roomsLink] = errorLinks(el);
      consentLink.click();
      expect(deepActive()).to.equal(input(el, 'consent', 'yes'));
      roomsLink.click();
      expect(deepActive()).to.equal(input(el, 'rooms'));
      expect(location.hash, 'the page URL is left alone').to.equal('');
    });

    it('is followed with the keyboard: Tab to a link, Enter focuses the field', async () => {
      const el = await form();
      await press(el, 'Nästa');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(errorLinks(el)[0]);
      await sendKeys({ press: 'Enter' });
      expect(deepActive()).to.equal(input(el, 'consent', 'yes'));
    });

    it('drops a message once its answer is fixed, and speaks English with lang="en"', async () => {
      const el = await form(testDefinition, 'en');
      await press(el, 'Next');
      expect(errorSummary(el)!.querySelector('h3')!.textContent).to.equal('There is a problem');
      expect(fieldError(el, 'consent')).to.equal(`Error: ${schemaMessage(testDefinition, {}, 'consent', 'en')}`);
      await choose(el, 'consent', 'no');
      expect(fieldError(el, 'consent')).to.equal(undefined);
      expect(errorLinks(el)).to.have.length(2);
      await expectNoAxeViolations(el);
    });

    it('on the review step lists problems of every step, and a link opens the question’s step with its field focused', async () => {
      const el = await form();
      await choose(el, 'consent', 'yes');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2].click();
      await settle(el);
      await press(el, 'Skicka in');
      expect(deepActive()).to.equal(errorSummary(el));
      expect(errorLinks(el).map((a) => a.textContent)).to.deep.equal([
        schemaMessage(testDefinition, { consent: 'yes' }, 'pets'),
        schemaMessage(testDefinition, { consent: 'yes' }, 'rooms'),
        schemaMessage(testDefinition, { consent: 'yes' }, 'mood'),
      ]);
      errorLinks(el)[2].click();
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 2 av 3 Fler frågor');
      expect(deepActive()).to.equal(input(el, 'mood', '1'));
      expect(fieldError(el, 'mood'), 'the field shows its message on its own step').to.contain('Hur mår du?');
    });
  });

  describe('review and submit', () => {
    async function filled() {
      const el = await form();
      el.value = {
        definition: 'test-form@1',
        answers: { consent: 'yes', pets: ['cat', 'dog'], rooms: 3, mood: 5, why: 'Sol', since: '2024-03-01' },
      };
      await el.updateComplete;
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2].click();
      await settle(el);
      return el;
    }

    it('reviews every answer grouped by section, each with an "Ändra" link that names its question', async () => {
      const el = await filled();
      expect(stepHeading(el)).to.equal('Steg 3 av 3 Kontrollera dina svar');
      const headings = [...root(el).querySelectorAll('.summary-heading')].map((h) => h.textContent);
      expect(headings).to.deep.equal(['Om personen', 'Fler frågor']);
      const rows = [...root(el).querySelectorAll('.summary-row')].map((r) => [
        r.querySelector('dt')!.textContent.trim(),
        [...r.querySelectorAll('.summary-value, .summary-value li')]
          .filter((v) => !v.querySelector('li'))
          .map((v) => v.textContent.trim())
          .join(' + '),
      ]);
      expect(rows).to.deep.equal([
        ['Vill du svara på fler frågor?', 'Ja'],
        ['Husdjur', 'Katt + Hund'],
        ['Antal rum', '3 rum'],
        ['Hur mår du?', '5 (Mycket bra)'],
        ['Vad gör dig glad?', 'Sol'],
        ['Sedan när?', '1 mars 2024'],
      ]);
      const change = root(el).querySelector('.summary-action a')!;
      expect(change.textContent.replace(/\s+/g, ' ').trim()).to.equal('Ändra svaret på ”Vill du svara på fler frågor?”');
      await expectNoAxeViolations(el);
    });

    it('"Ändra" opens the question with its answer focused, and Next leads back to the review', async () => {
      const el = await filled();
      (root(el).querySelectorAll<HTMLAnchorElement>('.summary-action a')[2]).click();
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 1 av 3 Om personen');
      expect(deepActive()).to.equal(input(el, 'rooms'));
      await type(el, 'rooms', '4');
      await press(el, 'Fortsätt till Kontrollera dina svar');
      expect(stepHeading(el)).to.equal('Steg 3 av 3 Kontrollera dina svar');
      expect(root(el).textContent).to.contain('4 rum');
    });

    it('submits the validated record, then confirms and focuses the confirmation', async () => {
      const el = await filled();
      const submitted = oneEvent(el, 'samsyn-submit');
      button(el, 'Skicka in').click();
      const { value } = (await submitted).detail as SamsynSubmitDetail<Record<string, unknown>>;
      expect(value).to.deep.equal({
        definition: 'test-form@1',
        answers: { consent: 'yes', pets: ['cat', 'dog'], rooms: 3, mood: 5, why: 'Sol', since: '2024-03-01' },
      });
      expect(recordSchemaFor(testDefinition).safeParse(value).success).to.be.true;
      await settle(el);
      expect(deepActive()!.textContent).to.equal('Svaren är inskickade');
      await press(el, 'Fyll i ett nytt formulär');
      expect(el.value!.answers).to.deep.equal({});
      expect(stepHeading(el)).to.equal('Steg 1 av 2 Om personen');
    });
  });

  describe('value and events', () => {
    it('emits samsyn-change on every edit with the record, the field and whether it is valid', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'no', pets: ['cat'] } };
      await el.updateComplete;
      const changes: SamsynChangeDetail[] = [];
      el.addEventListener('samsyn-change', (e) => changes.push(e.detail));
      await type(el, 'rooms', '12');
      expect(changes.at(-1)).to.deep.equal({
        value: { definition: 'test-form@1', answers: { consent: 'no', pets: ['cat'], rooms: 12 } },
        field: 'rooms',
        valid: false,
      });
      await type(el, 'rooms', '2');
      expect(changes.at(-1)!.valid).to.be.true;
      expect(changes.length, 'one event per keystroke').to.equal(3);
    });

    it('keeps the valid answers of an invalid record and lists what was left out', async () => {
      const el = await form();
      setTimeout(() => {
        el.value = { definition: 'test-form@1', answers: { consent: 'maybe', pets: ['cat'], rooms: 99, color: 'blue' } };
      });
      const { detail } = await oneEvent<CustomEvent<SamsynErrorDetail>>(el, 'samsyn-error');
      expect(detail.reason).to.equal('invalid-value');
      await el.updateComplete;
      expect(el.value!.answers).to.deep.equal({ pets: ['cat'] });
      const notice = root(el).querySelector('[part~="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.have.members([
        'Svaret på frågan ”Vill du svara på fler frågor?” är inte ett av alternativen.',
        'Svaret på frågan ”Antal rum” måste vara 10 eller mindre.',
        'Formuläret har ingen fråga med id color.',
      ]);
      expect(input(el, 'pets', 'cat').checked).to.be.true;
      await choose(el, 'consent', 'yes');
      expect(el.value!.answers.consent, 'the form stays editable').to.equal('yes');
    });

    it('takes an unfinished record without complaint', async () => {
      const el = await form();
      const errors: unknown[] = [];
      el.addEventListener('samsyn-error', (e) => errors.push(e.detail));
      el.value = { definition: 'test-form@1', answers: { consent: 'yes' } };
      await settle(el);
      expect(errors).to.deep.equal([]);
      expect(root(el).querySelector('[part~="notice"]')!.textContent.trim()).to.equal('');
      expect(el.value.answers).to.deep.equal({ consent: 'yes' });
    });

    it('shows a message instead of the form for a value that is not a record, and recovers from a good one', async () => {
      const el = await form();
      expect(() => (el.value = 42)).not.to.throw();
      await el.updateComplete;
      const error = root(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('ingen formulärpost');
      expect(el.checkValidity(), 'a surrounding form is not submitted with it').to.be.false;
      el.value = { definition: 'test-form@1', answers: { consent: 'no' } };
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      expect(input(el, 'consent', 'no').checked).to.be.true;
    });

    it('empties the form when the value is set to null', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'no', rooms: 3 } };
      await el.updateComplete;
      el.value = null;
      await el.updateComplete;
      expect(el.value!.answers).to.deep.equal({});
      expect(input(el, 'consent', 'no').checked).to.be.false;
      expect(input(el, 'rooms').value).to.equal('');
    });

    it('takes a value set before the definition', async () => {
      const el = document.createElement('samsyn-questionnaire');
      el.value = { definition: 'test-form@1', answers: { consent: 'yes', rooms: 5 } };
      el.definition = testDefinition;
      await fixture(html`<div>${el}</div>`);
      expect(el.value.answers).to.deep.equal({ consent: 'yes', rooms: 5 });
    });

    it('shows a message for a definition that breaks the format', async () => {
      const broken = { ...testDefinition, sections: [] } as Definition;
      const el = await form(broken);
      expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('Formulärets definition följer inte formatet');
      expect(el.value).to.equal(undefined);
    });
  });

  describe('disabled and read-only', () => {
    it('disabled: nothing can be edited or navigated', async () => {
      const el = await form();
      el.disabled = true;
      await el.updateComplete;
      expect(input(el, 'consent', 'yes').disabled).to.be.true;
      expect(input(el, 'rooms').disabled).to.be.true;
      expect(button(el, 'Nästa').disabled).to.be.true;
      expect([...root(el).querySelectorAll('nav button')].every((b) => (b as HTMLButtonElement).disabled)).to.be.true;
    });

    it('readonly: the answers are shown as a summary without controls or change links', async () => {
      const el = await form();
      el.value = { definition: 'test-form@1', answers: { consent: 'yes', pets: ['dog'], rooms: 2 } };
      el.readonly = true;
      await el.updateComplete;
      expect(root(el).querySelectorAll('input, textarea, button')).to.have.length(0);
      expect(root(el).querySelectorAll('.summary-action')).to.have.length(0);
      expect(root(el).textContent).to.contain('Hund');
      expect(el.checkValidity(), 'a read-only control is not validated').to.be.true;
      await expectNoAxeViolations(el);
    });
  });

  describe('inside a native <form>', () => {
    async function inForm() {
      const wrapper = await fixture<HTMLFormElement>(html`<form>
        <fieldset>
          <legend>Inventering</legend>
          <samsyn-questionnaire name="record" .definition=${testDefinition}></samsyn-questionnaire>
        </fieldset>
        <button>Spara</button>
      </form>`);
      const el = wrapper.querySelector('samsyn-questionnaire')!;
      await el.updateComplete;
      return { form: wrapper, el };
    }

    it('submits the record as JSON under its name', async () => {
      const { form: f, el } = await inForm();
      await choose(el, 'consent', 'no');
      await choose(el, 'pets', 'cat');
      await type(el, 'rooms', '4');
      const data = new FormData(f);
      expect(JSON.parse(data.get('record') as string)).to.deep.equal({
        definition: 'test-form@1',
        answers: { consent: 'no', pets: ['cat'], rooms: 4 },
      });
    });

    it('reportValidity() blocks an incomplete form and opens the step with the first problem', async () => {
      const { form: f, el } = await inForm();
      await choose(el, 'consent', 'yes');
      await choose(el, 'pets', 'cat');
      await type(el, 'rooms', '2');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2].click();
      await settle(el);
      expect(f.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal(schemaMessage(testDefinition, { consent: 'yes' }, 'mood'));
      expect(el.validity.valueMissing).to.be.true;
      await settle(el);
      expect(stepHeading(el), 'a mere check changes nothing on screen').to.equal('Steg 3 av 3 Kontrollera dina svar');
      expect(errorSummary(el)).to.equal(null);

      expect(f.reportValidity()).to.be.false;
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 2 av 3 Fler frågor');
      expect(fieldError(el, 'mood')).to.contain('Hur mår du?');
      expect(deepActive(), 'the browser focuses the field the message is about').to.equal(input(el, 'mood', '1'));
      await choose(el, 'mood', '2');
      expect(f.reportValidity()).to.be.true;
    });

    it('blocks the form’s own submit button while incomplete', async () => {
      const { form: f, el } = await inForm();
      let submitted = false;
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      f.querySelector<HTMLButtonElement>(':scope > button')!.click();
      await settle(el);
      expect(submitted).to.be.false;
      expect(fieldError(el, 'consent')).to.exist;
    });

    // An empty form is painted before its record is checked; the check runs when the browser is next
    // idle. Until then the form never counts as valid, and anything that asks the element checks at once.
    it('just after its first render, the form counts as invalid to the surrounding form, and the element answers with the real check', async () => {
      const { form: f, el } = await inForm();
      expect(f.checkValidity(), 'never valid before it is checked').to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal(schemaMessage(testDefinition, {}, 'consent'));
    });

    it('checks an empty form when the browser is idle, with no one asking: a form complete without answers becomes valid', async () => {
      const optional: Definition = {
        ...testDefinition,
        sections: testDefinition.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, required: false })) })),
      };
      const wrapper = await fixture<HTMLFormElement>(html`<form><samsyn-questionnaire name="record" .definition=${optional}></samsyn-questionnaire></form>`);
      const el = wrapper.querySelector('samsyn-questionnaire')!;
      await el.updateComplete;
      // :valid and :invalid read the state the surrounding form sees, without asking the element.
      expect(el.matches(':invalid'), 'not counted valid before it is checked').to.be.true;
      await waitUntil(() => el.matches(':valid'), 'the check when the browser is idle');
      expect(wrapper.checkValidity()).to.be.true;
      expect(JSON.parse(new FormData(wrapper).get('record') as string)).to.deep.equal({ definition: 'test-form@1', answers: {} });
    });

    it('reportValidity() on the step with the problem shows its errors where the browser points', async () => {
      const { form: f, el } = await inForm();
      await choose(el, 'consent', 'no');
      expect(f.reportValidity()).to.be.false;
      await settle(el);
      expect(deepActive()).to.equal(input(el, 'pets', 'cat'));
      expect(fieldError(el, 'pets')).to.contain('Husdjur');
      expect(fieldError(el, 'rooms')).to.contain('Antal rum');
    });

    it('restores the record the browser kept for it (history navigation)', async () => {
      const { el } = await inForm();
      el.formStateRestoreCallback(JSON.stringify({ definition: 'test-form@1', answers: { consent: 'no', rooms: 3 } }), 'restore');
      await el.updateComplete;
      expect(el.value!.answers).to.deep.equal({ consent: 'no', rooms: 3 });
      expect(input(el, 'consent', 'no').checked).to.be.true;
    });

    it('form.reset() clears the answers', async () => {
      const { form: f, el } = await inForm();
      await choose(el, 'consent', 'no');
      await press(el, 'Nästa');
      f.reset();
      await el.updateComplete;
      expect(el.value!.answers).to.deep.equal({});
      expect(input(el, 'consent', 'no').checked).to.be.false;
      expect(errorSummary(el)).to.equal(null);
      expect(JSON.parse(new FormData(f).get('record') as string).answers).to.deep.equal({});
    });

    it('a disabled fieldset disables it: no editing, nothing submitted, not validated', async () => {
      const { form: f, el } = await inForm();
      await choose(el, 'consent', 'no');
      f.querySelector('fieldset')!.disabled = true;
      await aTimeout(0);
      await el.updateComplete;
      expect(input(el, 'consent', 'no').disabled).to.be.true;
      expect(new FormData(f).has('record')).to.be.false;
      expect(f.checkValidity()).to.be.true;
      f.querySelector('fieldset')!.disabled = false;
      await aTimeout(0);
      await el.updateComplete;
      expect(input(el, 'consent', 'no').disabled).to.be.false;
      expect(el.disabled, 'the page’s own property is untouched').to.be.false;
    });
  });

  describe('a kommun’s own questions', () => {
    const stockholm = extendDefinition(inventoryDefinition, {
      id: 'stockholm-inventory',
      version: '1',
      questions: [
        {
          section: 'housing',
          question: {
            id: 'housingQueue',
            kind: 'one',
            label: { sv: 'Står i bostadskö', en: 'In the housing queue' },
            required: true,
            options: [
              { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
              { code: 'no', label: { sv: 'Nej', en: 'No' } },
            ],
          },
        },
      ],
      sections: [
        {
          id: 'municipal',
          title: { sv: 'Stockholms egna frågor', en: 'Stockholm’s own questions' },
          questions: [
            {
              id: 'contactsPerMonth',
              kind: 'number',
              label: { sv: 'Kontakter per månad', en: 'Contacts per month' },
              integer: true,
              min: 0,
              max: 60,
              required: true,
            },
          ],
        },
      ],
    });

    it('renders an extended definition and validates its questions like the national ones', async () => {
      const el = await form(stockholm);
      expect(stepHeading(el)).to.equal('Steg 1 av 10 Bakgrund');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[2].click();
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 3 av 10 Boende');
      await choose(el, 'housing', 'ordinary');
      await press(el, 'Nästa');
      expect(errorLinks(el).map((a) => a.textContent)).to.deep.equal([
        schemaMessage(stockholm, { housing: 'ordinary' }, 'housingQueue'),
      ]);
      await choose(el, 'housingQueue', 'yes');
      root(el).querySelectorAll<HTMLButtonElement>('nav button')[8].click();
      await settle(el);
      expect(stepHeading(el)).to.equal('Steg 9 av 10 Stockholms egna frågor');
      await type(el, 'contactsPerMonth', '61');
      await press(el, 'Nästa');
      expect(fieldError(el, 'contactsPerMonth')).to.contain('60 eller mindre');
      await type(el, 'contactsPerMonth', '6');
      await press(el, 'Nästa');
      expect(stepHeading(el)).to.equal('Steg 10 av 10 Kontrollera dina svar');
      expect(el.value).to.deep.include({ definition: 'stockholm-inventory@1' });
      expect(el.value!.answers).to.include({ housing: 'ordinary', housingQueue: 'yes', contactsPerMonth: 6 });
    });
  });
});

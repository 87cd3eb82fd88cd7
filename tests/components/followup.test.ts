import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { SamsynSubmitDetail } from '../../src/components/shared/events.js';
import { followupDefinition } from '../../src/definitions/followup.js';
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
  type,
} from './questionnaire-helpers.js';

async function followup(role: string | null, lang = 'sv'): Promise<SamsynQuestionnaire> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><samsyn-questionnaire .definition=${followupDefinition} .respondentRole=${role}></samsyn-questionnaire></div>`,
  );
  const el = wrapper.querySelector('samsyn-questionnaire')!;
  await el.updateComplete;
  return el;
}

const steps = (el: SamsynQuestionnaire) =>
  [...root(el).querySelectorAll('nav .step-name')].map((s) => s.textContent);

describe('a follow-up on samsyn-questionnaire', () => {
  it('asks the caseworker their own sections once the follow-up could be done', async () => {
    const el = await followup('caseworker');
    expect(root(el).querySelector('.respondent')!.textContent).to.equal('Svarsperson: Handläggare');
    expect(steps(el)).to.deep.equal(['Genomförande', 'Kontrollera dina svar']);
    await choose(el, 'followupDone', 'yes');
    expect(steps(el)).to.deep.equal(['Genomförande', 'Handläggarens bedömning', 'Övrigt', 'Kontrollera dina svar']);
    await press(el, 'Nästa');
    expect(stepHeading(el)).to.equal('Steg 2 av 4 Handläggarens bedömning');
  });

  it('asks the young person and the guardian only theirs', async () => {
    const young = await followup('young-person');
    await choose(young, 'followupDone', 'yes');
    expect(steps(young)).to.deep.equal([
      'Genomförande',
      'Skola och hälsa',
      'Trygghet och tillit',
      'Inflytande över vardagen',
      'Övrigt',
      'Kontrollera dina svar',
    ]);
    const guardian = await followup('guardian');
    await choose(guardian, 'followupDone', 'yes');
    expect(steps(guardian)).to.deep.equal(['Genomförande', 'Vårdnadshavarens syn', 'Övrigt', 'Kontrollera dina svar']);
  });

  it('takes the role from the respondent-role attribute', async () => {
    const el = await fixture<SamsynQuestionnaire>(
      html`<samsyn-questionnaire respondent-role="guardian" .definition=${followupDefinition}></samsyn-questionnaire>`,
    );
    expect(el.respondentRole).to.equal('guardian');
    expect(el.getAttribute('role'), 'ARIA’s role attribute is left alone').to.equal(null);
    expect(root(el).querySelector('.respondent')!.textContent).to.equal('Svarsperson: Vårdnadshavare');
  });

  it('shows five-point scales with anchor labels and "Vet ej", chosen with arrow keys', async () => {
    const el = await followup('caseworker');
    await choose(el, 'followupDone', 'yes');
    await press(el, 'Nästa');
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('[name="q-goalsReached"]')];
    const labels = radios.map((r) => root(el).querySelector(`label[for="${r.id}"]`)!.textContent.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['1 Inte alls', '2', '3', '4', '5 Helt och hållet', 'Vet ej']);
    expect(radios[0].closest('fieldset')!.querySelector('legend')!.textContent.trim()).to.equal(
      'I vilken grad har målen i genomförandeplanen nåtts?',
    );
    radios[0].focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value!.answers.goalsReached).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.value!.answers.goalsReached).to.equal(2);
    await expectNoAxeViolations(el);
  });

  it('records a follow-up that could not be done with its reason, and skips the rest', async () => {
    const el = await followup('caseworker');
    await choose(el, 'followupDone', 'yes');
    await press(el, 'Nästa');
    await type(el, 'placementMonths', '14');
    await choose(el, 'goalsReached', '4');
    await press(el, 'Tillbaka');

    await choose(el, 'followupDone', 'no');
    expect(el.value!.answers, 'answers of skipped sections are removed').to.deep.equal({ followupDone: 'no' });
    expect(steps(el)).to.deep.equal(['Genomförande', 'Kontrollera dina svar']);
    await press(el, 'Nästa');
    expect(errorLinks(el).map((a) => a.textContent)).to.deep.equal(['Välj ett svar på frågan ”Varför kunde uppföljningen inte genomföras?”.']);
    await choose(el, 'notDoneReason', 'not-appropriate');
    await type(el, 'notDoneComment', 'Den unga mådde för dåligt vid tillfället.');
    await press(el, 'Nästa');
    expect(stepHeading(el)).to.equal('Steg 2 av 2 Kontrollera dina svar');

    const submitted = oneEvent(el, 'samsyn-submit');
    button(el, 'Skicka in').click();
    const { value } = (await submitted).detail as SamsynSubmitDetail;
    expect(value).to.deep.equal({
      definition: 'placement-followup-sample@1',
      role: 'caseworker',
      answers: { followupDone: 'no', notDoneReason: 'not-appropriate', notDoneComment: 'Den unga mådde för dåligt vid tillfället.' },
    });
    expect(recordSchemaFor(followupDefinition).safeParse(value).success).to.be.true;
  });

  it('completes the young person’s form, "Vet ej" included, into a record the schema accepts', async () => {
    const el = await followup('young-person');
    await choose(el, 'followupDone', 'yes');
    await press(el, 'Nästa');
    await choose(el, 'youngSchool', '4');
    await choose(el, 'youngHealth', 'dont-know');
    await press(el, 'Nästa');
    await choose(el, 'youngSafety', '5');
    await choose(el, 'youngTrust', '3');
    await press(el, 'Nästa');
    await choose(el, 'youngInfluence', '2');
    await choose(el, 'youngListened', '1');
    await press(el, 'Nästa');
    expect(stepHeading(el)).to.equal('Steg 5 av 6 Övrigt');
    await press(el, 'Nästa');
    expect(root(el).textContent).to.contain('Vet ej');
    const submitted = oneEvent(el, 'samsyn-submit');
    button(el, 'Skicka in').click();
    const { value } = (await submitted).detail as SamsynSubmitDetail;
    expect(value).to.deep.equal({
      definition: 'placement-followup-sample@1',
      role: 'young-person',
      answers: {
        followupDone: 'yes',
        youngSchool: 4,
        youngHealth: 'dont-know',
        youngSafety: 5,
        youngTrust: 3,
        youngInfluence: 2,
        youngListened: 1,
      },
    });
    expect(recordSchemaFor(followupDefinition).safeParse(value).success).to.be.true;
  });

  it('refuses a personal identity number in a comment with the schema’s message', async () => {
    const el = await followup('guardian');
    await choose(el, 'followupDone', 'no');
    await choose(el, 'notDoneReason', 'not-reached');
    await type(el, 'notDoneComment', 'Gäller 19121212-1212');
    await press(el, 'Nästa');
    expect(fieldError(el, 'notDoneComment')).to.contain('personnummer');
    expect(deepActive()).to.equal(errorSummary(el));
  });

  it('asks who is answering when no role is set, with the schema’s message if nobody is chosen', async () => {
    const el = await followup(null);
    expect(root(el).querySelector('legend')!.textContent).to.equal('Vem svarar på formuläret?');
    expect(root(el).querySelector('nav')).to.equal(null);
    await press(el, 'Fortsätt');
    expect(deepActive()).to.equal(errorSummary(el));
    const [link] = errorLinks(el);
    expect(link.textContent).to.equal('Ange vilken roll som svarar (till exempel handläggare, ungdom eller vårdnadshavare).');
    await expectNoAxeViolations(el);
    link.click();
    expect(deepActive()).to.equal(root(el).querySelector('#q-respondent-0'));
    root(el).querySelector<HTMLInputElement>('#q-respondent-2')!.click();
    const stepped = oneEvent(el, 'samsyn-step');
    await press(el, 'Fortsätt');
    await stepped;
    expect(el.respondentRole).to.equal('guardian');
    expect(stepHeading(el)).to.equal('Steg 1 av 2 Genomförande');
    expect(deepActive()).to.equal(root(el).getElementById('step-heading'));
  });

  it('inside a <form>, reportValidity() asks for the respondent first', async () => {
    const f = await fixture<HTMLFormElement>(
      html`<form><samsyn-questionnaire name="followup" .definition=${followupDefinition}></samsyn-questionnaire></form>`,
    );
    const el = f.querySelector('samsyn-questionnaire')!;
    await el.updateComplete;
    expect(f.reportValidity()).to.be.false;
    await settle(el);
    expect(deepActive()).to.equal(root(el).querySelector('#q-respondent-0'));
    expect(fieldError(el, 'respondent')).to.contain('Ange vilken roll som svarar');
  });

  it('takes the respondent from a record set by the page', async () => {
    const el = await followup('caseworker');
    el.value = { definition: 'placement-followup-sample@1', role: 'guardian', answers: { followupDone: 'yes', guardianTrust: 2 } };
    await settle(el);
    expect(el.respondentRole).to.equal('guardian');
    expect(el.value).to.deep.equal({
      definition: 'placement-followup-sample@1',
      role: 'guardian',
      answers: { followupDone: 'yes', guardianTrust: 2 },
    });
    expect(steps(el)).to.include('Vårdnadshavarens syn');
  });

  it('keeps a draft per respondent', async () => {
    localStorage.clear();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><samsyn-questionnaire draft-key="case-7" respondent-role="guardian" .definition=${followupDefinition}></samsyn-questionnaire></div>`,
    );
    const el = wrapper.querySelector('samsyn-questionnaire')!;
    await el.updateComplete;
    await choose(el, 'followupDone', 'no');
    expect(localStorage.getItem('samsyn-draft:case-7:placement-followup-sample:guardian')).to.contain('"role":"guardian"');
    el.respondentRole = 'young-person';
    await settle(el);
    expect(el.value!.answers, 'the young person’s form starts empty').to.deep.equal({});
    el.respondentRole = 'guardian';
    await settle(el);
    expect(input(el, 'followupDone', 'no').checked).to.be.true;
    localStorage.clear();
  });

  it('reads a draft whose text holds a personal number: the other answers come back, and the draft is not set aside', async () => {
    localStorage.clear();
    const key = 'samsyn-draft:case-8:placement-followup-sample:guardian';
    const answers = { followupDone: 'no', notDoneComment: 'Ring 811218–9876 om detta' };
    localStorage.setItem(
      key,
      JSON.stringify({
        samsynDraft: 1,
        ref: 'placement-followup-sample@1',
        savedAt: new Date().toISOString(),
        writer: 'another-tab',
        data: { record: { definition: 'placement-followup-sample@1', role: 'guardian', answers } },
      }),
    );
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><samsyn-questionnaire draft-key="case-8" respondent-role="guardian" .definition=${followupDefinition}></samsyn-questionnaire></div>`,
    );
    const el = wrapper.querySelector('samsyn-questionnaire')!;
    await settle(el);
    // The answer with the number is not taken in (the form says so, as for any value that does not fit).
    expect(el.value!.answers).to.deep.equal({ followupDone: 'no' });
    expect(Object.keys(localStorage).filter((k) => k.includes(':set-aside:'))).to.deep.equal([]);
    localStorage.clear();
  });

  it('speaks English with lang="en" and has no accessibility violations on the deviation path', async () => {
    const el = await followup('young-person', 'en');
    await choose(el, 'followupDone', 'no');
    await press(el, 'Next');
    expect(errorLinks(el)[0].textContent).to.equal('Choose an answer to the question “Why could the follow-up not be done?”.');
    expect(root(el).querySelector('.respondent')!.textContent).to.equal('Respondent: The young person');
    await expectNoAxeViolations(el);
  });
});

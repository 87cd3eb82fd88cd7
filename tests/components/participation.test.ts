import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/action-plan/action-plan.js';
import '../../src/components/participation/participation.js';
import type { SamsynActionPlan } from '../../src/components/action-plan/action-plan.js';
import type { SamsynParticipation } from '../../src/components/participation/participation.js';
import type { SamsynChangeDetail, SamsynErrorDetail } from '../../src/components/shared/events.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import type { Participation } from '../../src/schema/participation.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { langAttributes, languageOf } from '../helpers/lang.js';

const plan: ActionPlan = {
  title: 'Plan för utveckling 2014',
  rows: [
    { id: 'housing-1', area: 'housing', goal: 'Boendelösningar på hemmaplan', activity: 'Utreda behovet av stödboende', responsible: 'Sociala enheten', status: 'ongoing' },
    { id: 'info-1', area: 'outreach', goal: 'Ökad kunskap om stödinsatser', activity: 'Revidera informationsmaterialet', responsible: 'Verksamhetscheferna', status: 'not-started' },
    { id: 'sip-1', area: 'sip', goal: 'Alla som behöver SIP erbjuds SIP', activity: 'Följa upp att fler SIP erbjuds', responsible: 'Verksamhetscheferna', status: 'ongoing' },
  ],
};

/** Tierp's consultation (seed 000), with roles instead of names. */
function sample(): Participation {
  return {
    date: '2013-10-01',
    organisations: [
      { id: 'attention', name: 'Attention Tierp-Älvkarleby', representatives: 'en företrädare' },
      { id: 'rsmh', name: 'RSMH:s lokalförening i Tierp', representatives: 'en företrädare' },
    ],
    views: [
      { id: 'v1', organisation: 'rsmh', text: 'Fler boendealternativ behövs inom kommunen.', rows: ['housing-1'] },
      { id: 'v2', text: 'Kommunen behöver bättre informationsspridning om SIP och boendestöd.', rows: ['info-1', 'sip-1'] },
      { id: 'v3', organisation: 'attention', text: 'Habiliteringen är en viktig samverkanspartner.' },
    ],
  };
}

type El = SamsynParticipation;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function changes(el: HTMLElement): Array<SamsynChangeDetail<Participation>> {
  const seen: Array<SamsynChangeDetail<Participation>> = [];
  el.addEventListener('samsyn-change', (e) => seen.push(e.detail as SamsynChangeDetail<Participation>));
  return seen;
}
async function render(value: Participation | null = sample(), attrs: { mode?: string; lang?: string; withPlan?: boolean } = {}) {
  const el = await fixture<El>(
    html`<samsyn-participation .value=${value ?? undefined} .plan=${attrs.withPlan === false ? undefined : plan} mode=${attrs.mode ?? 'read'} lang=${attrs.lang ?? 'sv'}></samsyn-participation>`,
  );
  await el.updateComplete;
  return el;
}
const cells = (el: Element, viewId: string) => [...$(el, `tr[data-view="${viewId}"]`)!.children].map((c) => text(c));
const input = (el: Element, id: string, value: string) => {
  const control = $<HTMLInputElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
};

describe('samsyn-participation', () => {
  it('shows the date, the organisations with their representatives, and each view with the plan rows that answer it', async () => {
    const el = await render();
    expect(text($(el, '[part="title"]'))).to.equal('Brukarinflytande');
    const facts = $$(el, 'dl.facts > *').map((n) => text(n));
    expect(facts.slice(0, 3)).to.deep.equal(['Datum för samrådet', '1 oktober 2013', 'Organisationer']);
    expect($$(el, 'dl.facts li').map((li) => text(li))).to.deep.equal([
      'Attention Tierp-Älvkarleby – en företrädare',
      'RSMH:s lokalförening i Tierp – en företrädare',
    ]);
    expect(text($(el, 'caption'))).to.equal('Synpunkter (3)');
    expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect($(el, 'tr[data-view="v1"] th')!.getAttribute('scope')).to.equal('row');
    expect(cells(el, 'v1')).to.deep.equal(['RSMH:s lokalförening i Tierp', 'Fler boendealternativ behövs inom kommunen.', 'Utreda behovet av stödboende']);
    expect(cells(el, 'v2')[0]).to.equal('Alla organisationerna');
    expect($$(el, 'tr[data-view="v2"] li').map((li) => text(li))).to.deep.equal(['Revidera informationsmaterialet', 'Följa upp att fler SIP erbjuds']);
    expect(cells(el, 'v3')[2]).to.equal('Inte kopplad till handlingsplanen');
    expect($$(el, 'button')).to.have.length(0);
  });

  it('names a linked row that is not in the plan', async () => {
    const value = sample();
    value.views[0].rows = ['gone-7'];
    const el = await render(value);
    expect(cells(el, 'v1')[2]).to.equal('rad gone-7 (finns inte i planen)');
  });

  it('says when nothing has been recorded', async () => {
    const el = await render(null);
    expect(text($(el, 'dl.facts'))).to.contain('Datum ej angivet').and.contain('Inga organisationer har registrerats.');
    expect(text($(el, '.empty'))).to.equal('Inga synpunkter har registrerats.');
  });

  it('shows a message instead of an invalid value or plan, and emits samsyn-error', async () => {
    const errors: SamsynErrorDetail[] = [];
    const el = await fixture<El>(html`<samsyn-participation @samsyn-error=${(e: CustomEvent<SamsynErrorDetail>) => errors.push(e.detail)}></samsyn-participation>`);
    el.value = { organisations: [], views: [{ id: 'v1', organisation: 'nobody', text: 'x' }] };
    await el.updateComplete;
    await aTimeout(0);
    expect(text($(el, '[part="error"]'))).to.contain('Organisationen ”nobody” finns inte bland de organisationer som har lämnat synpunkter.');
    expect(errors.map((e) => e.property)).to.deep.equal(['value']);
    el.value = sample();
    el.plan = { title: '', rows: [] };
    await el.updateComplete;
    await aTimeout(0);
    expect(text($(el, '[part="error"]'))).to.contain('Fyll i ”Planens rubrik”.');
    expect(errors.map((e) => e.property)).to.deep.equal(['value', 'plan']);
  });

  describe('editing', () => {
    it('adds an organisation with the keyboard, refusing a personal identity number', async () => {
      const el = await render({ organisations: [], views: [] }, { mode: 'edit' });
      const seen = changes(el);
      $<HTMLInputElement>(el, '#new-name')!.focus();
      await sendKeys({ type: 'RSMH' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Kalle 19121212-1212' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('add-organisation');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen).to.have.length(0);
      expect(text($(el, '#new-reps-error'))).to.contain('personnummer');
      expect($(el, '#new-reps')!.getAttribute('aria-invalid')).to.equal('true');
      expect(deepActive()!.id).to.equal('new-reps');

      const reps = $<HTMLInputElement>(el, '#new-reps')!;
      reps.value = '';
      reps.focus();
      await sendKeys({ type: 'två företrädare' });
      $<HTMLButtonElement>(el, '#add-organisation')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen.at(-1)!.value).to.deep.equal({ organisations: [{ id: 'rsmh', name: 'RSMH', representatives: 'två företrädare' }], views: [] });
      expect($<HTMLInputElement>(el, '#name-rsmh')!.value).to.equal('RSMH');
      expect($<HTMLInputElement>(el, '#new-name')!.value).to.equal('');
      expect(deepActive()!.id).to.equal('new-name');
      // The organisation list suggests the usual organisations.
      expect($$<HTMLOptionElement>(el, '#suggested option').map((o) => o.value)).to.include.members(['RSMH', 'Attention', 'IFS', 'Schizofreniförbundet']);
    });

    it('edits the date and an organisation in place, with errors at the field', async () => {
      const el = await render(sample(), { mode: 'edit' });
      const seen = changes(el);
      input(el, 'date', '2013-02-30');
      await el.updateComplete;
      expect(text($(el, '#date-error'))).to.contain('”Datum för samrådet” måste vara ett riktigt datum');
      expect($(el, '#date')!.getAttribute('aria-describedby')).to.equal('date-hint date-error');
      input(el, 'name-rsmh', ' ');
      await el.updateComplete;
      expect(text($(el, '#name-rsmh-error'))).to.equal('Fel: Fyll i ”Organisation”.');
      // The date is still wrong, and still says so.
      expect(text($(el, '#date-error'))).to.contain('riktigt datum');
      expect(seen).to.have.length(0);
      input(el, 'date', '2013-10-15');
      input(el, 'name-rsmh', 'RSMH Tierp');
      await el.updateComplete;
      expect(seen.at(-1)!.value.date).to.equal('2013-10-15');
      expect(seen.at(-1)!.value.organisations[1].name).to.equal('RSMH Tierp');
      expect($(el, '#date-error')).to.equal(null);
    });

    it('adds a view linked to plan rows in a dialog, by keyboard, and returns focus', async () => {
      const el = await render(sample(), { mode: 'edit' });
      const seen = changes(el);
      const add = $<HTMLButtonElement>(el, '#add-view')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      expect(deepActive()!.id).to.equal('v-organisation');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Fler sysselsättningsalternativ behövs.' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('v-row-housing-1');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect($$(el, 'fieldset.area legend').map((l) => text(l))).to.deep.equal(['Boende', 'SIP', 'Uppsökande arbete']);
      // Tab past the remaining checkbox to Save.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(deepActive())).to.equal('Spara');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(deepActive()).to.equal(add);
      expect(seen[0].value.views.at(-1)).to.deep.equal({ id: 'view-4', organisation: 'attention', text: 'Fler sysselsättningsalternativ behövs.', rows: ['sip-1'] });
      expect(cells(el, 'view-4')[2]).to.equal('Följa upp att fler SIP erbjuds');
    });

    it('refuses an empty view with a focused error summary, and cancels with Escape', async () => {
      const el = await render(sample(), { mode: 'edit' });
      const seen = changes(el);
      const edit = $<HTMLButtonElement>(el, 'tr[data-view="v3"] [data-action="edit"]')!;
      edit.click();
      await el.updateComplete;
      const textarea = $<HTMLTextAreaElement>(el, '#v-text')!;
      expect(textarea.value).to.equal('Habiliteringen är en viktig samverkanspartner.');
      textarea.value = '';
      $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
      await el.updateComplete;
      expect(deepActive()).to.equal($(el, '.error-summary'));
      expect(text($(el, '.error-summary li'))).to.equal('Fyll i ”Synpunkt”.');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      textarea.focus();
      await sendKeys({ press: 'Escape' });
      await aTimeout(0);
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(deepActive()).to.equal(edit);
      expect(seen).to.have.length(0);
    });

    it('removes an organisation together with its views, and undoes it', async () => {
      const el = await render(sample(), { mode: 'edit' });
      const seen = changes(el);
      $$<HTMLButtonElement>(el, '[data-organisation="rsmh"] button')[0].click();
      await el.updateComplete;
      expect(seen[0].value.organisations.map((o) => o.id)).to.deep.equal(['attention']);
      expect(seen[0].value.views.map((v) => v.id)).to.deep.equal(['v2', 'v3']);
      expect(text($(el, '.notice'))).to.equal('RSMH:s lokalförening i Tierp och 1 synpunkt togs bort. Ångra');
      expect(text(deepActive())).to.equal('Ångra');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen[1].value).to.deep.equal(sample());
    });

    it('removes a view and undoes it', async () => {
      const el = await render(sample(), { mode: 'edit' });
      const seen = changes(el);
      $<HTMLButtonElement>(el, 'tr[data-view="v2"] [data-action="remove"]')!.click();
      await el.updateComplete;
      expect(seen[0].value.views.map((v) => v.id)).to.deep.equal(['v1', 'v3']);
      expect(text($(el, '.notice'))).to.equal('Synpunkten togs bort. Ångra');
      $<HTMLButtonElement>(el, '.notice .undo')!.click();
      await el.updateComplete;
      expect(seen[1].value).to.deep.equal(sample());
    });
  });

  it('feeds the action plan: a view linked here shows at its row there', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <samsyn-participation mode="edit" .plan=${plan} .value=${sample()}></samsyn-participation>
      <samsyn-action-plan .value=${plan}></samsyn-action-plan>
    </div>`);
    const participation = wrapper.querySelector('samsyn-participation')!;
    const actionPlan = wrapper.querySelector<SamsynActionPlan>('samsyn-action-plan')!;
    participation.addEventListener('samsyn-change', (e) => {
      actionPlan.participation = (e as CustomEvent<SamsynChangeDetail<Participation>>).detail.value;
    });
    actionPlan.participation = sample();
    await actionPlan.updateComplete;
    await participation.updateComplete;
    const viewsOf = (id: string) => text(actionPlan.shadowRoot!.querySelector(`tr[data-row="${id}"] ul.views`));
    expect(viewsOf('housing-1')).to.equal('RSMH:s lokalförening i Tierp: Fler boendealternativ behövs inom kommunen.');
    expect(viewsOf('sip-1')).to.equal('Alla organisationerna: Kommunen behöver bättre informationsspridning om SIP och boendestöd.');

    $<HTMLButtonElement>(participation, 'tr[data-view="v3"] [data-action="edit"]')!.click();
    await participation.updateComplete;
    $<HTMLInputElement>(participation, '#v-row-housing-1')!.click();
    $<HTMLButtonElement>(participation, 'dialog button[type="submit"]')!.click();
    await participation.updateComplete;
    await actionPlan.updateComplete;
    expect(viewsOf('housing-1')).to.equal(
      'RSMH:s lokalförening i Tierp: Fler boendealternativ behövs inom kommunen. Attention Tierp-Älvkarleby: Habiliteringen är en viktig samverkanspartner.',
    );
  });

  it('speaks English under lang="en"', async () => {
    const el = await render(sample(), { lang: 'en' });
    expect(text($(el, '[part="title"]'))).to.equal('User involvement');
    expect(text($(el, 'dl.facts dd'))).to.equal('1 October 2013');
    expect(cells(el, 'v2')[0]).to.equal('All the organisations');
    expect(cells(el, 'v3')[2]).to.equal('Not linked to the action plan');
  });

  it('reads the organisations’ names and views, and the plan’s activities, in Swedish on an English page', async () => {
    const el = await render(sample(), { lang: 'en' });
    for (const written of [
      'Attention Tierp-Älvkarleby',
      'en företrädare',
      'Fler boendealternativ behövs inom kommunen.',
      'RSMH:s lokalförening i Tierp',
      'Utreda behovet av stödboende',
    ]) {
      expect(languageOf(el, written), written).to.equal('sv');
    }
    for (const own of ['All the organisations', 'Not linked to the action plan', 'Views']) expect(languageOf(el, own), own).to.equal('en');
  });

  it('follows the languages of the views and of the plan, and marks nothing in the page’s language', async () => {
    expect(langAttributes(await render(sample(), { lang: 'sv' }))).to.deep.equal([]);
    const el = await fixture<El>(
      html`<samsyn-participation .value=${{ ...sample(), lang: 'en' }} .plan=${{ ...plan, lang: 'fi' }} lang="sv"></samsyn-participation>`,
    );
    await el.updateComplete;
    expect(languageOf(el, 'Fler boendealternativ behövs inom kommunen.')).to.equal('en');
    expect(languageOf(el, 'Utreda behovet av stödboende')).to.equal('fi');
    expect(languageOf(el, 'Alla organisationerna')).to.equal('sv');
  });

  it('gives the fields and the buttons’ names of the views their language when editing', async () => {
    const el = await render(sample(), { lang: 'en', mode: 'edit' });
    expect($(el, '#name-rsmh')!.lang).to.equal('sv');
    const named = $(el, 'tr[data-view="v1"] [data-action="edit"] .visually-hidden [lang]')!;
    expect([named.lang, text(named)]).to.deep.equal(['sv', 'Fler boendealternativ behövs inom kommunen.']);
    $(el, 'tr[data-view="v1"]')!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await el.updateComplete;
    expect($(el, '#v-text')!.lang).to.equal('sv');
    expect($(el, 'label[for="v-row-housing-1"]')!.lang).to.equal('sv');
  });

  for (const lang of ['sv', 'en']) {
    for (const mode of ['read', 'edit']) {
      it(`has no axe violations in ${lang === 'sv' ? 'Swedish' : 'English'}, ${mode} mode`, async () => {
        const el = await render(sample(), { lang, mode });
        await expectNoAxeViolations(el);
      });
    }
    it(`has no axe violations with the dialog open and showing errors (${lang})`, async () => {
      const el = await render(sample(), { lang, mode: 'edit' });
      $<HTMLButtonElement>(el, '#add-view')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  }
});

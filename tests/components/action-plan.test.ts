import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/action-plan/action-plan.js';
import type { SamsynActionPlan } from '../../src/components/action-plan/action-plan.js';
import { parsePlanCsv } from '../../src/components/action-plan/csv-import.js';
import { planToCsv } from '../../src/components/action-plan/csv.js';
import type { SamsynChangeDetail, SamsynErrorDetail } from '../../src/components/shared/events.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import type { Participation } from '../../src/schema/participation.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { langAttributes, languageOf } from '../helpers/lang.js';

/** A plan in the shape of Stockholm's (seed 002) with Gemet's target (seed 001). */
function samplePlan(): ActionPlan {
  return {
    title: 'Handlingsplan för socialpsykiatrin 2013–2017',
    period: '2013–2017',
    rows: [
      {
        id: 'housing-1',
        area: 'housing',
        goal: 'Fler boendeplatser',
        activity: 'Fördjupad inventering av boendefrågan',
        responsible: 'Socialförvaltningen',
        deadline: '2015-09-30',
        followUpDate: '2016-03-31',
        status: 'done',
        result: 'Genomförd hösten 2015.',
      },
      {
        id: 'housing-2',
        area: 'housing',
        goal: 'Fler boendeplatser',
        activity: 'Översyn av valfrihetens ersättningsnivåer',
        responsible: 'Stadsdelsförvaltningarna',
        deadline: '2015-12-31',
        schedule: 'senast december 2015',
        status: 'ongoing',
      },
      {
        id: 'work-1',
        area: 'occupation',
        goal: 'Fler i arbete eller studier',
        activity: 'Arbetsträning med IPS-metoden',
        responsible: 'Arbetsmarknadsenheten',
        deadline: '2016-06-30',
        status: 'ongoing',
        target: { description: 'Andel deltagare till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
      },
      {
        id: 'sip-1',
        area: 'sip',
        goal: 'Alla som behöver en SIP erbjuds en',
        activity: 'Utbilda fler nätverksledare',
        responsible: 'Socialförvaltningen',
        deadline: '2017-12-31',
        status: 'not-started',
        target: { description: 'Upprättade SIP', direction: 'at-least', value: 1000, unit: 'count', outcome: 1101 },
      },
    ],
  };
}

type Plan = SamsynActionPlan;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text a screen reader gets: without what is hidden from it. */
function spoken(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
}
const rowOf = (el: Element, id: string) => $(el, `tr[data-row="${id}"]`)!;
const shownIds = (el: Element) => $$(el, 'tbody tr[data-row]').map((tr) => tr.dataset.row);
/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function changes(el: HTMLElement): Array<SamsynChangeDetail<ActionPlan>> {
  const seen: Array<SamsynChangeDetail<ActionPlan>> = [];
  el.addEventListener('samsyn-change', (e) => seen.push(e.detail as SamsynChangeDetail<ActionPlan>));
  return seen;
}
/** `null` renders the element without a plan. */
async function render(plan: ActionPlan | null = samplePlan(), attrs: { mode?: string; today?: string; lang?: string } = {}) {
  const el = await fixture<Plan>(
    html`<samsyn-action-plan .value=${plan ?? undefined} mode=${attrs.mode ?? 'read'} today=${attrs.today ?? '2016-01-15'} lang=${attrs.lang ?? 'sv'}></samsyn-action-plan>`,
  );
  await el.updateComplete;
  return el;
}

describe('samsyn-action-plan', () => {
  describe('reading', () => {
    it('shows one table per area, in the default order, with a caption and column and row headers', async () => {
      const el = await render();
      const captions = $$(el, 'table caption').map((c) => text(c));
      expect(captions).to.deep.equal(['Boende (2 rader)', 'Sysselsättning (1 rad)', 'SIP (1 rad)']);
      const heads = $$(el, '.area:first-child thead th').map((th) => [text(th), th.getAttribute('scope')]);
      expect(heads).to.deep.equal([
        ['Mål', 'col'],
        ['Aktivitet', 'col'],
        ['Huvudansvar', 'col'],
        ['Tidplan', 'col'],
        ['Uppföljningsdatum', 'col'],
        ['Status', 'col'],
        ['Uppföljning/Resultat', 'col'],
        ['Mätbart mål', 'col'],
      ]);
      const rowHeader = rowOf(el, 'housing-1').querySelector('th')!;
      expect(rowHeader.getAttribute('scope')).to.equal('row');
      expect(text(rowHeader)).to.equal('Fördjupad inventering av boendefrågan');
      expect(text($(el, '[part="title"]'))).to.equal('Handlingsplan för socialpsykiatrin 2013–2017');
      expect($(el, '[part="title"]')!.getAttribute('role')).to.equal('heading');
      expect(text(rowOf(el, 'housing-2'))).to.contain('31 dec. 2015').and.contain('senast december 2015');
      // Read mode has no editing controls.
      expect($$(el, 'button[data-action]')).to.have.length(0);
      expect($(el, 'dialog')).to.equal(null);
    });

    it('says in words whether a target is reached: at least 30 %, outcome 16 % is not reached', async () => {
      const el = await render();
      const gemet = text(rowOf(el, 'work-1').querySelectorAll('td')[6]);
      expect(gemet).to.contain('Andel deltagare till arbete eller studier');
      expect(gemet).to.contain('Minst 30 %, utfall 16 %');
      expect(gemet).to.contain('Ej uppnått');
      expect(gemet).not.to.match(/(^|\s)Uppnått/);
      expect(text(rowOf(el, 'sip-1').querySelectorAll('td')[6])).to.contain('Minst 1 000, utfall 1 101').and.contain('Uppnått');
      expect(text($(el, '[part="summary"]'))).to.contain('Mätbara mål: 1 av 2 uppnådda.');
    });

    it('marks a target without outcome as not yet reported', async () => {
      const plan = samplePlan();
      delete plan.rows[2].target!.outcome;
      const el = await render(plan);
      expect(text(rowOf(el, 'work-1'))).to.contain('Utfall ej inrapporterat').and.not.contain('Ej uppnått');
    });
  });

  describe('overdue rows, relative to today', () => {
    const overdueIds = (el: Element) => $$(el, 'tr.overdue').map((tr) => tr.dataset.row);

    it('is not overdue on the deadline itself, and is the day after', async () => {
      const el = await render(samplePlan(), { today: '2015-12-31' });
      expect(overdueIds(el)).to.deep.equal([]);
      el.today = '2016-01-01';
      await el.updateComplete;
      expect(overdueIds(el)).to.deep.equal(['housing-2']);
      const status = text(rowOf(el, 'housing-2').querySelectorAll('td')[4]);
      expect(status).to.equal('Pågår ⚠ Försenad');
      expect(text($(el, '[part="summary"]'))).to.contain('1 rad är försenad.');
    });

    it('never counts a done or cancelled row, or a row without a deadline', async () => {
      const plan = samplePlan();
      plan.rows[1].status = 'cancelled';
      delete plan.rows[2].deadline;
      const el = await render(plan, { today: '2030-01-01' });
      // housing-1 is done, housing-2 cancelled, work-1 has no deadline: only sip-1 is late.
      expect(overdueIds(el)).to.deep.equal(['sip-1']);
      expect(text(rowOf(el, 'housing-1'))).not.to.contain('Försenad');
    });

    it('uses the current local date when today is not set', async () => {
      const plan = samplePlan();
      const now = new Date();
      const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      plan.rows[1].deadline = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
      plan.rows[2].deadline = iso(now);
      plan.rows[3].deadline = iso(new Date(now.getFullYear() + 1, now.getMonth(), 1));
      const el = await fixture<Plan>(html`<samsyn-action-plan .value=${plan}></samsyn-action-plan>`);
      expect(overdueIds(el)).to.deep.equal(['housing-2']);
    });
  });

  describe('filters and sorting', () => {
    const choose = async (el: Plan, id: string, value: string) => {
      const select = $<HTMLSelectElement>(el, `#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };

    it('filters by area, status (including overdue) and responsible, and says how many rows are shown', async () => {
      const el = await render();
      expect(text($(el, '.showing'))).to.equal('');
      await choose(el, 'filter-area', 'housing');
      expect(shownIds(el)).to.deep.equal(['housing-1', 'housing-2']);
      expect(text($(el, '.showing'))).to.equal('2 av 4 rader visas.');
      expect($(el, '.showing')!.getAttribute('role')).to.equal('status');
      await choose(el, 'filter-status', 'ongoing');
      expect(shownIds(el)).to.deep.equal(['housing-2']);
      await choose(el, 'filter-area', '');
      expect(shownIds(el)).to.deep.equal(['housing-2', 'work-1']);
      await choose(el, 'filter-status', 'overdue');
      expect(shownIds(el)).to.deep.equal(['housing-2']);
      await choose(el, 'filter-status', '');
      await choose(el, 'filter-responsible', 'Socialförvaltningen');
      expect(shownIds(el)).to.deep.equal(['housing-1', 'sip-1']);
      await choose(el, 'filter-status', 'cancelled');
      expect(shownIds(el)).to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('.empty'))).to.contain('Inga rader stämmer med urvalet.');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(4);
    });

    it('offers only the areas and responsibles the plan uses', async () => {
      const el = await render();
      const options = (id: string) => $$<HTMLOptionElement>(el, `#${id} option`).map((o) => o.value);
      expect(options('filter-area')).to.deep.equal(['', 'housing', 'occupation', 'sip']);
      expect(options('filter-responsible')).to.deep.equal(['', 'Arbetsmarknadsenheten', 'Socialförvaltningen', 'Stadsdelsförvaltningarna']);
      expect(options('filter-status')).to.deep.equal(['', 'not-started', 'ongoing', 'done', 'cancelled', 'overdue']);
    });

    it('sorts within each area by deadline (rows without one last) or by status', async () => {
      const plan = samplePlan();
      plan.rows.push(
        { id: 'housing-3', area: 'housing', goal: 'Mål', activity: 'Utan tidplan', responsible: 'X', status: 'not-started' },
        { id: 'housing-4', area: 'housing', goal: 'Mål', activity: 'Tidig', responsible: 'X', status: 'cancelled', deadline: '2014-01-31' },
      );
      const el = await render(plan, { mode: 'edit' });
      expect(shownIds(el).slice(0, 4)).to.deep.equal(['housing-1', 'housing-2', 'housing-3', 'housing-4']);
      expect($$(el, 'button[data-action="up"]')).to.have.length(6);
      await choose(el, 'sort', 'deadline');
      expect(shownIds(el).slice(0, 4)).to.deep.equal(['housing-4', 'housing-1', 'housing-2', 'housing-3']);
      // Moving rows only makes sense in the plan's own order.
      expect($$(el, 'button[data-action="up"]')).to.have.length(0);
      await choose(el, 'sort', 'status');
      expect(shownIds(el).slice(0, 4)).to.deep.equal(['housing-3', 'housing-2', 'housing-1', 'housing-4']);
    });

    it('renders and filters a plan of 500 rows', async () => {
      const statuses = ['not-started', 'ongoing', 'done', 'cancelled'] as const;
      const areas = ['housing', 'occupation', 'health', 'sip'];
      const plan: ActionPlan = {
        title: 'Stor plan',
        rows: Array.from({ length: 500 }, (_, i) => ({
          id: `r${i}`,
          area: areas[i % 4],
          goal: `Mål ${i}`,
          activity: `Aktivitet ${i}`,
          responsible: `Enhet ${i % 7}`,
          deadline: `2015-${String((i % 12) + 1).padStart(2, '0')}-15`,
          status: statuses[i % 4],
        })),
      };
      const el = await render(plan);
      expect($$(el, 'tbody tr[data-row]')).to.have.length(500);
      await choose(el, 'filter-status', 'done');
      expect($$(el, 'tbody tr[data-row]')).to.have.length(125);
      expect(text($(el, '.showing'))).to.equal('125 av 500 rader visas.');
    });
  });

  describe('editing with the keyboard only', () => {
    /** Presses Tab until the focused element matches, as a keyboard user would. */
    async function tabTo(matches: (el: Element) => boolean, limit = 60): Promise<Element> {
      for (let i = 0; i < limit; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (active && matches(active)) return active;
      }
      throw new Error('Tab never reached the element');
    }

    it('adds a row, fills it in, saves, moves it, removes it and undoes the removal', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">Före</button>
        <samsyn-action-plan mode="edit" today="2016-01-15" .value=${samplePlan()}></samsyn-action-plan>
      </div>`);
      const el = wrapper.querySelector<Plan>('samsyn-action-plan')!;
      await el.updateComplete;
      const seen = changes(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      const add = await tabTo((a) => a.id === 'add-row');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(deepActive()!.id).to.equal('f-area');
      await sendKeys({ press: 'ArrowDown' });
      expect($<HTMLSelectElement>(el, '#f-area')!.value).to.equal('occupation');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('f-goal');
      await sendKeys({ type: 'Fler i arbete' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Samarbete med Arbetsförmedlingen; "Steg till arbete"' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('f-responsible');
      await sendKeys({ type: 'Arbetsmarknadsenheten' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.id).to.equal('f-deadline');
      await sendKeys({ type: '2016-12-31' });
      await tabTo((a) => a.id === 'f-status');
      await sendKeys({ press: 'ArrowDown' });
      await tabTo((a) => a.textContent === 'Spara');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);

      expect(dialog.open).to.equal(false);
      expect(deepActive()).to.equal(add);
      expect(seen).to.have.length(1);
      const added = seen[0].value.rows.find((r) => r.id === 'row-1');
      expect(added).to.deep.equal({
        id: 'row-1',
        area: 'occupation',
        goal: 'Fler i arbete',
        activity: 'Samarbete med Arbetsförmedlingen; "Steg till arbete"',
        responsible: 'Arbetsmarknadsenheten',
        deadline: '2016-12-31',
        status: 'ongoing',
      });
      expect(seen[0].valid).to.equal(true);
      expect(el.value).to.equal(seen[0].value);
      expect(shownIds(el)).to.deep.equal(['housing-1', 'housing-2', 'work-1', 'row-1', 'sip-1']);
      expect(text($(el, '.notice'))).to.contain('sparades');

      // Move the new row above work-1.
      await tabTo((a) => a.getAttribute('data-action') === 'up' && a.closest('tr')?.dataset.row === 'row-1');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['housing-1', 'housing-2', 'row-1', 'work-1', 'sip-1']);
      expect(seen[1].value.rows.map((r) => r.id)).to.deep.equal(['housing-1', 'housing-2', 'row-1', 'work-1', 'sip-1']);
      expect(text($(el, '.notice'))).to.contain('är nu rad 1 av 2 i Sysselsättning');
      // First in its area, so "up" is disabled and focus stays on the row, on "down".
      expect(deepActive()!.getAttribute('data-action')).to.equal('down');
      expect(deepActive()!.closest('tr')!.dataset.row).to.equal('row-1');

      // Remove it, then undo.
      await tabTo((a) => a.getAttribute('data-action') === 'remove' && a.closest('tr')?.dataset.row === 'row-1');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['housing-1', 'housing-2', 'work-1', 'sip-1']);
      expect(seen[2].value.rows.map((r) => r.id)).to.deep.equal(['housing-1', 'housing-2', 'work-1', 'sip-1']);
      const notice = $(el, '.notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.equal('Raden ”Samarbete med Arbetsförmedlingen; "Steg till arbete"” togs bort. Ångra');
      expect(deepActive()!.textContent).to.equal('Ångra');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['housing-1', 'housing-2', 'row-1', 'work-1', 'sip-1']);
      expect(seen[3].value).to.deep.equal(seen[1].value);
      expect(deepActive()!.getAttribute('data-action')).to.equal('edit');
      expect(deepActive()!.closest('tr')!.dataset.row).to.equal('row-1');
    });

    it('cancels with Escape: nothing changes and focus returns to the button that opened the dialog', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      const edit = rowOf(el, 'housing-2').querySelector<HTMLButtonElement>('[data-action="edit"]')!;
      edit.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      expect(text($(el, '#dialog-title'))).to.equal('Ändra rad');
      expect($<HTMLTextAreaElement>(el, '#f-activity')!.value).to.equal('Översyn av valfrihetens ersättningsnivåer');
      $<HTMLTextAreaElement>(el, '#f-activity')!.focus();
      await sendKeys({ type: ' och mer' });
      await sendKeys({ press: 'Escape' });
      await aTimeout(0);
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(deepActive()).to.equal(edit);
      expect(seen).to.have.length(0);
      // Opened again, the dialog shows the saved row, not the abandoned typing.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#f-activity')!.value).to.equal('Översyn av valfrihetens ersättningsnivåer');
    });

    it('gives every button a name that says which row it acts on', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const names = [...rowOf(el, 'work-1').querySelectorAll('button')].map((b) => spoken(b));
      expect(names).to.deep.equal([
        'Ändra: Arbetsträning med IPS-metoden',
        'Flytta upp: Arbetsträning med IPS-metoden',
        'Flytta ned: Arbetsträning med IPS-metoden',
        'Ta bort: Arbetsträning med IPS-metoden',
      ]);
    });
  });

  describe('validation by the schema, at the field', () => {
    async function openAdd(el: Plan) {
      $<HTMLButtonElement>(el, '#add-row')!.click();
      await el.updateComplete;
    }
    async function save(el: Plan) {
      $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
      await el.updateComplete;
    }
    const set = (el: Plan, id: string, value: string) => {
      const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
      control.value = value;
    };

    it('shows each problem at its field and in a focused error summary, and saves nothing', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      await openAdd(el);
      await save(el);
      const summary = $(el, '.error-summary')!;
      expect(deepActive()).to.equal(summary);
      expect(text(summary.querySelector('.error-summary-title'))).to.equal('Det finns problem');
      expect($$(el, '.error-summary li').map((li) => text(li))).to.deep.equal([
        'Fyll i ”Mål”.',
        'Fyll i ”Aktivitet”.',
        'Fyll i ”Huvudansvar”.',
      ]);
      const goal = $(el, '#f-goal')!;
      expect(goal.getAttribute('aria-invalid')).to.equal('true');
      expect(goal.getAttribute('aria-describedby')).to.equal('f-goal-error');
      expect(text($(el, '#f-goal-error'))).to.equal('Fel: Fyll i ”Mål”.');
      expect($(el, '#f-responsible')!.getAttribute('aria-describedby')).to.equal('f-responsible-hint f-responsible-error');
      expect($(el, '#f-deadline')!.getAttribute('aria-invalid')).to.equal('false');
      // A link in the summary takes focus to its field.
      $(el, '.error-summary a[href="#f-activity"]')!.click();
      expect(deepActive()!.id).to.equal('f-activity');
      expect(seen).to.have.length(0);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    });

    it('checks dates, target ranges and personal identity numbers, then saves once corrected', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      await openAdd(el);
      set(el, 'f-goal', 'Fler i arbete');
      set(el, 'f-activity', 'Praktikplatser');
      set(el, 'f-responsible', 'Arbetsmarknadsenheten');
      set(el, 'f-deadline', '2016-13-01');
      set(el, 'f-result', 'Gäller 19121212-1212');
      set(el, 'f-targetDescription', 'Andel till arbete');
      set(el, 'f-targetValue', '130');
      await save(el);
      const error = (id: string) => text($(el, `#f-${id}-error`));
      expect(error('deadline')).to.contain('”Tidplan” måste vara ett riktigt datum i formen ÅÅÅÅ-MM-DD');
      expect(error('result')).to.contain('personnummer');
      expect(error('targetValue')).to.contain('”Målvärde” måste vara mellan 0 och 100 när enheten är procent.');
      expect(error('goal')).to.equal('');
      set(el, 'f-targetValue', 'trettio');
      await save(el);
      expect(error('targetValue')).to.contain('”Målvärde” måste vara ett tal');
      expect(seen).to.have.length(0);

      set(el, 'f-deadline', '2016-12-01');
      set(el, 'f-result', '');
      set(el, 'f-targetValue', '30');
      set(el, 'f-targetOutcome', '16,5');
      await save(el);
      expect(seen).to.have.length(1);
      expect(seen[0].value.rows.find((r) => r.id === 'row-1')!.target).to.deep.equal({
        description: 'Andel till arbete',
        direction: 'at-least',
        value: 30,
        unit: 'percent',
        outcome: 16.5,
      });
      expect(text(rowOf(el, 'row-1'))).to.contain('Minst 30 %, utfall 16,5 %').and.contain('Ej uppnått');
    });

    it('edits a row in place of the old one, keeping its id', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      rowOf(el, 'work-1').querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-targetValue')!.value).to.equal('30');
      set(el, 'f-status', 'done');
      set(el, 'f-result', 'Åtta av femtio började arbeta eller studera.');
      await save(el);
      expect(seen[0].field).to.equal('work-1');
      const row = seen[0].value.rows[2];
      expect(row.id).to.equal('work-1');
      expect(row.status).to.equal('done');
      expect(row.result).to.equal('Åtta av femtio började arbeta eller studera.');
      expect(row.target).to.deep.equal(samplePlan().rows[2].target);
    });

    it('changes the title and period in place, refusing an empty title', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      const title = $<HTMLInputElement>(el, '#plan-title-input')!;
      title.value = '  ';
      title.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#plan-title-input-error'))).to.equal('Fel: Fyll i ”Planens rubrik”.');
      expect(seen).to.have.length(0);
      title.value = 'Reviderad handlingsplan 2015';
      title.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(seen[0].value.title).to.equal('Reviderad handlingsplan 2015');
      expect(seen[0].value.period).to.equal('2013–2017');
      expect(title.getAttribute('aria-invalid')).to.equal('false');
      expect(text($(el, '[part="title"]'))).to.equal('Reviderad handlingsplan 2015');
    });

    it('adds an area of the kommun’s own that rows can then use', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      const seen = changes(el);
      $<HTMLInputElement>(el, '#new-area')!.value = 'Digital delaktighet';
      $$<HTMLButtonElement>(el, '.new-area button')[0].click();
      await el.updateComplete;
      expect(seen[0].value.areas).to.deep.equal([{ code: 'digital-delaktighet', label: { sv: 'Digital delaktighet' } }]);
      expect($$(el, 'caption').map((c) => text(c))).to.include('Digital delaktighet (0 rader)');
      expect(text($(el, 'table[data-area="digital-delaktighet"] tbody'))).to.equal('Inga rader i området ännu.');
      // The same name again is refused at the field.
      $<HTMLInputElement>(el, '#new-area')!.value = 'boende';
      $$<HTMLButtonElement>(el, '.new-area button')[0].click();
      await el.updateComplete;
      expect(text($(el, '#new-area-error'))).to.contain('Området ”boende” finns redan.');
      expect(seen).to.have.length(1);
      await openAdd(el);
      expect($$<HTMLOptionElement>(el, '#f-area option').map((o) => o.value)).to.include('digital-delaktighet');
    });
  });

  describe('data in and out', () => {
    it('shows a message instead of an invalid plan, emits samsyn-error and recovers with a valid one', async () => {
      const errors: SamsynErrorDetail[] = [];
      const el = await fixture<Plan>(html`<samsyn-action-plan @samsyn-error=${(e: CustomEvent<SamsynErrorDetail>) => errors.push(e.detail)}></samsyn-action-plan>`);
      const bad = samplePlan() as unknown as { rows: Array<Record<string, unknown>> };
      bad.rows[1].status = 'halfway';
      bad.rows[2].area = 'nowhere';
      el.value = bad as unknown as ActionPlan;
      await el.updateComplete;
      await aTimeout(0);
      const alert = $(el, '[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('Handlingsplanen följer inte formatet:');
      expect(text(alert)).to.contain('Rad 2: Välj ett av alternativen för ”Status”.');
      expect(text(alert)).to.contain('Rad 3: Området ”nowhere” finns inte i planen.');
      expect(errors).to.have.length(1);
      expect(errors[0].property).to.equal('value');
      el.value = samplePlan();
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect($$(el, 'tbody tr[data-row]')).to.have.length(4);
    });

    it('refuses a today that is not a date', async () => {
      const el = await render(samplePlan(), { today: 'yesterday' });
      expect(text($(el, '[part="error"]'))).to.contain('”today” måste vara ett riktigt datum');
    });

    it('starts an empty plan when given no value, and emits a valid plan from the first edit', async () => {
      const el = await fixture<Plan>(html`<samsyn-action-plan mode="edit"></samsyn-action-plan>`);
      const seen = changes(el);
      expect(text($(el, '[part="title"]'))).to.equal('Handlingsplan');
      expect(text($(el, '.empty'))).to.equal('Planen har inga rader ännu. Lägg till den första raden med knappen ”Lägg till rad”.');
      $<HTMLButtonElement>(el, '#add-row')!.click();
      await el.updateComplete;
      for (const [id, value] of [['f-goal', 'Mål'], ['f-activity', 'Aktivitet'], ['f-responsible', 'Enheten']]) {
        $<HTMLInputElement>(el, `#${id}`)!.value = value;
      }
      $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
      await el.updateComplete;
      expect(seen[0].value).to.deep.equal({
        title: 'Handlingsplan',
        rows: [{ id: 'row-1', area: 'housing', goal: 'Mål', activity: 'Aktivitet', responsible: 'Enheten', status: 'not-started' }],
      });
    });

    it('shows, per row, the user organisations’ views linked to it', async () => {
      const participation: Participation = {
        date: '2013-10-01',
        organisations: [
          { id: 'rsmh', name: 'RSMH Tierp', representatives: 'två företrädare' },
          { id: 'attention', name: 'Attention Tierp-Älvkarleby' },
        ],
        views: [
          { id: 'v1', organisation: 'rsmh', text: 'Fler boendealternativ behövs inom kommunen.', rows: ['housing-1', 'housing-2'] },
          { id: 'v2', text: 'Ytterligare sysselsättningsmöjligheter behövs.', rows: ['work-1'] },
          { id: 'v3', organisation: 'attention', text: 'Bättre information om SIP.' },
        ],
      };
      const el = await render();
      expect($$(el, 'thead th').map((th) => text(th))).not.to.include('Synpunkter');
      el.participation = participation;
      await el.updateComplete;
      expect($$(el, '.area:first-child thead th').map((th) => text(th)).at(-1)).to.equal('Synpunkter');
      const cell = (id: string) => spoken(rowOf(el, id).querySelectorAll('td')[7]);
      expect(cell('housing-1')).to.equal('RSMH Tierp: Fler boendealternativ behövs inom kommunen.');
      expect(cell('housing-2')).to.equal('RSMH Tierp: Fler boendealternativ behövs inom kommunen.');
      expect(cell('work-1')).to.equal('Alla organisationerna: Ytterligare sysselsättningsmöjligheter behövs.');
      expect(cell('sip-1')).to.equal('Ej angivet');
    });
  });

  describe('CSV', () => {
    /** Text that breaks naive CSV: separators, quotes, line breaks, Swedish letters, formula starts. */
    function trickyPlan(): ActionPlan {
      return {
        title: 'Plan; "reviderad" 2015',
        period: '2013–2017',
        areas: [{ code: 'digital-delaktighet', label: { sv: 'Digital delaktighet' } }],
        rows: [
          {
            id: 'a-1',
            area: 'relatives',
            goal: 'Anhörigas situation uppmärksammas, även "i utredningen"',
            activity: 'Rad ett\nrad två; med semikolon, komma och citat "så här"',
            responsible: 'Äldreförvaltningen & Öppenvården',
            deadline: '2016-12-31',
            schedule: 'senast december 2016',
            followUpDate: '2017-03-01',
            status: 'ongoing',
            result: '=SUMMA(A1:A9) är inte en formel',
          },
          {
            id: 'a-2',
            area: 'digital-delaktighet',
            goal: '-minus först',
            activity: "'=redan skyddad",
            responsible: '@enheten',
            status: 'done',
            target: { description: 'Väntetid i dagar', direction: 'at-most', value: 14, unit: 'days', outcome: 12 },
          },
          {
            id: 'a-3',
            area: 'occupation',
            goal: 'Fler i arbete',
            activity: 'IPS',
            responsible: 'AME',
            status: 'not-started',
            target: { description: 'Andel', direction: 'at-least', value: 30.5, unit: 'percent' },
          },
        ],
      };
    }

    it('writes UTF-8 with a BOM, semicolons, a decimal comma, quoted fields and guarded formulas', () => {
      const csv = planToCsv(trickyPlan());
      expect(csv.startsWith('\uFEFFPlanens rubrik;Period;Områdeskod;Område;Id;Mål;Aktivitet;Huvudansvar;Tidplan;')).to.equal(true);
      expect(csv).to.contain('\r\n');
      expect(csv).to.contain('"Plan; ""reviderad"" 2015"');
      expect(csv).to.contain('"Rad ett\nrad två; med semikolon, komma och citat ""så här"""');
      expect(csv).to.contain(";'=SUMMA(A1:A9) är inte en formel;");
      expect(csv).to.contain(";'-minus först;''=redan skyddad;'@enheten;");
      expect(csv).to.contain(';Högst;14;dagar;12;Uppnått');
      expect(csv).to.contain(';Minst;30,5;procent;;');
      const english = planToCsv(trickyPlan(), { locale: 'en', separator: ',' });
      expect(english.startsWith('\uFEFFTitle of the plan,Period,Area code,Area,Id,Goal,Activity')).to.equal(true);
      expect(english).to.contain(',At least,30.5,per cent,,');
    });

    it('reads back exactly what it wrote, with either separator and in either language', () => {
      const plan = trickyPlan();
      for (const options of [{}, { separator: ',' as const }, { locale: 'en' as const }, { locale: 'en' as const, separator: ',' as const, decimal: ',' as const }]) {
        const result = parsePlanCsv(planToCsv(plan, options), { locale: options.locale });
        expect(result.errors, JSON.stringify(options)).to.deep.equal([]);
        expect(result.plan, JSON.stringify(options)).to.deep.equal(plan);
      }
    });

    it('writes very small and very large numbers without exponents, and reads exponents others wrote', () => {
      const plan = trickyPlan();
      const [, days, percent] = plan.rows;
      plan.rows[1] = { ...days, target: { ...days.target!, value: 1e21 } };
      plan.rows[2] = { ...percent, target: { ...percent.target!, value: 0.0000001 } };
      const csv = planToCsv(plan);
      expect(csv).to.contain(';Högst;1000000000000000000000;dagar;');
      expect(csv).to.contain(';Minst;0,0000001;procent;');
      expect(csv).to.not.match(/\de[+-]?\d/);
      expect(parsePlanCsv(csv).errors).to.deep.equal([]);
      expect(parsePlanCsv(csv).plan).to.deep.equal(plan);
      expect(parsePlanCsv(csv.replace('0,0000001', '1e-7')).plan).to.deep.equal(plan);
    });

    it('round-trips through the element: the download link gives the CSV, importing it gives the same plan', async () => {
      const source = await render(trickyPlan());
      const link = $<HTMLAnchorElement>(source, 'a[data-format="csv"]')!;
      expect(link.getAttribute('download')).to.equal('plan-reviderad-2015.csv');
      source.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(link.href.startsWith('blob:')).to.equal(true);
      const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(bytes);

      const target = await render(null, { mode: 'edit' });
      const input = $<HTMLInputElement>(target, '#import')!;
      const files = new DataTransfer();
      files.items.add(new File([csv], 'plan.csv', { type: 'text/csv' }));
      input.files = files.files;
      const changed = oneEvent(target, 'samsyn-change');
      input.dispatchEvent(new Event('change'));
      const { detail } = (await changed) as CustomEvent<SamsynChangeDetail<ActionPlan>>;
      expect(detail.value).to.deep.equal(trickyPlan());
      expect(detail.field).to.equal('import');
      await target.updateComplete;
      expect(text($(target, '.notice'))).to.equal('Planen lästes in från filen: 3 rader. Ångra');
      $<HTMLButtonElement>(target, '.notice .undo')!.click();
      await target.updateComplete;
      expect(target.value).to.deep.equal({ title: 'Handlingsplan', rows: [] });
    });

    it('downloads JSON of the current plan', async () => {
      const el = await render();
      el.addEventListener('click', (e) => e.preventDefault());
      const link = $<HTMLAnchorElement>(el, 'a[data-format="json"]')!;
      link.click();
      expect(JSON.parse(await (await fetch(link.href)).text())).to.deep.equal(samplePlan());
    });

    it('lists every problem of an imported file in the page’s language and keeps the plan as it was', async () => {
      const csv = [
        'Område;Mål;Aktivitet;Huvudansvar;Status;Tidplan',
        'Boende;Fler bostäder;Inventera;Socialförvaltningen;Pågående;2016-01-01',
        'Hälsa;;Hälsoundersökningar;Primärvården;Klar;31/12/2016',
      ].join('\r\n');
      for (const lang of ['sv', 'en']) {
        const el = await render(samplePlan(), { mode: 'edit', lang });
        const seen = changes(el);
        const input = $<HTMLInputElement>(el, '#import')!;
        const files = new DataTransfer();
        files.items.add(new File([csv], 'andrad.csv'));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(() => $(el, '[part="import-errors"]'), 'no import errors shown');
        const box = $(el, '[part="import-errors"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        const messages = [text(box.querySelector('p')), ...[...box.querySelectorAll('li')].map((li) => text(li))];
        expect(messages).to.deep.equal(
          lang === 'sv'
            ? [
                'Filen ”andrad.csv” kunde inte läsas in. Planen är oförändrad.',
                'Rad 2, Status: ”Pågående” är inte ett av alternativen (Ej påbörjad, Pågår, Klar, Avbruten).',
                'Rad 3: Fyll i ”Mål”.',
                'Rad 3: ”Tidplan” måste vara ett riktigt datum i formen ÅÅÅÅ-MM-DD, till exempel 2025-12-31.',
              ]
            : [
                'The file “andrad.csv” could not be read in. The plan is unchanged.',
                'Row 2, Status: “Pågående” is not one of the options (Not started, Ongoing, Done, Cancelled).',
                'Row 3: Enter “Goal”.',
                'Row 3: “Deadline” must be a real date in the form YYYY-MM-DD, for example 2025-12-31.',
              ],
        );
        expect(seen).to.have.length(0);
        expect(el.value).to.deep.equal(samplePlan());
      }
    });

    it('reads a hand-made sheet: labels instead of codes, a new area by name, ids made up', () => {
      const csv = 'Område,Mål,Aktivitet,Huvudansvar\nBoende,Fler bostäder,Inventera,Socialförvaltningen\nDigital delaktighet,Fler på nätet,Kurser,Biblioteket\n';
      const { plan, errors } = parsePlanCsv(csv);
      expect(errors).to.deep.equal([]);
      expect(plan).to.deep.equal({
        title: 'Handlingsplan',
        areas: [{ code: 'digital-delaktighet', label: { sv: 'Digital delaktighet' } }],
        rows: [
          { id: 'row-1', area: 'housing', goal: 'Fler bostäder', activity: 'Inventera', responsible: 'Socialförvaltningen', status: 'not-started' },
          { id: 'row-2', area: 'digital-delaktighet', goal: 'Fler på nätet', activity: 'Kurser', responsible: 'Biblioteket', status: 'not-started' },
        ],
      });
      expect(parsePlanCsv('Mål;Aktivitet\nx;y').errors).to.deep.equal(['Filen saknar kolumnerna ”Område”, ”Huvudansvar”.']);
      expect(parsePlanCsv('Område;Mål;Aktivitet;Huvudansvar\nBoende;"oavslutat;x;y').errors).to.deep.equal([
        'Rad 2: ett citattecken (") avslutas aldrig.',
      ]);
    });
  });

  describe('modes and print', () => {
    it('switches between read and edit mode', async () => {
      const el = await render();
      expect($(el, '#add-row')).to.equal(null);
      el.mode = 'edit';
      await el.updateComplete;
      expect($(el, '#add-row')).not.to.equal(null);
      expect($$(el, '.area:first-child thead th').map((th) => text(th)).at(-1)).to.equal('Ändra raden');
      expect(el.getAttribute('mode')).to.equal('edit');
      el.mode = 'read';
      await el.updateComplete;
      expect($(el, '#add-row')).to.equal(null);
      expect($$(el, 'button[data-action]')).to.have.length(0);
    });

    it('prints the plan without filters, buttons or the editor, every area laid out', async () => {
      const el = await render(samplePlan(), { mode: 'edit' });
      await emulateMedia({ media: 'print' });
      try {
        const display = (node: Element | null) => getComputedStyle(node!).display;
        expect(display($(el, '[part="toolbar"]'))).to.equal('none');
        expect(display($(el, '.details'))).to.equal('none');
        expect(display($(el, 'thead th.actions'))).to.equal('none');
        expect(display(rowOf(el, 'housing-1').querySelector('td.actions'))).to.equal('none');
        expect(display($(el, 'table'))).to.equal('table');
        expect(display($(el, '[part="summary"]'))).to.equal('block');
        expect(getComputedStyle($(el, '.area')!).contentVisibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('downloads CSV with a comma and a decimal point when csv-separator is ","', async () => {
      const plan = samplePlan();
      plan.rows[2].target!.outcome = 16.5;
      const el = await render(plan);
      el.csvSeparator = ',';
      await el.updateComplete;
      el.addEventListener('click', (e) => e.preventDefault());
      const link = $<HTMLAnchorElement>(el, 'a[data-format="csv"]')!;
      link.click();
      const csv = await (await fetch(link.href)).text();
      expect(csv.split('\r\n')[0]).to.match(/^Planens rubrik,Period,Områdeskod,/);
      expect(csv).to.contain(',Minst,30,procent,16.5,Ej uppnått');
    });
  });

  describe('languages and accessibility', () => {
    it('speaks English under lang="en"', async () => {
      const el = await render(samplePlan(), { lang: 'en', today: '2016-01-15' });
      expect($$(el, 'caption').map((c) => text(c))).to.deep.equal(['Housing (2 rows)', 'Occupation (1 row)', 'Coordinated individual plans (SIP) (1 row)']);
      expect(text(rowOf(el, 'housing-2'))).to.contain('Ongoing').and.contain('Overdue').and.contain('31 Dec 2015');
      expect(text(rowOf(el, 'work-1'))).to.contain('At least 30%, outcome 16%').and.contain('Not reached');
      expect(text($(el, '[part="summary"]'))).to.equal('4 rows: 1 done, 2 ongoing, 1 not started, 0 cancelled. 1 row is overdue. Measurable targets: 1 of 2 reached.');
    });

    it('reads the plan’s own texts in Swedish on an English page, and its own words in English', async () => {
      const el = await render(samplePlan(), { lang: 'en' });
      el.participation = { organisations: [{ id: 'rsmh', name: 'RSMH' }], views: [{ id: 'v1', organisation: 'rsmh', text: 'Fler bostäder.', rows: ['housing-1'] }] };
      await el.updateComplete;
      for (const written of [
        'Handlingsplan för socialpsykiatrin 2013–2017',
        'Fler boendeplatser',
        'Fördjupad inventering av boendefrågan',
        'Socialförvaltningen',
        'senast december 2015',
        'Genomförd hösten 2015.',
        'Andel deltagare till arbete eller studier',
        'Fler bostäder.',
      ]) {
        expect(languageOf(el, written), written).to.equal('sv');
      }
      for (const own of ['Ongoing', 'Not reached', 'Housing', 'Goal']) expect(languageOf(el, own), own).to.equal('en');
      const responsible = [...$<HTMLSelectElement>(el, '#filter-responsible')!.options].find((o) => o.value === 'Socialförvaltningen')!;
      expect(responsible.lang).to.equal('sv');
    });

    it('marks nothing where the plan is in the page’s language, and follows a plan written in English', async () => {
      const swedish = await render(samplePlan(), { lang: 'sv' });
      expect(langAttributes(swedish)).to.deep.equal([]);
      const english = await render({ ...samplePlan(), lang: 'en' }, { lang: 'en' });
      expect(langAttributes(english)).to.deep.equal([]);
      const onSwedishPage = await render({ ...samplePlan(), lang: 'en' }, { lang: 'sv' });
      expect(languageOf(onSwedishPage, 'Fler boendeplatser')).to.equal('en');
      expect(languageOf(onSwedishPage, 'Pågår')).to.equal('sv');
    });

    it('names an own area without an English name in Swedish on an English page', async () => {
      const plan: ActionPlan = {
        ...samplePlan(),
        areas: [{ code: 'kultur', label: { sv: 'Kultur och fritid' } }],
        rows: [{ ...samplePlan().rows[0], id: 'k1', area: 'kultur' }],
      };
      const el = await render(plan, { lang: 'en' });
      expect(languageOf(el, 'Kultur och fritid')).to.equal('sv');
      expect(languageOf(el, '1 row')).to.equal('en');
    });

    it('gives the fields of the plan’s texts its language when editing', async () => {
      const el = await render(samplePlan(), { lang: 'en', mode: 'edit' });
      expect($(el, '#plan-title-input')!.lang).to.equal('sv');
      rowOf(el, 'housing-2').querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
      await el.updateComplete;
      for (const id of ['f-goal', 'f-activity', 'f-responsible', 'f-schedule', 'f-result', 'f-targetDescription']) expect($(el, `#${id}`)!.lang, id).to.equal('sv');
      for (const id of ['f-deadline', 'f-targetValue']) expect($(el, `#${id}`)!.lang, id).to.equal('');
      expect(languageOf(el, 'Översyn av valfrihetens ersättningsnivåer')).to.equal('sv');
    });

    for (const lang of ['sv', 'en']) {
      for (const mode of ['read', 'edit']) {
        it(`has no axe violations in ${lang === 'sv' ? 'Swedish' : 'English'}, ${mode} mode`, async () => {
          const el = await render(samplePlan(), { lang, mode, today: '2016-01-15' });
          el.participation = { organisations: [{ id: 'rsmh', name: 'RSMH' }], views: [{ id: 'v1', organisation: 'rsmh', text: 'Fler bostäder.', rows: ['housing-1'] }] };
          await el.updateComplete;
          await expectNoAxeViolations(el);
        });
      }
      it(`has no axe violations with the dialog open and showing errors (${lang})`, async () => {
        const el = await render(samplePlan(), { lang, mode: 'edit' });
        $<HTMLButtonElement>(el, '#add-row')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
        await el.updateComplete;
        await expectNoAxeViolations(el);
      });
    }

    it('has no axe violations when empty, filtered to nothing, or after a removal', async () => {
      const empty = await render(null, { mode: 'edit' });
      await expectNoAxeViolations(empty);
      const el = await render(samplePlan(), { mode: 'edit' });
      rowOf(el, 'housing-1').querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
      await el.updateComplete;
      const status = $<HTMLSelectElement>(el, '#filter-status')!;
      status.value = 'cancelled';
      status.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  });
});

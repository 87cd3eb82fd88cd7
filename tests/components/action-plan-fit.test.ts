import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/action-plan/action-plan.js';
import type { SamsynActionPlan } from '../../src/components/action-plan/action-plan.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import type { Participation } from '../../src/schema/participation.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

/*
 * The action plan fits its space at every width: where the element is
 * narrower than its table needs (90em), each row is a card with the column
 * names as labels; the table and its row buttons are never cut off. Checked
 * at 320, 768, 1280 and 1920 px, full width and in a portal's 72rem column,
 * read and edit, with long Swedish words, a long address and views.
 */

/** Rows with what makes a table wide: long compounds, a link, a schedule in words, a target, views, an overdue row. */
function widePlan(): ActionPlan {
  return {
    title: 'Handlingsplan för personer med psykisk funktionsnedsättning',
    rows: [
      {
        id: 'housing-1',
        area: 'housing',
        goal: 'Ingen ska bo på härbärge eller akutboende längre än tre månader.',
        activity: 'Inventera behovet av bostäder med särskild service och ta fram en plan för nya platser.',
        responsible: 'Socialförvaltningen, enheten för socialpsykiatri',
        deadline: '2015-09-30',
        schedule: 'Efter budgetbeslutet hösten 2015',
        followUpDate: '2016-03-31',
        status: 'ongoing',
        result: 'Inventeringen finns på https://www.norrvik.example/socialpsykiatri/handlingsplan/bostader-med-sarskild-service-2015.pdf',
      },
      {
        id: 'housing-2',
        area: 'housing',
        goal: 'Fler ska kunna bo kvar i ordinärt boende med stöd.',
        activity: 'Utöka boendestödet med två tjänster och erbjuda stöd även kvällstid.',
        responsible: 'Socialförvaltningen',
        deadline: '2017-12-31',
        status: 'not-started',
      },
      {
        id: 'work-1',
        area: 'occupation',
        goal: 'Fler ska ha en sysselsättning eller ett arbete.',
        activity: 'Starta ett samarbete med Arbetsförmedlingen om individuellt stöd till arbete (IPS).',
        responsible: 'Arbetsmarknadsenheten',
        deadline: '2016-06-30',
        followUpDate: '2016-12-31',
        status: 'ongoing',
        target: { description: 'Andel deltagare som går vidare till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
      },
    ],
  };
}

const views: Participation = {
  organisations: [{ id: 'rsmh', name: 'RSMH Norrvik' }],
  views: [
    {
      id: 'v1',
      organisation: 'rsmh',
      text: 'Många med neuropsykiatriska funktionsnedsättningar vill arbeta men får inget stöd att komma ut på arbetsmarknaden.',
      rows: ['work-1', 'housing-2'],
    },
  ],
};

type Plan = SamsynActionPlan;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** The table needs 90em; narrower, rows are cards. */
const cardsBelow = 90 * 16;

async function render(mode: 'read' | 'edit', column: boolean): Promise<Plan> {
  const plan = html`<samsyn-action-plan mode=${mode} today="2016-01-15" lang="sv" .value=${widePlan()} .participation=${views}></samsyn-action-plan>`;
  // The portal's column: the demo's `.wrap`, 72rem wide with 1.25rem on each side.
  const wrapper = await fixture<HTMLElement>(
    column ? html`<div style="box-sizing: border-box; max-width: 72rem; margin: 0 auto; padding: 0 1.25rem">${plan}</div>` : html`<div>${plan}</div>`,
  );
  const el = wrapper.querySelector<Plan>('samsyn-action-plan')!;
  await el.updateComplete;
  await frame();
  return el;
}

/** Every row button, scrolled into view: its centre is in the viewport and a click there lands on it. */
async function unreachableButtons(el: Plan): Promise<string[]> {
  const missed: string[] = [];
  for (const button of $$<HTMLButtonElement>(el, 'tbody button[data-action]')) {
    button.scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    const box = button.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    const inView = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
    if (!inView || !hit || !(hit === button || button.contains(hit))) {
      missed.push(`${button.closest('tr')!.dataset.row} ${button.dataset.action} at ${Math.round(x)},${Math.round(y)}: ${hit?.localName ?? 'nothing'}`);
    }
  }
  return missed;
}

/** Cells whose text is cut off: wider than their box, or outside the box of their table's area (which clips). */
async function clippedCells(el: Plan, cards: boolean): Promise<string[]> {
  const clipped: string[] = [];
  for (const area of $$(el, '.area')) {
    area.scrollIntoView();
    await frame();
    const bounds = area.getBoundingClientRect();
    // As cards the header row is visually hidden, there for screen readers.
    for (const cell of area.querySelectorAll<HTMLTableCellElement>(cards ? 'tbody th, tbody td' : 'th, td')) {
      const box = cell.getBoundingClientRect();
      const name = `${cell.closest('tr')!.dataset.row ?? 'head'} cell ${cell.cellIndex}`;
      if (cell.scrollWidth > cell.clientWidth + 1) clipped.push(`${name}: ${cell.scrollWidth} px of text in ${cell.clientWidth} px`);
      if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
        clipped.push(`${name}: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(bounds.left)}–${Math.round(bounds.right)}`);
      }
    }
  }
  return clipped;
}

describe('samsyn-action-plan fits its space', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 768, 1280, 1920]) {
    for (const column of [false, true]) {
      for (const mode of ['read', 'edit'] as const) {
        it(`${mode} mode at ${width} px${column ? ' in a 72rem column' : ''}: no cut-off cell, every row button reachable`, async () => {
          await setViewport({ width, height: 800 });
          const el = await render(mode, column);
          const tables = el.shadowRoot!.querySelector<HTMLElement>('.tables')!;
          const cards = tables.clientWidth <= cardsBelow;
          for (const table of $$(el, 'table')) expect(table.getBoundingClientRect().width).to.be.at.most(tables.clientWidth + 1);
          // Nothing to scroll sideways: not the tables, not the element, not the page.
          expect(tables.scrollWidth).to.be.at.most(tables.clientWidth + 1);
          expect(el.getBoundingClientRect().right).to.be.at.most(innerWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
          expect(await clippedCells(el, cards)).to.deep.equal([]);
          const buttons = $$(el, 'tbody button[data-action]');
          expect(buttons).to.have.length(mode === 'edit' ? 12 : 0);
          expect(await unreachableButtons(el)).to.deep.equal([]);
          for (const table of $$(el, 'table')) expect(getComputedStyle(table).display).to.equal(cards ? 'block' : 'table');
          if (cards) {
            // Each value has its column's name above it; a screen reader has the column header instead.
            const goal = el.shadowRoot!.querySelector('tr[data-row="work-1"] td')!;
            expect(goal.getAttribute('data-label')).to.equal('Mål');
            expect(getComputedStyle(goal, '::before').display).to.equal('block');
            expect(getComputedStyle(goal, '::before').content).to.equal('"Mål" / ""');
          }
        });
      }
    }
  }

  it('keeps its table roles and is axe-clean when its rows are cards', async () => {
    await setViewport({ width: 320, height: 800 });
    for (const mode of ['read', 'edit'] as const) {
      const el = await render(mode, false);
      const table = el.shadowRoot!.querySelector('table[data-area="occupation"]')!;
      expect(getComputedStyle(table).display).to.equal('block');
      // Roles that do not depend on CSS display: a table whose rows are grids is a table to assistive technology.
      expect(table.getAttribute('role')).to.equal('table');
      expect([...table.querySelectorAll('thead, tbody')].map((g) => g.getAttribute('role'))).to.deep.equal(['rowgroup', 'rowgroup']);
      expect([...table.querySelectorAll('tr')].map((tr) => tr.getAttribute('role'))).to.deep.equal(['row', 'row']);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
      const cells = [...table.querySelector('tbody tr')!.children];
      expect(cells.map((c) => c.getAttribute('role'))).to.deep.equal([
        'cell',
        'rowheader',
        ...Array<string>(mode === 'edit' ? 8 : 7).fill('cell'),
      ]);
      await expectNoAxeViolations(el);
    }
  });
});

describe('samsyn-action-plan rows, which are not keyed', () => {
  /** The element that has focus, looking into shadow roots. */
  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  it('gives focus back to the edited row, where a new deadline has moved it', async () => {
    const el = await fixture<Plan>(html`<samsyn-action-plan mode="edit" today="2016-01-15" .value=${widePlan()}></samsyn-action-plan>`);
    await el.updateComplete;
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('#sort')!;
    sort.value = 'deadline';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const order = () => $$(el, 'tbody tr[data-row]').map((tr) => tr.dataset.row);
    expect(order()).to.deep.equal(['housing-1', 'housing-2', 'work-1']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-row="housing-1"] [data-action="edit"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#f-deadline')!.value = '2018-01-31';
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
    await el.updateComplete;
    expect(order()).to.deep.equal(['housing-2', 'housing-1', 'work-1']);
    await waitUntil(() => deepActive()?.getAttribute('data-action') === 'edit', 'focus on an edit button');
    expect(deepActive()!.closest('tr')!.dataset.row).to.equal('housing-1');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/action-plan/action-plan.js';
import type { SamsynActionPlan } from '../../src/components/action-plan/action-plan.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';

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

type Plan = SamsynActionPlan;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

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

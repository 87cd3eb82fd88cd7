import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import { aggregate } from '../../src/aggregate/index.js';
import { configContext } from '../../src/components/shared/context.js';
import '../../src/components/sip-status/sip-status.js';
import type { SamsynSipStatus } from '../../src/components/sip-status/sip-status.js';
import type { SamsynErrorDetail, SamsynSelectDetail } from '../../src/components/shared/events.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { langAttributes, languageOf } from '../helpers/lang.js';

// ---- Data ----------------------------------------------------------------------------------------

/** Seed 002 (Stockholm): SIP counts in 2013 and 2015, the need in 2015, plans by gender and the obstacles reported. */
const seed002 = {
  source: 'Stadsdelsförvaltningarnas uppgifter',
  points: [
    { period: '2013', date: '2013-12-31', established: 731, inProgress: 122 },
    {
      period: '2015',
      date: '2015-09-30',
      established: 941,
      inProgress: 160,
      estimatedNeed: 1663,
      byGender: { woman: { established: 435 }, man: { established: 506 } },
      obstacles: [{ label: 'Okunskap' }, { label: 'Tidsbrist' }, { label: 'Svårt att motivera den enskilde' }],
    },
  ],
};

/** A complete national inventory record with the given gender and SIP answer. */
function record(gender: string, sip: string) {
  return {
    definition: 'national-inventory@1',
    answers: {
      gender,
      ageBand: '25-34',
      household: ['alone'],
      psychiatryContact: 'social-services-and-psychiatry',
      cooperation: ['social-services', 'outpatient-psychiatry'],
      sip,
      housing: 'ordinary-with-support',
      education: 'upper-secondary-complete',
      occupationStatus: 'had-not',
      occupationDifficulty: 'moderate',
      income: ['activity-compensation'],
      needPsychiatric: '2',
      healthCheck: 'done',
      healthProblems: 'no',
      dentalProblems: 'unknown',
      relativesSupport: 'practical-support',
    },
  };
}

/** Records with `counts[gender][sip]` persons each. */
function records(counts: Record<string, Record<string, number>>) {
  return Object.entries(counts).flatMap(([gender, bySip]) =>
    Object.entries(bySip).flatMap(([sip, n]) => Array.from({ length: n }, () => record(gender, sip))),
  );
}

function plan(overrides: Record<string, unknown> = {}) {
  return {
    id: 'sip-7f3a9c',
    step: 'following-up',
    needs: ['Stöd i boendet'],
    goals: ['Bo kvar i egen lägenhet'],
    interventions: [
      { id: 'i1', text: 'Boendestöd två gånger i veckan', principal: 'kommun', agency: 'kommun-social-services' },
      { id: 'i2', text: 'Samtalsbehandling', principal: 'region', agency: 'region-psychiatry' },
      { id: 'i3', text: 'Arbetsträning', principal: 'other', agency: 'employment-service' },
    ],
    othersActions: [{ text: 'Anhöriga följer med till läkarbesök' }],
    overallResponsibility: { principal: 'kommun', role: 'Samordnare' },
    followUps: [{ date: '2025-01-15', by: 'Samordnare på socialtjänsten' }],
    nextFollowUp: { date: '2025-04-15', by: 'Samordnare på socialtjänsten' },
    consent: { status: 'given', date: '2024-11-02' },
    ...overrides,
  };
}

// ---- Helpers -------------------------------------------------------------------------------------

const root = (el: SamsynSipStatus) => el.shadowRoot!;
/** What a person sees: text with the non-breaking spaces of number formats made plain, without the words only a screen reader gets. */
const text = (node: Node | null | undefined): string => {
  if (node instanceof ShadowRoot) return [...node.childNodes].map(text).join(' ').replace(/ +/g, ' ').trim();
  const copy = node?.cloneNode(true);
  if (copy instanceof Element) for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return (copy?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
};
/** What a screen reader reads of a node: the visually hidden words, not what is hidden from it. */
const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
};
const all = (el: SamsynSipStatus, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: SamsynSipStatus, selector: string) => root(el).querySelector<HTMLElement>(selector)!;
const statusCount = (el: SamsynSipStatus, status: string) => text(one(el, `.status--${status} .status-count`));

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((container) => container.remove()));

/**
 * Renders a wrapper with the element inside and waits for the element, not
 * for an animation frame (open-wc's fixture waits one for a plain wrapper,
 * which never comes while the test page is in a background tab).
 */
async function mount(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  await Promise.all([...container.querySelectorAll('samsyn-sip-status')].map((el) => el.updateComplete));
  return container.firstElementChild as HTMLElement;
}

async function overview(data: { counts?: unknown; records?: unknown }, attrs: { minCount?: number; lang?: string; width?: number; need?: number } = {}) {
  const wrapper = await mount(html`<div lang=${attrs.lang ?? 'sv'} style=${`width:${attrs.width ?? 900}px`}>
    <samsyn-sip-status
      .counts=${data.counts}
      .records=${data.records}
      .minCount=${attrs.minCount}
      .estimatedNeed=${attrs.need}
    ></samsyn-sip-status>
  </div>`);
  const el = wrapper.querySelector('samsyn-sip-status')!;
  await el.updateComplete;
  return el;
}

async function planView(value: unknown, attrs: { today?: string; lang?: string; width?: number } = {}) {
  const wrapper = await mount(html`<div lang=${attrs.lang ?? 'sv'} style=${`width:${attrs.width ?? 900}px`}>
    <samsyn-sip-status .plan=${value} .today=${attrs.today}></samsyn-sip-status>
  </div>`);
  const el = wrapper.querySelector('samsyn-sip-status')!;
  await el.updateComplete;
  return el;
}

/** Every number a reader sees as a count (status cards, totals, table cells), as written. */
function countTexts(el: SamsynSipStatus): string[] {
  return all(el, '.status-count, .total, td, tbody th, tfoot th, .obstacles .muted').map(text);
}

/** Whole numbers in `s`, with the thin spaces of Swedish thousands joined back. */
function numbersIn(s: string): number[] {
  return [...s.replace(/(\d) (?=\d{3}\b)/g, '$1').matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Records every event the element dispatches. */
function recordEvents(el: SamsynSipStatus): string[] {
  const seen: string[] = [];
  const original = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    seen.push(event.type);
    return original(event);
  };
  return seen;
}

// ---- Overview ------------------------------------------------------------------------------------

describe('<samsyn-sip-status> overview from counts', () => {
  it('shows the coverage of seed 002: (941 + 160) / 1,663 = 66 %, as a meter and in words', async () => {
    const el = await overview({ counts: seed002 });
    expect(statusCount(el, 'established')).to.equal('941');
    expect(statusCount(el, 'in-progress')).to.equal('160');
    const meter = one(el, '[role="meter"]');
    expect(meter.getAttribute('aria-valuenow')).to.equal('66');
    expect(meter.getAttribute('aria-valuetext')!.replace(/\s+/g, ' ')).to.equal('66 %, 1 101 av 1 663');
    expect(text(one(el, '.coverage-text'))).to.equal('66 %: 1 101 av uppskattat behov 1 663 (941 upprättade och 160 under upprättande).');
    // The meter is named by the heading above it.
    expect(text(root(el).getElementById(meter.getAttribute('aria-labelledby')!))).to.equal('Täckning av uppskattat behov');
  });

  it('marks statuses the kommun did not report with "-" and explains the sign', async () => {
    const el = await overview({ counts: seed002 });
    expect(statusCount(el, 'missing')).to.equal('-');
    expect(statusCount(el, 'unknown')).to.equal('-');
    expect(text(one(el, '[part="notes"]'))).to.contain('- = uppgiften är inte rapporterad.');
    expect(text(one(el, '[part="notes"]'))).to.contain('Källa: Stadsdelsförvaltningarnas uppgifter');
  });

  it('shows the series over the years, the latest in detail, and another year when chosen', async () => {
    const el = await overview({ counts: seed002 });
    const rows = all(el, '.series tbody tr');
    expect(rows.map((r) => text(r.querySelector('th button')))).to.deep.equal(['2013', '2015']);
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 6).map(text))).to.deep.equal([
      ['731', '122', '-', '-', '-', '-'],
      ['941', '160', '-', '-', '1 663', '66 %'],
    ]);
    expect(rows[1].querySelector('button')!.getAttribute('aria-current')).to.equal('true');
    expect(text(one(el, '.point-label'))).to.equal('Läget 2015');

    const event = oneEvent(el, 'samsyn-select');
    rows[0].querySelector('button')!.click();
    const { detail } = (await event) as CustomEvent<SamsynSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'date', key: '2013-12-31', data: { date: '2013-12-31', period: '2013' } });
    await el.updateComplete;
    expect(statusCount(el, 'established')).to.equal('731');
    expect(text(one(el, '.point-label'))).to.equal('Läget 2013');
    expect(all(el, '.series tbody tr')[0].querySelector('button')!.getAttribute('aria-current')).to.equal('true');
    // 2013 has no estimated need: no meter is drawn.
    expect(root(el).querySelector('[role="meter"]')).to.equal(null);
  });

  it('splits by gender (seed 002: 435 women and 506 men have a plan) and selects a gender cell', async () => {
    const el = await overview({ counts: seed002 });
    const firstRow = all(el, '.genders tbody tr')[0];
    expect([...firstRow.querySelectorAll('th, td')].map(text)).to.deep.equal(['Plan upprättad', '435', '506', '941']);
    const event = oneEvent(el, 'samsyn-select');
    firstRow.querySelector<HTMLButtonElement>('td button')!.click();
    const { detail } = (await event) as CustomEvent<SamsynSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'gender', key: 'woman', data: { status: 'established', point: '2015-09-30', count: 435 } });
  });

  it('lists the obstacles and selects one', async () => {
    const el = await overview({ counts: seed002 });
    const items = all(el, '[part="obstacles"] li button');
    expect(items.map(text)).to.deep.equal(['Okunskap', 'Tidsbrist', 'Svårt att motivera den enskilde']);
    const event = oneEvent(el, 'samsyn-select');
    items[1].click();
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail).to.deep.equal({
      kind: 'obstacle',
      key: 'Tidsbrist',
      data: { point: '2015-09-30', count: null },
    });
  });

  it('speaks English inside lang="en"', async () => {
    const el = await overview({ counts: seed002 }, { lang: 'en' });
    expect(text(one(el, '.coverage-text'))).to.equal('66%: 1,101 of an estimated need of 1,663 (941 drawn up and 160 being drawn up).');
    expect(text(one(el, '.status--established .status-name'))).to.equal('Plan drawn up');
  });
});

describe('<samsyn-sip-status> disclosure control', () => {
  const small = {
    points: [{ period: '2016', established: 40, inProgress: 3, missing: 12, unknown: 20, estimatedNeed: 100 }],
  };

  it('withholds a count below minCount, and one more because the total is shown', async () => {
    const el = await overview({ counts: small });
    expect(statusCount(el, 'established')).to.equal('40');
    expect(statusCount(el, 'in-progress')).to.equal('..');
    // 3 could be worked out as 75 − 40 − 12 − 20: the smallest other count goes too.
    expect(statusCount(el, 'missing')).to.equal('..');
    expect(statusCount(el, 'unknown')).to.equal('20');
    expect(text(one(el, '.total'))).to.equal('Totalt 75 personer.');
    expect(text(one(el, '[part="notes"]'))).to.contain('.. = uppgiften visas inte för att färre än 5 personer ingår');
    // The coverage would give the hidden count away: it is withheld too, and says why.
    expect(root(el).querySelector('[role="meter"]')).to.equal(null);
    expect(text(one(el, '.coverage'))).to.contain('Täckningen visas inte');
    for (const s of countTexts(el)) expect(numbersIn(s).filter((n) => n >= 1 && n < 5), s).to.deep.equal([]);
  });

  it('protects the gender split so that no hidden count follows from a shown total', async () => {
    const counts = {
      points: [
        {
          period: '2016',
          established: 40,
          inProgress: 9,
          missing: 12,
          unknown: 20,
          byGender: {
            woman: { established: 22, inProgress: 7, missing: 6, unknown: 11 },
            man: { established: 18, inProgress: 2, missing: 6, unknown: 9 },
          },
        },
      ],
    };
    const el = await overview({ counts });
    const cells = (row: Element) => [...row.querySelectorAll('td')].map(text);
    const body = all(el, '.genders tbody tr').map(cells);
    const foot = cells(one(el, '.genders tfoot tr'));
    const table = [...body, foot]; // rows: statuses + totals; columns: women, men, total
    for (const row of table) for (const s of row) expect(numbersIn(s).filter((n) => n >= 1 && n < 5)).to.deep.equal([]);
    expect(body[1][1]).to.equal('..'); // men being drawn up: 2
    // Every row and column whose total is shown has no hidden cell or at least two.
    const hiddenIn = (line: string[]) => line.filter((s) => s === '..').length;
    for (const row of table) if (row[2] !== '..') expect(hiddenIn(row.slice(0, 2)), row.join(' ')).to.not.equal(1);
    for (let c = 0; c < 3; c++) {
      const column = table.map((row) => row[c]);
      if (column.at(-1) !== '..') expect(hiddenIn(column.slice(0, -1)), column.join(' ')).to.not.equal(1);
    }
    // And the status cards agree with the table's total column.
    expect(['established', 'in-progress', 'missing', 'unknown'].map((s) => statusCount(el, s))).to.deep.equal(body.map((row) => row[2]));
  });

  it('says in words what a hidden or missing count is, where a screen reader would read ".." as punctuation', async () => {
    const counts = {
      points: [
        {
          period: '2016',
          established: 40,
          inProgress: 3,
          missing: 12,
          byGender: { woman: { established: 22, inProgress: 2, missing: 6 }, man: { established: 18, inProgress: 1, missing: 6 } },
        },
      ],
    };
    const el = await overview({ counts });
    const card = (status: string) => one(el, `.status--${status} .status-count`);
    expect([text(card('in-progress')), spoken(card('in-progress'))]).to.deep.equal(['..', 'uppgift visas inte']);
    expect([text(card('unknown')), spoken(card('unknown'))]).to.deep.equal(['-', 'uppgift saknas']);
    expect(card('in-progress').querySelector('[aria-hidden="true"]')!.textContent).to.equal('..');
    // A hidden count by gender is a button: its name says the count is hidden, not "..".
    const men = all(el, '.genders tbody tr')[1].querySelectorAll('td')[1].querySelector('button')!;
    expect(text(men)).to.equal('..');
    expect(men.getAttribute('aria-label')).to.equal('Män, Plan under upprättande: uppgift visas inte');

    const english = await overview({ counts }, { lang: 'en' });
    expect(spoken(one(english, '.status--in-progress .status-count'))).to.equal('figure not shown');
  });

  it('shows no count below minCount anywhere in its text, from records too', async () => {
    const el = await overview({
      records: records({ woman: { established: 12, 'in-progress': 3, missing: 8, unknown: 6 }, man: { established: 10, 'in-progress': 1, missing: 9, unknown: 7 } }),
    });
    expect(statusCount(el, 'established')).to.equal('22');
    expect(statusCount(el, 'in-progress')).to.equal('..');
    const whole = text(root(el)).replace(/färre än 5 personer/, '');
    for (const hidden of [1, 3, 4]) expect(numbersIn(whole)).to.not.include(hidden);
  });

  it('shows every count when minCount is 1', async () => {
    const el = await overview({ counts: small }, { minCount: 1 });
    expect(statusCount(el, 'in-progress')).to.equal('3');
    expect(statusCount(el, 'missing')).to.equal('12');
    expect(text(one(el, '.coverage-text'))).to.equal('43 %: 43 av uppskattat behov 100 (40 upprättade och 3 under upprättande).');
    expect(text(one(el, '[part="notes"]'))).to.not.contain('..');
  });

  it('keeps a count withheld at the source withheld', async () => {
    const el = await overview({ counts: { points: [{ period: '2016', established: 40, inProgress: null }] } }, { minCount: 1 });
    expect(statusCount(el, 'in-progress')).to.equal('..');
  });
});

describe('<samsyn-sip-status> overview from records', () => {
  const data = records({
    woman: { established: 30, 'in-progress': 10, missing: 8, unknown: 6 },
    man: { established: 25, 'in-progress': 7, missing: 9, unknown: 5 },
  });

  it('counts the sip answers by gender with aggregate, with coverage against a given need', async () => {
    const el = await overview({ records: data }, { need: 100 });
    expect(['established', 'in-progress', 'missing', 'unknown'].map((s) => statusCount(el, s))).to.deep.equal(['55', '17', '17', '11']);
    expect(text(one(el, '.total'))).to.equal('Totalt 100 personer.');
    expect(text(one(el, '.status--established .status-share'))).to.equal('55 %');
    expect(one(el, '[role="meter"]').getAttribute('aria-valuenow')).to.equal('72');
    const first = all(el, '.genders tbody tr')[0];
    expect([...first.querySelectorAll('td')].map(text)).to.deep.equal(['30', '25', '55']);
    expect([...one(el, '.genders tfoot tr').querySelectorAll('td')].map(text)).to.deep.equal(['54', '46', '100']);
  });

  it("takes a result aggregated elsewhere (a vendor's database) as well as records", async () => {
    const el = await overview({ records: aggregate(data, { by: 'gender', period: '2016' }) }, { need: 100 });
    expect(['established', 'in-progress', 'missing', 'unknown'].map((s) => statusCount(el, s))).to.deep.equal(['55', '17', '17', '11']);
    expect(text(one(el, '.point-label'))).to.equal('Läget 2016');
    expect(one(el, '[role="meter"]').getAttribute('aria-valuenow')).to.equal('72');
  });

  it('protects a result made elsewhere with a lower threshold than its own', async () => {
    const few = records({ woman: { established: 30, 'in-progress': 3, missing: 8 }, man: { established: 25, 'in-progress': 1, missing: 9 } });
    const el = await overview({ records: aggregate(few, { by: 'gender', minCount: 1 }) });
    expect(statusCount(el, 'in-progress')).to.equal('..');
    const whole = text(root(el)).replace(/färre än 5 personer/, '');
    for (const hidden of [1, 3, 4]) expect(numbersIn(whole)).to.not.include(hidden);
    const open = await overview({ records: aggregate(few, { by: 'gender', minCount: 1 }) }, { minCount: 1 });
    expect(statusCount(open, 'in-progress')).to.equal('4');
  });

  it('notes records that could not be read', async () => {
    const el = await overview({ records: [...data, { definition: 'national-inventory@1', answers: { gender: 'woman' } }] });
    expect(text(one(el, '[part="notes"]'))).to.contain('1 poster kunde inte läsas och räknas inte.');
  });

  it('selects a status with the mouse and with Enter and Space', async () => {
    const el = await overview({ records: data });
    const button = one(el, '.status--missing') as HTMLButtonElement;
    let event = oneEvent(el, 'samsyn-select');
    button.click();
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail).to.deep.equal({
      kind: 'status',
      key: 'missing',
      data: { point: '', count: 17 },
    });
    button.focus();
    event = oneEvent(el, 'samsyn-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail.key).to.equal('missing');
    event = oneEvent(el, 'samsyn-select');
    await sendKeys({ press: 'Space' });
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail.key).to.equal('missing');
  });

  it('says there is nothing to show when given nothing', async () => {
    const el = await overview({});
    expect(text(one(el, '.empty'))).to.equal('Det finns inga uppgifter om SIP att visa.');
  });
});

describe('<samsyn-sip-status> bad input', () => {
  it('shows a localized message and emits samsyn-error for invalid counts, without throwing', async () => {
    const wrapper = await mount(html`<div><samsyn-sip-status></samsyn-sip-status></div>`);
    const el = wrapper.querySelector('samsyn-sip-status')!;
    const event = oneEvent(el, 'samsyn-error');
    el.counts = { points: [{ period: '2015', established: -3, inProgress: 1 }] };
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    expect(detail.reason).to.equal('invalid-value');
    expect(detail.property).to.equal('counts');
    expect(detail.issues!.map((i) => i.path.join('.'))).to.deep.equal(['points.0.established']);
    const alert = one(el, '[role="alert"]');
    expect(text(alert)).to.contain('Antalen om SIP har fel i uppgifterna:');
    expect(text(alert)).to.contain('”Plan upprättad” ska vara ett heltal, 0 eller mer');
  });

  it('shows the plan errors in Swedish, then in English when the language changes, and recovers with a good plan', async () => {
    const wrapper = await mount(html`<div lang="sv"><samsyn-sip-status></samsyn-sip-status></div>`);
    const el = wrapper.querySelector('samsyn-sip-status')!;
    const event = oneEvent(el, 'samsyn-error');
    el.plan = plan({ consent: { status: 'withdrawn' }, step: 'finished' });
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    expect(detail.property).to.equal('plan');
    expect(detail.issues!.map((i) => i.path.join('.'))).to.have.members(['step', 'consent.date']);
    expect(text(one(el, '[part="error"]'))).to.contain('Ange datum för när samtycket gavs eller återkallades.');

    wrapper.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(one(el, '[part="error"]'))).to.contain('Enter the date when consent was given or withdrawn.');

    el.plan = plan();
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(all(el, '[part="step"]')).to.have.length(6);
  });

  it('refuses a today that is not a date, and records that are neither a list nor a result', async () => {
    const el = await planView(plan(), { today: '15/4/2025' });
    expect(text(one(el, '[part="error"]'))).to.contain('Dagens datum måste anges som ÅÅÅÅ-MM-DD');
    const other = await overview({ records: { hello: 'world' } });
    expect(text(one(other, '[part="error"]'))).to.contain('en lista med inventeringsposter eller ett aggregerat resultat väntades');
    const need = await overview({ records: [] }, { need: -5 });
    expect(text(one(need, '[part="error"]'))).to.contain('Det uppskattade behovet ska vara ett heltal större än 0.');
  });
});

// ---- One plan ------------------------------------------------------------------------------------

describe('<samsyn-sip-status> one plan', () => {
  it('shows the steps in order with the current one marked in text and aria-current', async () => {
    const el = await planView(plan({ step: 'invited' }), { today: '2025-03-01' });
    const steps = all(el, '[part="steps"] > li');
    expect(steps.map((li) => text(li.querySelector('.step-name')))).to.deep.equal([
      'Behov identifierat',
      'Förberedelse',
      'Kallelse skickad',
      'SIP-möte hållet',
      'Uppföljning',
      'Avslutad',
    ]);
    expect(steps.map((li) => text(li.querySelector('.step-state')))).to.deep.equal([
      'Klart',
      'Klart',
      'Nuvarande steg',
      'Kommande',
      'Kommande',
      'Kommande',
    ]);
    const current = all(el, '[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(text(current[0].querySelector('.step-name'))).to.equal('Kallelse skickad');
  });

  describe('overdue follow-ups, around today', () => {
    it('is overdue the day after the follow-up date, in text and shape', async () => {
      const el = await planView(plan(), { today: '2025-04-16' });
      const notice = one(el, '[part="overdue"]');
      expect(text(notice)).to.equal('Försenad: Uppföljningen skulle ha gjorts 15 april 2025, för 1 dag sedan.');
      expect(notice.querySelector('svg.warning')).to.exist;
      expect(text(one(el, '[part="follow-up"]'))).to.contain('Försenad');
    });

    it('is due, not overdue, on the day itself', async () => {
      const el = await planView(plan(), { today: '2025-04-15' });
      expect(root(el).querySelector('[part="overdue"]')).to.equal(null);
      expect(text(one(el, '[part="follow-up"]'))).to.contain('Idag');
    });

    it('is on time the day before', async () => {
      const el = await planView(plan(), { today: '2025-04-14' });
      expect(root(el).querySelector('[part="overdue"]')).to.equal(null);
      expect(text(one(el, '[part="follow-up"]'))).to.contain('I tid 15 april 2025, om 1 dag.');
      expect(text(one(el, '[part="follow-up"]'))).to.contain('Följs upp av: Samordnare på socialtjänsten');
    });

    it('is never overdue once the plan is closed', async () => {
      const el = await planView(plan({ step: 'closed' }), { today: '2026-01-01' });
      expect(root(el).querySelector('[part="overdue"]')).to.equal(null);
      expect(text(one(el, '[part="follow-up"]'))).to.contain('Planen är avslutad');
    });

    it('measures against the current date when today is not set', async () => {
      const yesterday = new Date(Date.now() - 86_400_000);
      const iso = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
      const el = await planView(plan({ nextFollowUp: { date: iso, by: 'Samordnare' } }));
      expect(text(one(el, '[part="overdue"]'))).to.contain('för 1 dag sedan');
    });

    it('says overdue in English too', async () => {
      const el = await planView(plan(), { today: '2025-04-20', lang: 'en' });
      expect(text(one(el, '[part="overdue"]'))).to.equal('Overdue: The follow-up was due on 15 April 2025, 5 days ago.');
    });
  });

  it('reads the plan’s own texts in Swedish on an English page, and its own words in English', async () => {
    const el = await planView(plan(), { today: '2025-04-01', lang: 'en' });
    for (const written of ['Stöd i boendet', 'Bo kvar i egen lägenhet', 'Boendestöd två gånger i veckan', 'Anhöriga följer med till läkarbesök', 'Samordnare på socialtjänsten']) {
      expect(languageOf(el, written), written).to.equal('sv');
    }
    expect(languageOf(el, 'Samordnare')).to.equal('sv');
    for (const own of ['Needs', 'Municipality', 'Followed up by: ']) expect(languageOf(el, own), own).to.equal('en');
    expect(text(one(el, '[part="follow-up"]'))).to.contain('Followed up by: Samordnare på socialtjänsten');
    expect(langAttributes(await planView(plan(), { today: '2025-04-01', lang: 'sv' }))).to.deep.equal([]);
    const english = await planView(plan({ lang: 'en' }), { today: '2025-04-01', lang: 'sv' });
    expect(languageOf(english, 'Stöd i boendet')).to.equal('en');
  });

  it('names the responsible principal of every intervention and selects one by id', async () => {
    const el = await planView(plan(), { today: '2025-03-01' });
    const items = all(el, '[part="interventions"] > li');
    expect(items.map((li) => text(li.querySelector('dl')))).to.deep.equal([
      'Huvudman Kommunen Verksamhet Kommunens socialtjänst',
      'Huvudman Regionen Verksamhet Regionens psykiatri',
      'Huvudman Annan aktör Verksamhet Arbetsförmedlingen',
    ]);
    const event = oneEvent(el, 'samsyn-select');
    items[1].querySelector('button')!.click();
    const { detail } = (await event) as CustomEvent<SamsynSelectDetail>;
    expect(detail.kind).to.equal('intervention');
    expect(detail.key).to.equal('i2');
    expect((detail.data as { intervention: { principal: string } }).intervention.principal).to.equal('region');
  });

  it('says whether consent is given, and makes a withdrawal stand out', async () => {
    let el = await planView(plan(), { today: '2025-03-01' });
    expect(text(one(el, '[part="consent"] .badge'))).to.equal('Samtycke givet 2 november 2024.');
    el = await planView(plan({ consent: { status: 'withdrawn', date: '2025-02-01' } }), { today: '2025-03-01' });
    const consent = one(el, '[part="consent"]');
    expect(text(consent)).to.contain('Samtycke återkallat 1 februari 2025.');
    expect(text(consent)).to.contain('får inte delas mellan huvudmännen');
    expect(consent.querySelector('svg.warning')).to.exist;
  });

  it('reaches the steps with Tab and selects with Enter and Space', async () => {
    const el = await planView(plan({ step: 'meeting-held' }), { today: '2025-03-01' });
    const first = all(el, '[part="step"]')[0] as HTMLButtonElement;
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(all(el, '[part="step"]')[1]);
    let event = oneEvent(el, 'samsyn-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail).to.deep.equal({
      kind: 'step',
      key: 'preparing',
      data: { plan: 'sip-7f3a9c', state: 'done' },
    });
    event = oneEvent(el, 'samsyn-select');
    await sendKeys({ press: 'Space' });
    expect(((await event) as CustomEvent<SamsynSelectDetail>).detail.key).to.equal('preparing');
  });

  it('emits nothing but samsyn-select when its parts are activated', async () => {
    const el = await planView(plan(), { today: '2025-03-01' });
    const seen = recordEvents(el);
    for (const button of all(el, 'button')) button.click();
    expect(seen.length).to.equal(all(el, 'button').length);
    expect(new Set(seen)).to.deep.equal(new Set(['samsyn-select']));

    const over = await overview({ counts: seed002 });
    const seenOver = recordEvents(over);
    for (const button of all(over, 'button')) button.click();
    await over.updateComplete;
    expect(new Set(seenOver)).to.deep.equal(new Set(['samsyn-select']));
  });
});

describe('<samsyn-sip-status> inside a report', () => {
  it("follows the report's minCount and today unless they are set on the element", async () => {
    const report = await mount(html`<div></div>`);
    new ContextProvider(report, { context: configContext, initialValue: { minCount: 1, today: '2025-04-16' } });
    const counts = document.createElement('samsyn-sip-status');
    counts.counts = { points: [{ period: '2016', established: 40, inProgress: 3 }] };
    const person = document.createElement('samsyn-sip-status');
    person.plan = plan();
    report.append(counts, person);
    await counts.updateComplete;
    await person.updateComplete;
    expect(statusCount(counts, 'in-progress')).to.equal('3');
    expect(text(one(person, '[part="overdue"]'))).to.contain('för 1 dag sedan');

    counts.minCount = 5;
    person.today = '2025-04-01';
    await counts.updateComplete;
    await person.updateComplete;
    expect(statusCount(counts, 'in-progress')).to.equal('..');
    expect(root(person).querySelector('[part="overdue"]')).to.equal(null);
  });

  it('puts its heading at the level the page asks for, its sections one below', async () => {
    const el = await fixture<SamsynSipStatus>(html`<samsyn-sip-status heading-level="3" .plan=${plan()} today="2025-03-01"></samsyn-sip-status>`);
    expect(one(el, '[part="heading"]').localName).to.equal('h3');
    expect(new Set(all(el, '.block > h4, .fact > h4').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
    expect(all(el, 'h2, h5')).to.have.length(0);
  });
});

// ---- Layout and accessibility ----------------------------------------------------------------------

describe('<samsyn-sip-status> layout and accessibility', () => {
  const fitsWidth = (el: SamsynSipStatus) => {
    const base = one(el, '[part="base"]');
    // Tables may scroll inside their own focusable region; nothing else may overflow.
    for (const child of all(el, '[part="base"] > *:not(.genders):not(.series)')) {
      expect(child.scrollWidth, child.className).to.be.at.most(base.clientWidth + 1);
    }
    expect(base.scrollWidth).to.be.at.most(el.clientWidth + 1);
  };

  it('fits a 280px sidebar: steps stacked, one column of cards, no bar column', async () => {
    const el = await planView(plan(), { today: '2025-05-01', width: 280 });
    fitsWidth(el);
    expect(getComputedStyle(one(el, '[part="steps"]')).flexDirection).to.equal('column');
    const o = await overview({ counts: seed002 }, { width: 280 });
    fitsWidth(o);
    expect(getComputedStyle(one(o, '.statuses')).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(getComputedStyle(one(o, 'td.bar-column')).display).to.equal('none');
  });

  it('uses the room of a wide page: steps in a row, four cards, bars in the series', async () => {
    const el = await planView(plan(), { today: '2025-05-01', width: 1000 });
    expect(getComputedStyle(one(el, '[part="steps"]')).flexDirection).to.equal('row');
    const o = await overview({ counts: seed002 }, { width: 1000 });
    expect(getComputedStyle(one(o, '.statuses')).gridTemplateColumns.split(' ')).to.have.length(4);
    expect(getComputedStyle(one(o, 'td.bar-column')).display).to.equal('table-cell');
  });

  for (const lang of ['sv', 'en']) {
    for (const width of [280, 1000]) {
      it(`has no axe violations: overview and plan, ${lang}, ${width}px`, async () => {
        await expectNoAxeViolations(await overview({ counts: seed002 }, { lang, width }));
        await expectNoAxeViolations(
          await overview(
            {
              records: records({
                woman: { established: 12, 'in-progress': 3, missing: 8, unknown: 6 },
                man: { established: 10, 'in-progress': 1, missing: 9, unknown: 7 },
              }),
            },
            { lang, width, need: 60 },
          ),
        );
        await expectNoAxeViolations(await planView(plan(), { today: '2025-05-01', lang, width }));
        await expectNoAxeViolations(await planView(plan({ consent: { status: 'withdrawn', date: '2025-02-01' } }), { today: '2025-03-01', lang, width }));
      });
    }
  }

  it('has no axe violations when it shows an error', async () => {
    const el = await planView({ id: 'x' });
    expect(one(el, '[part="error"]')).to.exist;
    await expectNoAxeViolations(el);
  });
});

describe('samsyn-sip-status given records it cannot all read', () => {
  it('counts those it read, notes the rest, and tells the page once', async () => {
    const reasons: string[] = [];
    const listen = (e: Event) => reasons.push((e as CustomEvent<SamsynErrorDetail>).detail.reason);
    document.addEventListener('samsyn-error', listen);
    try {
      const el = await overview({ records: [...records({ woman: { established: 12 }, man: { established: 10 } }), null, null] }, { minCount: 1 });
      await aTimeout(0);
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
      expect(statusCount(el, 'established')).to.equal('22');
      expect(text(root(el))).to.contain('2 poster kunde inte läsas och räknas inte.');
      expect(reasons).to.deep.equal(['records-rejected']);
    } finally {
      document.removeEventListener('samsyn-error', listen);
    }
  });

  it('says how many it could not read and why when it can read none of them', async () => {
    const el = await overview({ records: [null, null] }, { lang: 'en' });
    const alert = root(el).querySelector('[part~="error"]');
    expect(text(alert)).to.contain('None of the 2 records could be read');
    expect(root(el).querySelector('.coverage-text')).to.equal(null);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/inventory-report/inventory-report.js';
import type { SamsynInventoryReport } from '../../src/components/inventory-report/inventory-report.js';
import type { SamsynChart } from '../../src/components/chart/chart.js';
import { aggregate, compare, generateRecords, toCsv } from '../../src/aggregate/index.js';
import { inventoryDefinition } from '../../src/definitions/inventory.js';
import type { AggregateResult, Population } from '../../src/schema/aggregate-result.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const count = new Intl.NumberFormat('sv-SE');
const decimal1 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (digits: number) =>
  new Intl.NumberFormat('sv-SE', { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits });

const records = generateRecords({ count: 400, seed: 11 });
const earlier = generateRecords({ count: 320, seed: 12 });

const bands = { '18-24': 40000, '25-34': 75000, '35-44': 65000, '45-54': 60000, '55-64': 50000, '65-plus': 45000 };
const half = Object.fromEntries(Object.entries(bands).map(([k, v]) => [k, v / 2]));
const population: Population = {
  total: 335000,
  groups: bands,
  byOption: { gender: { woman: { total: 167500, groups: half }, man: { total: 167500, groups: half } } },
};

const root = (el: Element) => el.shadowRoot!;
/** What a sighted reader sees in a cell: the sign, not the words meant for a screen reader. */
const seen = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !n.classList.contains('visually-hidden')))
    .map((n) => n.textContent)
    .join('')
    .trim();
const perMilleText = (value: number | null | undefined, suppressed?: boolean) =>
  suppressed ? '..' : value === null || value === undefined ? '-' : decimal1.format(value);

/** The report itself is the fixture: a plain wrapper would make fixture() wait for a frame, which a background page never paints. */
async function report(template: ReturnType<typeof html>): Promise<SamsynInventoryReport> {
  const el = await fixture<SamsynInventoryReport>(template);
  await el.settled();
  return el;
}

describe('samsyn-inventory-report', () => {
  it('publishes records only by the breakdowns protected together (gender, age band), and says why for another', async () => {
    const el = await fixture<SamsynInventoryReport>(html`<samsyn-inventory-report by="housing"></samsyn-inventory-report>`);
    const event = oneEvent(el, 'samsyn-error');
    el.records = records;
    const { detail } = (await event) as CustomEvent<{ reason: string; property: string }>;
    await el.updateComplete;
    expect(detail.property).to.equal('by');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('kan bara redovisas efter kön eller åldersgrupp');
    expect(el.shadowRoot!.querySelector('samsyn-chart'), 'no chart by housing').to.equal(null);
    el.setAttribute('by', 'ageBand');
    await waitUntil(() => el.shadowRoot!.querySelector('samsyn-chart') !== null, 'charts by age band', { timeout: 60_000 });
  });

  it('shows the total, then a heading per section and a chart per question, in the definition’s order', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2015"></samsyn-inventory-report>`);
    const expected = aggregate(records, { period: '2015' });
    expect(el.shownResult).to.deep.equal(expected);

    expect(root(el).querySelector('h2')!.textContent.trim()).to.equal(inventoryDefinition.title.sv);
    expect(root(el).querySelector('.key-figures')!.textContent).to.contain('Antal personer i inventeringen');
    expect(seen(root(el).querySelector('.key-figures dd')!)).to.equal(count.format(400));

    const sections = [...root(el).querySelectorAll('article > section')].filter((s) => s.querySelector('samsyn-chart'));
    expect(sections.map((s) => s.querySelector('h3')!.textContent.trim())).to.deep.equal(inventoryDefinition.sections.map((s) => s.title.sv));
    sections.forEach((section, i) => {
      const charts = [...section.querySelectorAll('samsyn-chart')];
      expect(charts.map((c) => c.question)).to.deep.equal(inventoryDefinition.sections[i].questions.map((q) => q.id));
      charts.forEach((chart) => {
        expect(chart.shownResult).to.equal(el.shownResult);
        expect(chart.getAttribute('heading-level')).to.equal('4');
      });
    });
  });

  it('gives each chart the report’s figures: a chart’s table matches the result', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records}></samsyn-inventory-report>`);
    const chart = root(el).querySelector<SamsynChart>('samsyn-chart[question=housing]')!;
    await chart.settled();
    const rows = [...root(chart).querySelectorAll('tbody tr')];
    const housing = el.shownResult!.questions.find((q) => q.id === 'housing')!;
    expect(rows.map((r) => r.querySelector('th')!.textContent.trim())).to.deep.equal(housing.options!.map((o) => o.label.sv));
    rows.forEach((row, i) => {
      const cell = housing.options![i].cells.all;
      expect(seen(row.querySelector('td')!)).to.equal(cell.suppressed ? '..' : count.format(cell.count!));
    });
  });

  it('shows per mille of the population by age band and gender, as the result gives them', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} .population=${population}></samsyn-inventory-report>`);
    const expected = aggregate(records, { by: 'ageBand', population });
    const table = [...root(el).querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('per 1 000 invånare'))!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent.trim())).to.deep.equal(['Ålder', 'Kvinna', 'Man', 'Samtliga']);
    const gender = expected.questions.find((q) => q.id === 'gender')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent.trim())).to.deep.equal(expected.groups.map((g) => g.label.sv));
    rows.forEach((row, i) => {
      const band = expected.groups[i].code;
      const cells = [...row.querySelectorAll('td')].map(seen);
      expect(cells).to.deep.equal([
        ...gender.options!.map((o) => perMilleText(o.cells.groups[band].perMille, o.cells.groups[band].suppressed)),
        perMilleText(expected.total.groups[band].perMille, expected.total.groups[band].suppressed),
      ]);
    });
    const total = [...table.querySelectorAll('tfoot td')].map(seen);
    expect(total).to.deep.equal([
      ...gender.options!.map((o) => perMilleText(o.cells.all.perMille, o.cells.all.suppressed)),
      perMilleText(expected.total.all.perMille),
    ]);
    expect(total.at(-1)).to.equal(decimal1.format((400 / 335000) * 1000));
  });

  it('shows SIP coverage against the estimated need', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} sip-need="300"></samsyn-inventory-report>`);
    const sip = el.shownResult!.questions.find((q) => q.id === 'sip')!;
    const established = sip.options!.find((o) => o.code === 'established')!.cells.all.count!;
    const inProgress = sip.options!.find((o) => o.code === 'in-progress')!.cells.all.count!;
    const table = [...root(el).querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('Samordnade individuella planer'))!;
    const rows = [...table.querySelectorAll('tr')].map((r) => [r.querySelector('th')!.textContent.trim(), seen(r.querySelector('td')!)]);
    expect(rows).to.deep.equal([
      ['SIP upprättad', count.format(established)],
      ['SIP håller på att upprättas', count.format(inProgress)],
      ['Upprättad eller på väg', count.format(established + inProgress)],
      ['Uppskattat behov av SIP', '300'],
      ['Andel av behovet som har eller får en SIP', new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format((established + inProgress) / 300)],
    ]);
    // The table follows the SIP chart, in the cooperation section.
    expect(table.closest('section')!.querySelector('h3')!.textContent.trim()).to.equal('Samverkan');
  });

  it('compares with an earlier inventory, option by option', async () => {
    const el = await report(html`<samsyn-inventory-report
      .records=${records}
      .previous=${earlier}
      period="2015"
      previous-period="2013"
    ></samsyn-inventory-report>`);
    const expected = compare(aggregate(earlier, { period: '2013' }), aggregate(records, { period: '2015' }));
    const section = [...root(el).querySelectorAll('section')].find((s) => s.querySelector('h3')!.textContent.includes('Jämförelse'))!;
    expect(section.querySelector('p')!.textContent.trim()).to.equal(
      `Antal personer: ${count.format(320)} före, ${count.format(400)} nu (förändring ${signed(0).format(80)}).`,
    );
    const table = section.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent.trim())).to.deep.equal([
      'Svarsalternativ',
      '2013',
      '2015',
      'Förändring, antal',
      'Förändring, procentenheter',
    ]);
    const groups = [...table.querySelectorAll('tbody')];
    expect(groups.map((g) => g.querySelector('th[scope=rowgroup]')!.textContent.trim())).to.deep.equal(expected.questions.map((q) => q.label.sv));
    groups.forEach((group, qi) => {
      const rows = [...group.querySelectorAll('tr')].slice(1);
      rows.forEach((row, oi) => {
        const change = expected.questions[qi].options[oi].all;
        const text = (v: number | null, f: (n: number) => string) => (v === null ? (change.suppressed ? '..' : '-') : f(v));
        expect([...row.querySelectorAll('td')].map(seen)).to.deep.equal([
          text(change.before, (n) => count.format(n)),
          text(change.after, (n) => count.format(n)),
          text(change.difference, (n) => signed(0).format(n)),
          text(change.percentagePoints, (n) => signed(1).format(n)),
        ]);
      });
    });
  });

  it('hides small counts everywhere as `..` with the footnote, and never shows them', async () => {
    const few = generateRecords({ count: 24, seed: 5 });
    const el = await report(html`<samsyn-inventory-report .records=${few} .population=${population} sip-need="10"></samsyn-inventory-report>`);
    const result = aggregate(few, { by: 'ageBand', population });
    const table = [...root(el).querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('per 1 000 invånare'))!;
    const cells = [...table.querySelectorAll('td')];
    const hidden = cells.filter((c) => seen(c) === '..');
    expect(hidden.length).to.be.greaterThan(0);
    hidden.forEach((c) => expect(c.textContent).not.to.match(/\d/));
    expect(table.parentElement!.textContent).to.contain('.. = uppgiften visas inte för att färre än 5 personer ingår');
    // Every figure shown is one the result gives out.
    const given = new Set(
      [result.total.all, ...Object.values(result.total.groups), ...result.questions.find((q) => q.id === 'gender')!.options!.flatMap((o) => [o.cells.all, ...Object.values(o.cells.groups)])]
        .filter((c) => !c.suppressed && c.perMille != null)
        .map((c) => decimal1.format(c.perMille!)),
    );
    cells.map(seen).filter((t) => t !== '..' && t !== '-').forEach((t) => expect(given).to.include(t));
  });

  it('accepts a precomputed result, and turns an invalid one into a localized message', async () => {
    const result = aggregate(records, { by: 'gender', period: '2015' });
    const el = await report(html`<samsyn-inventory-report .result=${result}></samsyn-inventory-report>`);
    expect(el.shownResult).to.equal(result);
    expect(root(el).querySelector<SamsynChart>('samsyn-chart[question=ageBand]')!.type).to.equal('grouped');

    const error = oneEvent(el, 'samsyn-error');
    el.setAttribute('lang', 'en');
    el.result = { ...result, questions: 'none' } as unknown as AggregateResult;
    const { detail } = await error;
    expect(detail).to.include({ reason: 'invalid-value', property: 'result' });
    expect(detail.message).to.equal('The result is not in the expected format (an aggregated result from samsyn/aggregate).');
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('The field questions is missing or has a wrong value.');
  });

  it('downloads everything as CSV: exactly what samsyn/aggregate writes for the result', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2015"></samsyn-inventory-report>`);
    const created: Blob[] = [];
    const native = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return original(blob);
    };
    const links: HTMLAnchorElement[] = [];
    const observer = new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => n instanceof HTMLAnchorElement && links.push(n))));
    observer.observe(root(el), { childList: true, subtree: true });
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes('Ladda ner alla resultat'))!;
      button.click();
      await waitUntil(() => created.length > 0, 'nothing was downloaded');
    } finally {
      Object.defineProperty(URL, 'createObjectURL', native);
      observer.disconnect();
    }
    expect(created).to.have.length(1);
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(toCsv(el.shownResult!));
    expect(links.map((a) => a.download)).to.deep.equal(['inventering-2015.csv']);
    expect(links[0].href).to.match(/^blob:/);
  });

  it('gives every chart its text alternative before any canvas is drawn', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records}></samsyn-inventory-report>`);
    const charts = [...root(el).querySelectorAll<SamsynChart>('samsyn-chart')];
    expect(charts.length).to.be.above(10);
    await Promise.all(charts.map((c) => c.updateComplete));
    // Charts are drawn a few per frame; their figures are there for assistive technology at once.
    expect(charts.filter((c) => c.drawn), 'drawn without a frame in between').to.have.length(0);
    for (const chart of charts) {
      const canvas = chart.shadowRoot!.querySelector('canvas');
      if (canvas) expect(canvas.getAttribute('aria-label'), chart.question).to.match(/\d/);
    }
    expect(charts.filter((c) => c.shadowRoot!.querySelector('canvas')).length).to.be.above(10);
  });

  it('aggregates a region’s records in a worker', async () => {
    const many = generateRecords({ count: 12000, seed: 2 });
    const constructed: string[] = [];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        constructed.push(String(url));
      }
    };
    let el: SamsynInventoryReport;
    try {
      el = await report(html`<samsyn-inventory-report .records=${many}></samsyn-inventory-report>`);
    } finally {
      window.Worker = RealWorker;
    }
    expect(constructed).to.have.length(1);
    expect(constructed[0]).to.match(/aggregate-worker/);
    expect(el.shownResult).to.deep.equal(aggregate(many));
  });

  it('is axe-clean in Swedish and English, with every part shown', async () => {
    for (const lang of ['sv', 'en']) {
      const el = await report(html`<samsyn-inventory-report
        lang=${lang}
        .records=${records}
        .previous=${earlier}
        .population=${population}
        sip-need="300"
        period="2015"
        previous-period="2013"
      ></samsyn-inventory-report>`);
      await Promise.all([...root(el).querySelectorAll<SamsynChart>('samsyn-chart')].map((c) => c.settled()));
      if (lang === 'en') expect(root(el).querySelector('h3')!.textContent.trim()).to.equal('Share of the population');
      await expectNoAxeViolations(el);
    }
  });

  it('shows a message while there is nothing to report', async () => {
    const el = await report(html`<samsyn-inventory-report></samsyn-inventory-report>`);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Det finns inga uppgifter att redovisa ännu.');
    el.records = [];
    await el.settled();
    expect(root(el).querySelector('samsyn-chart')).to.equal(null);
    expect(root(el).textContent).to.contain('Det finns inga uppgifter att redovisa ännu.');
    await expectNoAxeViolations(el);
  });

  it('prints without buttons, every chart drawn as an image', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records}></samsyn-inventory-report>`);
    await el.prepareForPrint();
    const charts = [...root(el).querySelectorAll<SamsynChart>('samsyn-chart')];
    expect(charts.every((c) => c.drawn)).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      for (const button of root(el).querySelectorAll('button')) expect(button.checkVisibility()).to.equal(false);
      for (const chart of charts) {
        const image = root(chart).querySelector<HTMLImageElement>('.print-image')!;
        expect(image.src, chart.question).to.match(/^data:image\/png/);
        expect(image.checkVisibility()).to.equal(true);
        expect(root(chart).querySelector('canvas')!.checkVisibility()).to.equal(false);
        for (const button of root(chart).querySelectorAll('button')) expect(button.checkVisibility()).to.equal(false);
      }
      const heading = root(el).querySelector('section h3')!;
      expect(getComputedStyle(heading).breakAfter).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('samsyn-inventory-report given records it cannot all read', () => {
  it('reports on those it read, lists what it left out, and tells the page once', async () => {
    const el = await fixture<SamsynInventoryReport>(html`<samsyn-inventory-report></samsyn-inventory-report>`);
    const reasons: string[] = [];
    el.addEventListener('samsyn-error', (e) => reasons.push(e.detail.reason));
    el.records = [...records, null, null, null];
    await el.settled();
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    expect(el.shownResult!.total.all.count).to.equal(400);
    expect(root(el).querySelector('.rejected')!.textContent).to.contain('3 poster kunde inte räknas');
    expect(reasons).to.deep.equal(['records-rejected']);
  });

  it('says how many it could not read and why when it can read none of them', async () => {
    const el = await fixture<SamsynInventoryReport>(html`<samsyn-inventory-report></samsyn-inventory-report>`);
    const event = oneEvent(el, 'samsyn-error');
    el.records = [{ definition: 'no-such-form@1', answers: {} }, { definition: 'no-such-form@1', answers: {} }];
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.reason).to.equal('records-rejected');
    expect(detail.message).to.contain('Ingen av de 2 posterna kunde läsas');
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain(detail.message);
    expect(root(el).querySelector('.key-figures')).to.equal(null);
  });
});

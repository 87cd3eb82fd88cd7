import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/inventory-report/inventory-report.js';
import type { SamsynInventoryReport } from '../../src/components/inventory-report/inventory-report.js';
import { aggregate, generateRecords } from '../../src/aggregate/index.js';
import type { AggregateResult, Population } from '../../src/schema/aggregate-result.js';
import type { KoladaValue } from '../../src/schema/kolada.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const years = ['2023', '2024', '2025'];
const history: AggregateResult[] = years.map((period, i) => aggregate(generateRecords({ count: 80 + i * 20, seed: 30 + i }), { period }));
const records = generateRecords({ count: 140, seed: 40 });

const bands = { '18-24': 4000, '25-34': 7500, '35-44': 6500, '45-54': 6000, '55-64': 5000, '65-plus': 4500 };
const half = Object.fromEntries(Object.entries(bands).map(([k, v]) => [k, v / 2]));
/** The total typed beside the bands counts every age: the report must not divide by it. */
const population: Population = {
  total: 41000,
  groups: bands,
  byOption: { gender: { woman: { total: 20500, groups: half }, man: { total: 20500, groups: half } } },
};
const adults = Object.values(bands).reduce((a, b) => a + b, 0);

const reference: KoladaValue[] = [
  { kpi: 'N00000', municipality: '0000', period: 2026, values: [{ gender: 'T', count: 1, status: '', value: 3.1 }, { gender: 'K', count: 1, status: '', value: 3.3 }, { gender: 'M', count: 1, status: '', value: 2.9 }] },
  { kpi: 'N00000', municipality: '2581', period: 2026, label: 'Grannby kommun', values: [{ gender: 'T', count: 1, status: '', value: 9.4 }, { gender: 'K', count: 0, status: 'Saknas', value: null }] },
];

const root = (el: Element) => el.shadowRoot!;
/** What a sighted reader sees in a cell: the sign, not the words meant for a screen reader. */
const seen = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !n.classList.contains('visually-hidden')))
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const rowsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(seen));

async function report(template: ReturnType<typeof html>): Promise<SamsynInventoryReport> {
  const el = await fixture<SamsynInventoryReport>(template);
  await el.settled();
  return el;
}

describe('samsyn-inventory-report: trends, references and one denominator', () => {
  it('shows a line chart and a table per question over every period given, the current one last', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2026" .history=${history}></samsyn-inventory-report>`);
    const text = root(el).textContent;
    expect(text).to.contain('Utveckling 2023–2026');
    const trend = root(el).querySelector('.trend')!;
    const chart = trend.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.match(/^Linjediagram, Kön, andel av dem som svarat 2023–2026\. Kvinna: \d+\s%/);
    const headers = [...trend.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(headers).to.deep.equal(['Svarsalternativ', ...years, '2026', 'Förändring, procentenheter']);
    expect(root(el).querySelectorAll('.trend').length).to.equal(el.shownResult!.questions.filter((q) => q.options?.length).length);
    expect(text, 'the two-year table gives way to the trend').to.not.contain('Jämförelse med tidigare inventering');
  });

  it('hides a change where either end is hidden, and never draws a line across a hidden point', async () => {
    const small = aggregate(generateRecords({ count: 12, seed: 5 }), { period: '2022' });
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2026" .history=${[small, ...history]}></samsyn-inventory-report>`);
    for (const table of root(el).querySelectorAll('.trend table')) {
      for (const row of rowsOf(table)) {
        if (row[1] === '..') expect(row[row.length - 1], `${row[0]}: the change from a hidden figure`).to.equal('..');
      }
    }
    const hiddenPoints = small.questions.flatMap((q) => q.options ?? []).filter((o) => o.cells.all.suppressed).length;
    expect(hiddenPoints, 'the test needs hidden figures').to.be.greaterThan(0);
  });

  it('puts the kommun beside the nation and a neighbour, says how it stands, and shows Kolada’s unpublished figure as ..', async () => {
    const el = await report(html`<samsyn-inventory-report
      .records=${records}
      period="2026"
      kommun="Norrviks kommun"
      .population=${population}
      .reference=${reference}
    ></samsyn-inventory-report>`);
    const caption = [...root(el).querySelectorAll('caption')].find((c) => c.textContent.includes('efter kön'))!;
    const rows = rowsOf(caption.closest('table')!);
    expect(rows.map((r) => r[0])).to.deep.equal(['Norrviks kommun', 'Riket', 'Grannby kommun']);
    expect(rows[1].slice(1)).to.deep.equal(['3,3', '2,9', '3,1']);
    expect(rows[2][1]).to.equal('..');
    const own = (140 / adults) * 1000;
    expect(rows[0][3]).to.equal(own.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    const lead = caption.closest('section')!.querySelector('p')!.textContent;
    expect(lead).to.contain('Norrviks kommun har');
    expect(lead).to.contain(`${own > 3.1 ? 'fler än' : 'färre än'} Riket (3,1)`);
    expect(lead).to.contain(`${own > 9.4 ? 'fler än' : 'färre än'} Grannby kommun (9,4)`);
  });

  it('computes every per-mille figure on one population, the sum of the age bands, and states it once', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2026" .population=${population} .reference=${reference}></samsyn-inventory-report>`);
    const notes = [...root(el).querySelectorAll('.denominator')];
    expect(notes).to.have.length(1);
    expect(notes[0].textContent).to.contain(`${adults.toLocaleString('sv-SE')} invånare från 18 år`);
    const perMille = [...root(el).querySelectorAll('table')].find((t) => t.querySelector('caption')!.textContent.includes('per 1 000 invånare, efter ålder'))!;
    const all = [...perMille.querySelectorAll('tfoot td')].pop()!.textContent.trim();
    const byGender = [...root(el).querySelectorAll('table')].find((t) => t.querySelector('caption')!.textContent.includes('efter kön'))!;
    expect(rowsOf(byGender)[0][3], 'the same figure in both tables').to.equal(all);
  });

  it('says what is wrong with a reference that is not in Kolada’s shape', async () => {
    const el = await fixture<SamsynInventoryReport>(html`<samsyn-inventory-report period="2026"></samsyn-inventory-report>`);
    const event = oneEvent(el, 'samsyn-error');
    el.reference = [{ municipality: '0000' }] as unknown as KoladaValue[];
    el.records = records;
    const { detail } = (await event) as CustomEvent<{ property: string; message: string }>;
    expect(detail.property).to.equal('reference');
    expect(detail.message).to.contain('Koladas format');
  });

  it('passes the accessibility checks with trends and references', async () => {
    const el = await report(html`<samsyn-inventory-report .records=${records} period="2026" .history=${history} .population=${population} .reference=${reference}></samsyn-inventory-report>`);
    await expectNoAxeViolations(el);
  });
});

// Formula injection through the CSV downloads. A kommun's option labels, its
// group names and a plan's texts that a spreadsheet would run as formulas
// reach the file with an apostrophe in front, through each element's own
// download button or link, while the figures stay numbers a spreadsheet
// reads: negative ones, `..` for a hidden figure and `-` for a missing one.
import { expect, fixture, html } from '@open-wc/testing';
import { downloadedBlob } from '../helpers/download.js';
import '../../src/components/action-plan/action-plan.js';
import '../../src/components/chart/chart.js';
import '../../src/components/inventory-report/inventory-report.js';
import type { SamsynChart } from '../../src/components/chart/chart.js';
import type { SamsynInventoryReport } from '../../src/components/inventory-report/inventory-report.js';
import { generateRecords } from '../../src/aggregate/index.js';
import { extendDefinition, inventoryDefinition } from '../../src/schema/index.js';
import type { ActionPlan } from '../../src/schema/action-plan.js';
import { resultOf } from '../fixtures/aggregate-results.js';

/** Cells a spreadsheet would run: a formula, a sign, an at, a leading tab and a leading carriage return. */
const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tflik först', '\rvagnretur först'];
const text = (t: string) => ({ sv: t, en: t });

/** The text of the one file `start` has the browser download, taken where the element hands its Blob over. */
async function downloaded(start: () => void): Promise<string> {
  const blob = await downloadedBlob(start);
  const file = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  expect(file.startsWith('\uFEFF'), 'a byte order mark first').to.equal(true);
  return file.slice(1);
}

/** RFC 4180 records, read the way a spreadsheet reads them: quoted fields may hold separators, quotes and line breaks. */
function readCsv(file: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < file.length; i++) {
    const c = file[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (file[i + 1] === '"') field += file[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' && file[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(record.length === 0 && field === '' && !quoted, 'the file ends with a complete line').to.equal(true);
  return records;
}

/** Each formula is in the file as text, behind an apostrophe; a cell that starts with a formula sign can only be a negative number or the missing sign. */
function expectGuarded(records: string[][], where: string): void {
  const cells = records.flat();
  for (const formula of FORMULAS) expect(cells, `${where}: ${JSON.stringify(formula)}`).to.include(`'${formula}`);
  for (const cell of cells) {
    if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${where}: a cell a spreadsheet would run`).to.match(/^-(\d+([.,]\d+)?)?$/);
  }
}

describe('formula injection through the CSV downloads', () => {
  it("samsyn-chart's table: option labels, group names and the question, with plain figures, `..` and `-`", async () => {
    // Three groups named by the kommun: one with no answers, so its shares are missing (`-`); the last option is hidden (`..`).
    const result = resultOf({
      by: 'gender',
      groups: [
        { code: 'a', label: text(FORMULAS[0]) },
        { code: 'b', label: text(FORMULAS[2]) },
        { code: 'c', label: text(FORMULAS[1]) },
      ],
      total: 60,
      totalGroups: { a: 30, b: 30, c: 0 },
      questions: [
        {
          id: 'sip',
          label: text(FORMULAS[3]),
          section: 'cooperation',
          answered: 60,
          unanswered: 0,
          answeredGroups: { a: 30, b: 30, c: 0 },
          unansweredGroups: { a: 0, b: 0, c: 0 },
          options: FORMULAS.map((f, i) =>
            i === FORMULAS.length - 1
              ? { code: `o${i}`, label: text(f), all: '..', groups: { a: '..', b: '..', c: 0 } }
              : { code: `o${i}`, label: text(f), all: 10, groups: { a: 5, b: 5, c: 0 } },
          ),
        },
      ],
    });
    const el = await fixture<SamsynChart>(html`<samsyn-chart style="width: 640px" .result=${result} question="sip" type="grouped"></samsyn-chart>`);
    await el.draw();
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[1];
    expect(button.textContent.trim()).to.equal('Ladda ner tabellen (CSV)');
    const records = readCsv(await downloaded(() => button.click()), ';');

    expect(records[0].slice(0, 5)).to.deep.equal([
      'Svarsalternativ',
      'Samtliga: Antal',
      'Samtliga: Andel, %',
      `'${FORMULAS[0]}: Antal`,
      `'${FORMULAS[0]}: Andel, %`,
    ]);
    expect(records[0].slice(5)).to.deep.equal([`'-1+2: Antal`, `'-1+2: Andel, %`, `'+1: Antal`, `'+1: Andel, %`]);
    expect(records.slice(1, 6)).to.deep.equal(FORMULAS.slice(0, 5).map((f) => [`'${f}`, '10', '16,7', '5', '16,7', '5', '16,7', '0', '-']));
    expect(records[6]).to.deep.equal([`'${FORMULAS[5]}`, '..', '..', '..', '..', '..', '..', '0', '-']);
    expectGuarded(records, 'samsyn-chart');
  });

  describe('samsyn-inventory-report', () => {
    // A kommun's own questions: a choice whose options are the formulas, and a number whose answers are negative.
    const definition = extendDefinition(inventoryDefinition, {
      id: 'kommun-formler',
      version: '1',
      sections: [
        {
          id: 'own',
          after: 'background',
          title: text('Egna frågor'),
          questions: [
            { id: 'ownChoice', kind: 'one', label: text(FORMULAS[0]), options: FORMULAS.map((f, i) => ({ code: `o${i}`, label: text(f) })) },
            { id: 'ownChange', kind: 'number', label: text('Förändring sedan förra året'), min: -10, max: 10 },
          ],
        },
      ],
    });
    const changes = [-3, -1, -2, 0];
    const records = generateRecords({ count: FORMULAS.length, seed: 1 }).map((r, i) => ({
      ...r,
      definition: 'kommun-formler@1',
      answers: { ...r.answers, ownChoice: `o${i}`, ownChange: changes[i % changes.length] },
    }));
    const report = async () => {
      const el = await fixture<SamsynInventoryReport>(
        html`<samsyn-inventory-report .definition=${definition} .records=${records} min-count="1" period="2015"></samsyn-inventory-report>`,
      );
      await el.settled();
      return el;
    };

    it('its CSV of everything: option labels guarded, negative statistics plain', async () => {
      const el = await report();
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Ladda ner alla resultat'))!;
      const records = readCsv(await downloaded(() => button.click()), ';');
      expectGuarded(records, 'samsyn-inventory-report');

      const own = records.filter((r) => r[0] === 'ownChoice' && r[2] === 'option' && r[6] === 'Samtliga');
      expect(own.map((r) => [r[1], r[4], r[7]])).to.deep.equal(FORMULAS.map((f) => [`'${FORMULAS[0]}`, `'${f}`, '1']));
      // The statistics of -3, -1, -2, 0, -3 and -1: the value column keeps its minus signs, unguarded.
      const stat = (type: string) => records.find((r) => r[0] === 'ownChange' && r[2] === type && r[6] === 'Samtliga')![11];
      expect([stat('mean'), stat('median'), stat('min'), stat('max')]).to.deep.equal(['-1,7', '-1,5', '-3', '0']);
    });

    it("a chart's table in the report: the kommun's option labels guarded", async () => {
      const el = await report();
      const chart = el.shadowRoot!.querySelector<SamsynChart>('samsyn-chart[question=ownChoice]')!;
      await chart.draw();
      const button = chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[1];
      const records = readCsv(await downloaded(() => button.click()), ';');
      expectGuarded(records, 'the chart in samsyn-inventory-report');
      expect(records.slice(1, 7).map((r) => r.slice(0, 2))).to.deep.equal(FORMULAS.map((f) => [`'${f}`, '1']));
    });
  });

  it("samsyn-action-plan's export: the plan's texts guarded, its figures plain", async () => {
    const plan: ActionPlan = {
      title: FORMULAS[0],
      period: FORMULAS[1],
      rows: FORMULAS.map((f, i) => ({
        id: `r${i}`,
        area: 'housing',
        goal: f,
        activity: FORMULAS[(i + 1) % FORMULAS.length],
        responsible: FORMULAS[(i + 2) % FORMULAS.length],
        schedule: FORMULAS[(i + 3) % FORMULAS.length],
        status: 'ongoing',
        result: FORMULAS[(i + 4) % FORMULAS.length],
        target: { description: FORMULAS[(i + 5) % FORMULAS.length], direction: 'at-least', value: 30.5, unit: 'percent', outcome: 16 },
      })),
    };
    const el = await fixture(html`<samsyn-action-plan .value=${plan} mode="read" lang="sv"></samsyn-action-plan>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    el.addEventListener('click', (e) => e.preventDefault());
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-format="csv"]')!;
    const records = readCsv(await downloaded(() => link.click()), ';');
    expectGuarded(records, 'samsyn-action-plan');

    const header = records[0];
    const column = (name: string) => header.indexOf(name);
    expect(records).to.have.length(1 + FORMULAS.length);
    records.slice(1).forEach((record, i) => {
      expect(record[column('Planens rubrik')]).to.equal(`'${FORMULAS[0]}`);
      expect(record[column('Period')]).to.equal(`'${FORMULAS[1]}`);
      expect(record[column('Mål')]).to.equal(`'${FORMULAS[i]}`);
      expect(record[column('Uppföljning/Resultat')]).to.equal(`'${FORMULAS[(i + 4) % FORMULAS.length]}`);
      expect(record[column('Id')]).to.equal(`r${i}`);
    });
    expect(records[1].slice(-5)).to.deep.equal(['Minst', '30,5', 'procent', '16', 'Ej uppnått']);
  });
});

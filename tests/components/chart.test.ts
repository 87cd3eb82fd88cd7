import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/chart/chart.js';
import type { SamsynChart } from '../../src/components/chart/chart.js';
import type { AggregateResult } from '../../src/schema/aggregate-result.js';
import { aggregate, generateRecords } from '../../src/aggregate/index.js';
import { aggregateRecords } from '../../src/components/shared/figures/aggregate-records.js';
import { PALETTE } from '../../src/components/chart/chart-data.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { downloadedBlob } from '../helpers/download.js';
import { genderResult, sipByGender } from '../fixtures/aggregate-results.js';

const sv = new Intl.NumberFormat('sv-SE');
const svPercent1 = (share: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100);

const chartJsRequested = () =>
  performance.getEntriesByType('resource').some((e) => /chart-render|node_modules\/chart\.js/.test(e.name));

const shadow = (el: SamsynChart) => el.shadowRoot!;
const canvasOf = (el: SamsynChart) => shadow(el).querySelector('canvas')!;
const toggleOf = (el: SamsynChart) => shadow(el).querySelector<HTMLButtonElement>('button[aria-controls]')!;
const tableOf = (el: SamsynChart) => shadow(el).querySelector('table')!;
/** What a sighted reader sees in a cell: the sign, not the words meant for a screen reader. */
const seen = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !n.classList.contains('visually-hidden')))
    .map((n) => n.textContent)
    .join('')
    .trim();

/**
 * A chart, drawn. Drawn on request rather than by scrolling: the test runner may run this file in a
 * background page, where nothing intersects and no frame is rendered.
 */
async function drawnChart(result: AggregateResult, question: string, type = 'bar', lang = 'sv', width = 640): Promise<SamsynChart> {
  // The element itself is the fixture: a plain wrapper would make fixture() wait for a frame.
  const el = await fixture<SamsynChart>(
    html`<samsyn-chart lang=${lang} style=${`width: ${width}px`} .result=${result} question=${question} type=${type}></samsyn-chart>`,
  );
  await el.draw();
  expect(el.drawn).to.equal(true);
  return el;
}

/**
 * Stands in for IntersectionObserver, so a test can say when an element comes into view whether or not
 * the page is rendered.
 */
function fakeIntersections() {
  const real = window.IntersectionObserver;
  const observers: Array<{ callback: IntersectionObserverCallback; targets: Set<Element> }> = [];
  window.IntersectionObserver = class {
    private readonly entry: { callback: IntersectionObserverCallback; targets: Set<Element> };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, targets: new Set() };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      this.entry.targets.clear();
    }
    takeRecords() {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
  return {
    observed: (el: Element) => observers.some((o) => o.targets.has(el)),
    show(el: Element) {
      for (const o of observers.filter((x) => x.targets.has(el))) {
        o.callback([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], o as unknown as IntersectionObserver);
      }
    },
    restore: () => (window.IntersectionObserver = real),
  };
}

describe('samsyn-chart', () => {
  // First, while Chart.js is not yet part of this page.
  it('fetches Chart.js only when the chart is first shown', async () => {
    const view = fakeIntersections();
    let el: SamsynChart;
    try {
      el = await fixture<SamsynChart>(html`<samsyn-chart .result=${genderResult} question="gender"></samsyn-chart>`);
      await el.settled();
      await aTimeout(300);
      expect(view.observed(el), 'the chart watches whether it is in view').to.equal(true);
      expect(chartJsRequested(), 'requested before the chart is shown').to.equal(false);
      expect(el.drawn).to.equal(false);
      // The figures are there for assistive technology before anything is drawn.
      expect(canvasOf(el).getAttribute('aria-label')).to.contain('Kvinna 54');

      view.show(el);
      await el.whenDrawn();
    } finally {
      view.restore();
    }
    expect(chartJsRequested()).to.equal(true);
    expect(el.drawn).to.equal(true);
    expect(view.observed(el), 'it stops watching once shown').to.equal(false);
  });

  it('shows the question as title, n, and a text alternative with every figure', async () => {
    const el = await drawnChart(genderResult, 'gender');
    expect(shadow(el).querySelector('h3')!.textContent.trim()).to.equal('Kön');
    expect(shadow(el).querySelector('[part=subtitle]')!.textContent).to.contain(`Antal svarande: 350 av 360`);
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Stapeldiagram: Kvinna 54\u00a0% (190), Man 46\u00a0% (160). 350 svarade.');
  });

  it('speaks English with lang="en", with English number formats', async () => {
    const el = await drawnChart(genderResult, 'gender', 'horizontal-bar', 'en');
    expect(shadow(el).querySelector('h3')!.textContent.trim()).to.equal('Gender');
    expect(canvasOf(el).getAttribute('aria-label')).to.equal('Horizontal bar chart: Woman 54% (190), Man 46% (160). 350 answered.');
    expect(toggleOf(el).textContent.trim()).to.equal('Show as table');
  });

  it('draws the figures of the result on the canvas, through Chart.js', async () => {
    const el = await drawnChart(genderResult, 'gender');
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvasOf(el))!;
    expect(chart.data.datasets[0].data).to.deep.equal([(190 / 350) * 100, (160 / 350) * 100]);
    expect(chart.data.labels).to.deep.equal([['Kvinna'], ['Man']]);
  });

  it('shows the same figures as a real table, matching the result cell by cell', async () => {
    const el = await drawnChart(genderResult, 'gender');
    toggleOf(el).click();
    await el.updateComplete;
    const table = tableOf(el);
    expect(table.checkVisibility()).to.equal(true);
    expect(table.querySelector('caption')!.textContent.trim()).to.equal('Kön, 2015');
    const headers = [...table.querySelectorAll('thead th')].map((th) => [th.textContent.trim(), th.getAttribute('scope')]);
    expect(headers).to.deep.equal([
      ['Svarsalternativ', 'col'],
      ['Antal', 'col'],
      ['Andel, %', 'col'],
    ]);
    const question = genderResult.questions[0];
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(question.options!.length);
    rows.forEach((row, i) => {
      const option = question.options![i];
      expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(row.querySelector('th')!.textContent.trim()).to.equal(option.label.sv);
      const cells = [...row.querySelectorAll('td')].map(seen);
      expect(cells).to.deep.equal([sv.format(option.cells.all.count!), svPercent1(option.cells.all.shareOfAnswered!)]);
    });
    const foot = [...table.querySelectorAll('tfoot tr')].map((r) => [r.querySelector('th')!.textContent.trim(), seen(r.querySelector('td')!)]);
    expect(foot).to.deep.equal([
      ['Antal svarande', '350'],
      ['Ej svar', '10'],
    ]);
  });

  it('toggles the table with the keyboard, and says so with aria-expanded', async () => {
    const el = await drawnChart(genderResult, 'gender');
    const toggle = toggleOf(el);
    const table = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.checkVisibility()).to.equal(false);

    const before = document.createElement('button');
    before.textContent = 'före';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.checkVisibility()).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.checkVisibility()).to.equal(false);
    before.remove();
  });

  it('shows hidden counts as `..` with the footnote, and never a number for them', async () => {
    const el = await drawnChart(sipByGender, 'sip', 'grouped');
    toggleOf(el).click();
    await el.updateComplete;
    const table = tableOf(el);
    const groupHeads = [...table.querySelectorAll('thead th[scope=colgroup]')].map((th) => th.textContent.trim());
    expect(groupHeads).to.deep.equal(['Samtliga', 'Kvinna', 'Man']);

    const question = sipByGender.questions.find((q) => q.id === 'sip')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    rows.forEach((row, i) => {
      const option = question.options![i];
      const cells = [...row.querySelectorAll('td')];
      [option.cells.all, option.cells.groups.woman, option.cells.groups.man].forEach((cell, c) => {
        const [countCell, shareCell] = [cells[c * 2], cells[c * 2 + 1]];
        if (cell.suppressed) {
          expect(seen(countCell), `${option.code} column ${c}`).to.equal('..');
          expect(seen(shareCell)).to.equal('..');
          expect(countCell.textContent).not.to.match(/\d/);
          expect(countCell.querySelector('.visually-hidden')!.textContent).to.equal('uppgift visas inte');
        } else {
          expect(seen(countCell)).to.equal(sv.format(cell.count!));
          expect(seen(shareCell)).to.equal(svPercent1(cell.shareOfAnswered!));
        }
      });
    });
    const notes = [...shadow(el).querySelectorAll('.note')].map((n) => n.textContent.trim());
    expect(notes).to.include('.. = uppgiften visas inte för att färre än 5 personer ingår (skydd mot att enskilda kan identifieras).');

    const label = canvasOf(el).getAttribute('aria-label')!;
    expect(label).to.match(/^Grupperat stapeldiagram efter kön: Kvinna: /);
    expect(label).to.contain('En plan håller på att upprättas visas inte');
    expect(label).to.contain('Uppgifter som visas inte skyddas');

    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvasOf(el))!;
    // A hidden figure is no bar at all: null, never a number standing in for it.
    expect(chart.data.datasets.map((d) => d.data[1])).to.deep.equal([null, null]);
  });

  it('is axe-clean in Swedish and English, with the table open', async () => {
    for (const lang of ['sv', 'en']) {
      const el = await drawnChart(sipByGender, 'sip', 'grouped', lang);
      toggleOf(el).click();
      await el.updateComplete;
      await expectNoAxeViolations(el);
    }
  });

  it('draws every chart type', async () => {
    for (const type of ['bar', 'horizontal-bar', 'stacked', 'grouped', 'doughnut']) {
      const el = await drawnChart(sipByGender, 'sip', type);
      expect(el.drawn, type).to.equal(true);
      expect(canvasOf(el).width, type).to.be.greaterThan(0);
      await expectNoAxeViolations(el);
    }
  });

  it('is sized by its container, and follows it', async () => {
    for (const width of [640, 320]) {
      const el = await drawnChart(genderResult, 'gender', 'bar', 'sv', width);
      expect(canvasOf(el).getBoundingClientRect().width).to.be.closeTo(width, 1);
      const { Chart } = await import('chart.js');
      const { options } = Chart.getChart(canvasOf(el))!;
      // Chart.js watches the container with a ResizeObserver and redraws at its new size.
      expect([options.responsive, options.maintainAspectRatio]).to.deep.equal([true, false]);
    }
  });

  it('destroys the Chart.js instance when it leaves the page', async () => {
    const el = await drawnChart(genderResult, 'gender');
    const canvas = canvasOf(el);
    const { Chart } = await import('chart.js');
    expect(Chart.getChart(canvas)).to.not.equal(undefined);
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(el.drawn).to.equal(false);
  });

  it('turns an invalid result into a localized message and samsyn-error, without throwing', async () => {
    const bad = { ...genderResult, total: { all: { count: 'many' }, groups: {} } };
    const el = await fixture<SamsynChart>(html`<samsyn-chart lang="en" question="gender"></samsyn-chart>`);
    const error = oneEvent(el, 'samsyn-error');
    el.result = bad as unknown as AggregateResult;
    const { detail } = await error;
    expect(detail.reason).to.equal('invalid-value');
    expect(detail.property).to.equal('result');
    expect(detail.message).to.contain('The result is not in the expected format');
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('The field total.all.count is missing or has a wrong value.');
    expect(shadow(el).querySelector('canvas')).to.equal(null);

    el.result = genderResult;
    await waitUntil(() => shadow(el).querySelector('canvas'), 'a good result did not replace the message');
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
  });

  it('says so when the question is not in the result', async () => {
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="shoeSize"></samsyn-chart>`);
    const error = oneEvent(el, 'samsyn-error');
    el.result = genderResult;
    expect((await error).detail.message).to.equal('Resultatet har ingen fråga med id ”shoeSize”.');
  });

  it('shows an empty state until it has data', async () => {
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="gender"></samsyn-chart>`);
    expect(shadow(el).textContent).to.contain('Det finns inga uppgifter att visa ännu.');
    await expectNoAxeViolations(el);
  });

  it('prints a still image of the chart and no buttons', async () => {
    const el = await drawnChart(genderResult, 'gender');
    window.dispatchEvent(new Event('beforeprint'));
    const image = shadow(el).querySelector<HTMLImageElement>('.print-image')!;
    expect(image.src).to.match(/^data:image\/png;base64,/);
    expect(image.alt).to.equal(canvasOf(el).getAttribute('aria-label'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(image).display).to.equal('block');
      expect(getComputedStyle(canvasOf(el)).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('draws at the screen’s own resolution, and its print image at least at twice it', async () => {
    const el = await drawnChart(genderResult, 'gender');
    const canvas = canvasOf(el);
    const cssWidth = parseFloat(canvas.style.width);
    expect(cssWidth).to.be.above(0);
    // Chart.js rounds the backing store down to whole pixels.
    expect(canvas.width).to.equal(Math.floor(cssWidth * window.devicePixelRatio));

    window.dispatchEvent(new Event('beforeprint'));
    const image = shadow(el).querySelector<HTMLImageElement>('.print-image')!;
    await image.decode();
    expect(image.naturalWidth).to.be.at.least(Math.floor(cssWidth * Math.max(2, window.devicePixelRatio)));
    // The canvas on the screen is back at the screen's resolution.
    expect(canvas.width).to.equal(Math.floor(cssWidth * window.devicePixelRatio));
  });

  it('draws the charts in view nearest the viewport first, and each one even when none is asked for', async () => {
    const view = fakeIntersections();
    const order: string[] = [];
    try {
      // Three charts at different distances below the top of the page, put in the page furthest first.
      const wrapper = await fixture<HTMLElement>(html`<div style="position: relative; height: 4000px">
        <samsyn-chart id="far" style="position: absolute; top: 3000px; width: 400px" .result=${genderResult} question="gender"></samsyn-chart>
        <samsyn-chart id="middle" style="position: absolute; top: 1500px; width: 400px" .result=${genderResult} question="gender"></samsyn-chart>
        <samsyn-chart id="near" style="position: absolute; top: 0; width: 400px" .result=${genderResult} question="gender"></samsyn-chart>
      </div>`);
      const charts = [...wrapper.querySelectorAll<SamsynChart>('samsyn-chart')];
      await Promise.all(charts.map((c) => c.settled()));
      window.scrollTo(0, 0);
      const drawn = charts.map((c) => c.whenDrawn().then(() => order.push(c.id)));
      // All three come into view at once, as on a tall screen.
      for (const c of charts) view.show(c);
      await Promise.all(drawn);
    } finally {
      view.restore();
    }
    expect(order).to.deep.equal(['near', 'middle', 'far']);
  });

  it('prints the table instead when the chart was never drawn', async () => {
    const view = fakeIntersections();
    try {
      const el = await fixture<SamsynChart>(html`<samsyn-chart .result=${genderResult} question="gender"></samsyn-chart>`);
      await el.settled();
      expect(el.drawn).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(tableOf(el).checkVisibility()).to.equal(true);
        expect(canvasOf(el).checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    } finally {
      view.restore();
    }
  });

  it('aggregates records on the fly, broken down by another question', async () => {
    const records = generateRecords({ count: 300, seed: 7 });
    const expected = aggregate(records, { by: 'gender' });
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="ageBand" type="stacked" by="gender" .records=${records}></samsyn-chart>`);
    await el.settled();
    expect(el.shownResult).to.deep.equal(expected);
    await el.draw();
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvasOf(el))!;
    const ageBand = expected.questions.find((q) => q.id === 'ageBand')!;
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Kvinna', 'Man']);
    expect(chart.data.datasets[0].data).to.deep.equal(ageBand.options!.map((o) => o.cells.groups.woman.count));

    toggleOf(el).click();
    await el.updateComplete;
    const firstRow = [...tableOf(el).querySelectorAll('tbody tr')][0];
    const cell = ageBand.options![0].cells;
    expect([...firstRow.querySelectorAll('td')].map(seen)).to.deep.equal(
      [cell.all, cell.groups.woman, cell.groups.man].flatMap((c) =>
        c.suppressed ? ['..', '..'] : [sv.format(c.count!), svPercent1(c.shareOfAnswered!)],
      ),
    );
  });

  it('reports an unusable breakdown of records as a message', async () => {
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="gender"></samsyn-chart>`);
    const error = oneEvent(el, 'samsyn-error');
    el.by = 'household';
    el.records = generateRecords({ count: 20, seed: 1 });
    const { detail } = await error;
    expect(detail.property).to.equal('records');
    expect(detail.message).to.equal('Posterna kunde inte räknas samman.');
  });

  it('charts records only by the breakdowns protected together (gender, age band), and says why for another', async () => {
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="sip"></samsyn-chart>`);
    const error = oneEvent(el, 'samsyn-error');
    el.by = 'housing';
    el.records = generateRecords({ count: 40, seed: 2 });
    const { detail } = await error;
    expect(detail.property).to.equal('by');
    expect(detail.message).to.contain('kan bara redovisas efter kön');
  });

  it('downloads its table as CSV, in the page language, with `..` for hidden figures', async () => {
    const el = await drawnChart(sipByGender, 'sip', 'grouped');
    const download = shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')[1];
    expect(download.textContent.trim()).to.equal('Ladda ner tabellen (CSV)');
    const file = await downloadedBlob(() => download.click());
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await file.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      'Svarsalternativ;Samtliga: Antal;Samtliga: Andel, %;Kvinna: Antal;Kvinna: Andel, %;Man: Antal;Man: Andel, %',
    );
    expect(lines[1]).to.equal('En plan är upprättad;12;30,0;7;31,8;5;27,8');
    expect(lines[2]).to.equal('En plan håller på att upprättas;..;..;..;..;..;..');
    expect(lines[5]).to.equal('Antal svarande;40;;22;;18;');
  });

  it('aggregates many records in a worker, with the same result as in the page', async () => {
    const records = generateRecords({ count: 12000, seed: 3 });
    const options = [{ by: 'gender' }, { by: 'ageBand', minCount: 3 }];
    const messages: unknown[] = [];
    const answers: unknown[] = [];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e) => answers.push(e.data));
      }
      override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
        messages.push(message);
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
    let inWorker;
    try {
      inWorker = await aggregateRecords(records, options);
    } finally {
      window.Worker = RealWorker;
    }
    // Handed over in slices, copied as objects (no JSON written and read back), then one request to run.
    const kinds = messages.map((m) => Object.keys(m as object).join());
    expect(kinds.at(-1)).to.equal('id,run');
    expect(kinds.slice(0, -1).every((k) => k === 'id,records'), kinds.join(' ')).to.equal(true);
    expect(kinds.length, 'more than one slice').to.be.greaterThan(2);
    const sent = messages.slice(0, -1).reduce<number>((n, m) => n + (m as { records: unknown[] }).records.length, 0);
    expect(sent).to.equal(records.length);
    expect(answers).to.have.length(1);
    expect(answers[0]).to.deep.equal({ id: 1, results: inWorker });
    expect(inWorker).to.deep.equal(options.map((o) => aggregate(records, o)));
  });

  it('hands a record JSON would change to the worker as it is, so the worker counts it as the page does', async () => {
    const records: unknown[] = generateRecords({ count: 12000, seed: 4 });
    // NaN would become null in JSON: an unanswered question instead of a wrong answer.
    records[10] = { definition: 'national-inventory@1', answers: { ...(records[10] as { answers: object }).answers, gender: Number.NaN } };
    records[20] = { definition: 'national-inventory@1', answers: { ...(records[20] as { answers: object }).answers, gender: null } };
    const [inWorker] = await aggregateRecords(records, [{}]);
    const inPage = aggregate(records);
    expect(inWorker.rejected).to.deep.equal(inPage.rejected);
    expect(inWorker.rejected.count).to.equal(2);
    expect(inWorker).to.deep.equal(inPage);
  });

  it('draws in colours with enough contrast, and in the portal’s colours when it sets them', async () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    // 3:1 is what WCAG 1.4.11 asks of graphics; 4.5:1 keeps the white pattern marks and label boxes visible too.
    for (const colour of PALETTE) expect(contrast(colour, '#ffffff'), colour).to.be.at.least(4.5);

    const el = await fixture<SamsynChart>(
      html`<samsyn-chart style="--samsyn-chart-color-1: #00594f" .result=${sipByGender} question="sip" type="grouped"></samsyn-chart>`,
    );
    await el.draw();
    const { Chart } = await import('chart.js');
    const [women, men] = Chart.getChart(canvasOf(el))!.data.datasets;
    expect(women.backgroundColor).to.equal('#00594f');
    // The second series is told apart by a pattern, not by colour alone.
    expect(men.backgroundColor).to.be.instanceOf(CanvasPattern);
    const swatches = [...shadow(el).querySelectorAll('.legend .swatch')].map((s) => getComputedStyle(s));
    expect(swatches[0].backgroundColor).to.equal('rgb(0, 89, 79)');
    expect(swatches[1].backgroundImage).to.contain('repeating-linear-gradient');
  });
});

describe('samsyn-chart beside reference figures (Kolada)', () => {
  /** The gender chart with per-mille figures: 190 women of 20,000, 160 men of 20,000. */
  const withPerMille: AggregateResult = (() => {
    const r = structuredClone(genderResult);
    r.population = { total: 40_000, byOption: { gender: { woman: { total: 20_000 }, man: { total: 20_000 } } } };
    r.total.all.perMille = 8.75;
    r.questions[0].options![0].cells.all.perMille = 9.5;
    r.questions[0].options![1].cells.all.perMille = 8;
    return r;
  })();
  const reference = [
    {
      kpi: 'U28532',
      municipality: '0000',
      period: 2015,
      values: [
        { gender: 'T' as const, value: 8.1 },
        { gender: 'K' as const, value: 8.4 },
        { gender: 'M' as const, value: 8.0 },
      ],
    },
    {
      kpi: 'U28532',
      municipality: '2581',
      label: 'Grannby kommun',
      period: 2014,
      values: [
        { gender: 'T' as const, value: 9.9 },
        { gender: 'K' as const, value: null, status: 'Missing' },
        { gender: 'M' as const, value: 9.2 },
      ],
    },
  ];

  async function referenceChart(lang = 'sv'): Promise<SamsynChart> {
    const el = await fixture<SamsynChart>(
      html`<samsyn-chart lang=${lang} style="width: 640px" .result=${withPerMille} .reference=${reference} kommun="Norrviks kommun" question="gender" table-label="Tabell 4."></samsyn-chart>`,
    );
    await el.draw();
    return el;
  }

  it('draws the kommun and each reference as series of their own, per mille, with a legend naming them', async () => {
    const el = await referenceChart();
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvasOf(el))!;
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Norrviks kommun', 'Riket', 'Grannby kommun (2014)']);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal([
      [9.5, 8],
      [8.4, 8],
      [null, 9.2],
    ]);
    // Told apart without colour: the second and third series are patterns, not plain colours.
    expect(chart.data.datasets.map((d) => typeof d.backgroundColor === 'string')).to.deep.equal([true, false, false]);
    const legend = [...shadow(el).querySelectorAll('.legend li')].map((li) => li.textContent.trim());
    expect(legend).to.deep.equal(['Norrviks kommun', 'Riket', 'Grannby kommun (2014)']);
  });

  it('adds a column per reference to its table, `..` where Kolada publishes no figure, and numbers the table', async () => {
    const el = await referenceChart();
    toggleOf(el).click();
    await el.updateComplete;
    const table = tableOf(el);
    expect(table.querySelector('caption')!.textContent.trim()).to.equal('Tabell 4. Kön, 2015');
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(headers).to.deep.equal(['Svarsalternativ', 'Antal', 'Andel, %', 'Promille', 'Riket, promille', 'Grannby kommun (2014), promille']);
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map(seen));
    expect(rows).to.deep.equal([
      ['Kvinna', '190', '54,3', '9,5', '8,4', '..'],
      ['Man', '160', '45,7', '8,0', '8,0', '9,2'],
    ]);
  });

  it('says in its text alternative how the kommun stands beside each reference, and where its table is', async () => {
    const el = await referenceChart();
    const alt = canvasOf(el).getAttribute('aria-label')!;
    expect(alt).to.contain('Kvinna: Norrviks kommun 9,5 promille, fler än Riket (8,4), uppgift saknas för Grannby kommun (2014).');
    expect(alt).to.contain('Man: Norrviks kommun 8,0 promille, lika många som Riket (8,0), färre än Grannby kommun (2014) (9,2).');
    expect(alt).to.match(/Siffrorna står i Tabell 4\.$/);
    const en = await referenceChart('en');
    expect(canvasOf(en).getAttribute('aria-label')).to.contain('Woman: Norrviks kommun 9.5 per mille, more than Sweden');
  });

  it('is axe-clean with the references in its table', async () => {
    const el = await referenceChart();
    toggleOf(el).click();
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});

describe('samsyn-chart given records it cannot all read', () => {
  it('shows the figures of those it read, says how many it left out, and tells the page once', async () => {
    const records = [...generateRecords({ count: 200, seed: 3 }), null, { definition: 'national-inventory@2', answers: {} }];
    const el = await fixture<SamsynChart>(html`<samsyn-chart question="gender" min-count="1"></samsyn-chart>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('samsyn-error', (e) => errors.push(e));
    el.records = records;
    await el.settled();
    await aTimeout(0);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(el.shownResult!.total.all.count).to.equal(200);
    expect(el.shadowRoot!.querySelector('.note.rejected')!.textContent).to.contain('2 poster kunde inte läsas');
    expect(errors.map((e) => (e.detail as { reason: string }).reason)).to.deep.equal(['records-rejected']);
  });

  it('says why when it can read none of them, instead of showing zeros', async () => {
    const el = await fixture<SamsynChart>(html`<samsyn-chart lang="en" question="gender"></samsyn-chart>`);
    const event = oneEvent(el, 'samsyn-error');
    el.records = [null, null, null];
    const { detail } = (await event) as CustomEvent<{ reason: string; message: string }>;
    await el.updateComplete;
    expect(detail.reason).to.equal('records-rejected');
    expect(detail.message).to.contain('None of the 3 records could be read');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(detail.message);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { aggregate, generateRecords } from '../../../src/aggregate/index.js';
import { FiguresController, FiguresProblem, type FiguresWords } from '../../../src/components/shared/figures.js';
import { markValid } from '../../../src/components/shared/results.js';
import { SamsynElement, type InputProblem } from '../../../src/components/shared/samsyn-element.js';
import type { SamsynErrorDetail } from '../../../src/components/shared/events.js';
import { parseAggregateResult, type AggregateResult } from '../../../src/schema/aggregate-result.js';

const words: FiguresWords = {
  invalidResult: () => 'Resultatet går inte att läsa.',
  invalidField: (path) => `Fältet ${path} är fel.`,
  notList: () => 'En lista med poster väntades.',
  invalidRecords: () => 'Posterna kunde inte räknas.',
  byNotLinked: (by) => `Inte efter ${by}.`,
  allRejected: (count, reason) => `Ingen av ${count} poster kunde läsas: ${reason}`,
  someRejected: (count) => `${count} poster räknas inte.`,
  loadFailed: () => 'En del kunde inte hämtas.',
};

interface Shown {
  total: number | null;
  before?: number | null;
}

/** Where the fetching probe's part comes from: each fetch is one the test settles. */
let fetches: Array<{ resolve: (part: string) => void; reject: (error: Error) => void }> = [];

/** A host that shows the total of `result` or of `records` (and of `previous`, aggregated as they are). */
class FiguresProbe extends SamsynElement {
  @property({ attribute: false }) result: unknown;
  @property({ attribute: false }) records: unknown;
  @property({ attribute: false }) previous: unknown;
  @property() by: string | undefined;
  warnings: InputProblem[] = [];
  checks = 0;
  readonly figures = new FiguresController<Shown, string | undefined>(this, {
    track: (work) => this.track(work),
    words,
    check: (value) => {
      this.checks++;
      return parseAggregateResult(value);
    },
    load: this.load(),
    warn: (problem) => {
      this.warnings.push(problem);
      this.dispatchEvent(new CustomEvent('samsyn-error', { detail: problem }));
    },
  });

  protected load(): (() => Promise<string | undefined>) | undefined {
    return undefined;
  }

  protected override prepare(changed: Map<PropertyKey, unknown>): void {
    if (['result', 'records', 'previous', 'by'].some((k) => changed.has(k))) {
      const previous = this.previous;
      this.figures.set({
        result: this.result,
        records: this.records,
        options: [{ by: this.by, minCount: 1 }],
        derive: ([current], run, part) => {
          if (part === 'trasig') throw new FiguresProblem(() => ({ reason: 'invalid-value', property: 'part', message: 'Delen är trasig.' }));
          const total = { total: current.total.all.count };
          if (previous == null) return total;
          return run.aggregate(previous, { minCount: 1 }, 'previous').then((before) => ({ ...total, before: before.total.all.count }));
        },
      });
    }
    const problem = this.figures.problem;
    if (problem) this.reportProblem(problem);
    else this.clearProblem();
  }

  protected renderContent() {
    const figures = this.figures.figures;
    if (!figures) return html`<p>${this.figures.computing ? 'Räknar…' : 'Inga siffror'}</p>`;
    return html`<p>Totalt ${figures.total}${figures.before === undefined ? '' : `, förut ${figures.before}`}</p>`;
  }
}
customElements.define('figures-probe', FiguresProbe);

/** The same host, with a part fetched for every run, whose fetches the test settles. */
class FetchingFiguresProbe extends FiguresProbe {
  protected override load() {
    return () => new Promise<string>((resolve, reject) => fetches.push({ resolve, reject }));
  }
}
customElements.define('fetching-figures-probe', FetchingFiguresProbe);

const shown = (el: HTMLElement) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
const records = (count: number, seed = 1) => generateRecords({ count, seed });

async function problemOf(el: FiguresProbe, change: () => void): Promise<SamsynErrorDetail> {
  const event = oneEvent(el, 'samsyn-error');
  change();
  const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(detail.message);
  return detail;
}

describe('FiguresController (controller)', () => {
  beforeEach(() => (fetches = []));

  it('shows a result that needs no waiting in the same update, checks it once, and takes it before records', async () => {
    const result = aggregate(records(40));
    const el = await fixture<FiguresProbe>(html`<figures-probe .result=${result} .records=${records(5)}></figures-probe>`);
    expect(shown(el)).to.equal('Totalt 40');
    expect(el.checks).to.equal(1);
    // Marked as checked: a second element (a report's charts) shows it without checking it again.
    const other = await fixture<FiguresProbe>(html`<figures-probe .result=${result}></figures-probe>`);
    expect(shown(other)).to.equal('Totalt 40');
    expect(other.checks).to.equal(0);
  });

  it('aggregates records, and updateComplete waits for the figures', async () => {
    const el = await fixture<FiguresProbe>(html`<figures-probe></figures-probe>`);
    el.records = records(30);
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 30');
    el.records = undefined;
    await el.updateComplete;
    expect(shown(el)).to.equal('Inga siffror');
    // With a part on its way, the update is rendered but updateComplete waits.
    const fetching = await fixture<FetchingFiguresProbe>(html`<fetching-figures-probe></fetching-figures-probe>`);
    fetching.records = records(31);
    let done = false;
    const complete = fetching.updateComplete.then(() => (done = true));
    await waitUntil(() => shown(fetching) === 'Räknar…' && fetches.length === 1);
    await Promise.resolve();
    expect(done, 'updateComplete waits for the figures').to.equal(false);
    fetches[0].resolve('del');
    await complete;
    expect(shown(fetching)).to.equal('Totalt 31');
  });

  it('aggregates many records in a worker and few in the page', async () => {
    const RealWorker = window.Worker;
    let workers = 0;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers++;
      }
    };
    try {
      const el = await fixture<FiguresProbe>(html`<figures-probe .records=${records(200)}></figures-probe>`);
      expect(shown(el)).to.equal('Totalt 200');
      expect(workers, 'few records: in the page').to.equal(0);
      el.records = records(10_000, 2);
      await el.updateComplete;
      expect(shown(el)).to.equal('Totalt 10000');
      expect(workers, 'many records: in a worker').to.equal(1);
    } finally {
      window.Worker = RealWorker;
    }
  });

  it('drops figures overtaken by newer input, whichever arrives last', async () => {
    const el = await fixture<FetchingFiguresProbe>(html`<fetching-figures-probe></fetching-figures-probe>`);
    el.records = records(10);
    await waitUntil(() => fetches.length === 1);
    el.records = records(20);
    await waitUntil(() => fetches.length === 2);
    fetches[1].resolve('del');
    await waitUntil(() => shown(el) === 'Totalt 20');
    fetches[0].resolve('del');
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 20');
    // The last figures stay while newer ones are on their way; cleared meanwhile, the run is dropped.
    el.records = records(30);
    await waitUntil(() => fetches.length === 3);
    expect(shown(el)).to.equal('Totalt 20');
    expect(el.figures.computing).to.equal(true);
    el.records = undefined;
    await el.updateComplete;
    fetches[2].resolve('del');
    await el.updateComplete;
    expect(shown(el)).to.equal('Inga siffror');
  });

  it('says so when records are not a list, or a result does not pass the schema', async () => {
    const el = await fixture<FiguresProbe>(html`<figures-probe></figures-probe>`);
    const notList = await problemOf(el, () => (el.records = '[{"answers":{}}]'));
    expect(notList).to.include({ reason: 'invalid-value', property: 'records', message: 'En lista med poster väntades.' });
    const invalid = await problemOf(el, () => (el.result = { type: 'samsyn-aggregate', questions: 'none' }));
    expect(invalid).to.include({ reason: 'invalid-value', property: 'result', message: 'Resultatet går inte att läsa.' });
    expect(invalid.issues!.map((i) => i.message)).to.include('Fältet questions är fel.');
    el.result = aggregate(records(12));
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 12');
  });

  it('shows no zeros for records of which not one could be read, and the figures of the rest with a note when some could not', async () => {
    const el = await fixture<FiguresProbe>(html`<figures-probe></figures-probe>`);
    const none = await problemOf(el, () => (el.records = [null, { definition: 'no-such-form@1', answers: {} }]));
    expect(none.reason).to.equal('records-rejected');
    expect(none.message).to.match(/^Ingen av 2 poster kunde läsas: \S/);
    expect(el.warnings).to.deep.equal([]);
    const some = oneEvent(el, 'samsyn-error');
    el.records = [...records(25), null, null];
    expect(((await some) as CustomEvent<InputProblem>).detail).to.include({ reason: 'records-rejected', property: 'records', message: '2 poster räknas inte.' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 25');
    expect(el.warnings, 'told once').to.have.length(1);
  });

  it('refuses a breakdown that may not be published from records, and an aggregation that fails', async () => {
    const el = await fixture<FiguresProbe>(html`<figures-probe .records=${records(20)}></figures-probe>`);
    const by = await problemOf(el, () => (el.by = 'housing'));
    expect(by).to.include({ reason: 'invalid-value', property: 'by', message: 'Inte efter housing.' });
    const failed = await problemOf(el, () => (el.by = 'noSuchQuestion'));
    expect(failed).to.include({ reason: 'invalid-value', property: 'records', message: 'Posterna kunde inte räknas.' });
    expect(failed.issues).to.have.length(1);
    el.by = 'gender';
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 20');
  });

  it('holds another input to the same policy, and shows what derive refuses', async () => {
    const el = await fixture<FiguresProbe>(html`<figures-probe .records=${records(20)} .previous=${records(15, 2)}></figures-probe>`);
    expect(shown(el)).to.equal('Totalt 20, förut 15');
    const previous = await problemOf(el, () => (el.previous = [null, null, null]));
    expect(previous).to.include({ reason: 'records-rejected', property: 'previous' });
    const fetching = await fixture<FetchingFiguresProbe>(html`<fetching-figures-probe></fetching-figures-probe>`);
    const refused = oneEvent(fetching, 'samsyn-error');
    fetching.result = markedResult(9);
    await waitUntil(() => fetches.length === 1);
    fetches[0].resolve('trasig');
    expect(((await refused) as CustomEvent<SamsynErrorDetail>).detail).to.include({ property: 'part', message: 'Delen är trasig.' });
  });

  it('says a part could not be fetched, and shows figures once it can be', async () => {
    const el = await fixture<FetchingFiguresProbe>(html`<fetching-figures-probe></fetching-figures-probe>`);
    const event = oneEvent(el, 'samsyn-error');
    el.records = records(10);
    await waitUntil(() => fetches.length === 1);
    fetches[0].reject(new Error('offline'));
    const { detail } = (await event) as CustomEvent<SamsynErrorDetail>;
    await el.updateComplete;
    expect(detail).to.include({ reason: 'load-failed', property: 'records', message: 'En del kunde inte hämtas.' });
    el.records = records(11);
    await waitUntil(() => fetches.length === 2);
    fetches[1].resolve('del');
    await el.updateComplete;
    expect(shown(el)).to.equal('Totalt 11');
  });
});

function markedResult(count: number): AggregateResult {
  const result = aggregate(records(count));
  markValid(result);
  return result;
}

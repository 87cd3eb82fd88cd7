import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/context/context.js';
import '../../src/components/chart/chart.js';
import '../../src/components/inventory-report/inventory-report.js';
import '../../src/components/sip-status/sip-status.js';
import type { SamsynContext } from '../../src/components/context/context.js';
import type { SamsynChart } from '../../src/components/chart/chart.js';
import type { SamsynInventoryReport } from '../../src/components/inventory-report/inventory-report.js';
import type { SamsynSipStatus } from '../../src/components/sip-status/sip-status.js';
import { generateRecords } from '../../src/aggregate/index.js';
import { kommunDefinition, kommunRecords } from '../fixtures/kommun-definition.js';

const records = kommunRecords(240, 5);

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => text(el.shadowRoot);

interface Page {
  context: SamsynContext;
  chart: SamsynChart;
  report: SamsynInventoryReport;
  overview: SamsynSipStatus;
}

async function settled(page: Page): Promise<void> {
  await page.context.updateComplete;
  await Promise.all([page.chart.settled(), page.report.settled(), page.overview.updateComplete]);
  await Promise.all([...page.report.shadowRoot!.querySelectorAll<SamsynChart>('samsyn-chart')].map((c) => c.settled()));
}

/** A chart's title: its heading, at whatever level it was given. */
const titleOf = (chart: Element | undefined) => text(chart?.shadowRoot?.querySelector('h2, h3, h4, h5, h6'));

/** What each element shows of the kommun's own question, and the SIP overview's total or its message. */
function seen(page: Page) {
  const chartTitle = titleOf(page.chart);
  const reportTitle = titleOf([...page.report.shadowRoot!.querySelectorAll<SamsynChart>('samsyn-chart')].find((c) => c.question === 'ownSupport'));
  const overview = text(page.overview.shadowRoot!.querySelector('.total, [part~="error"]'));
  return { chartTitle, reportTitle, overview };
}

describe('samsyn-context', () => {
  it('gives a nested chart, report and SIP overview its definition, and they follow a change of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv">
      <samsyn-context .definition=${kommunDefinition('Har personen stöd i vardagen?')} min-count="3">
        <section>
          <samsyn-chart question="ownSupport" .records=${records}></samsyn-chart>
          <samsyn-inventory-report .records=${records} period="2025"></samsyn-inventory-report>
          <samsyn-sip-status .records=${records}></samsyn-sip-status>
        </section>
      </samsyn-context>
    </div>`);
    const page: Page = {
      context: wrapper.querySelector('samsyn-context')!,
      chart: wrapper.querySelector('samsyn-chart')!,
      report: wrapper.querySelector('samsyn-inventory-report')!,
      overview: wrapper.querySelector('samsyn-sip-status')!,
    };
    await settled(page);
    expect(seen(page)).to.deep.equal({
      chartTitle: 'Har personen stöd i vardagen?',
      reportTitle: 'Har personen stöd i vardagen?',
      overview: 'Totalt 240 personer.',
    });
    expect(page.chart.minCount, 'the provided min-count').to.equal(3);

    // The kommun renames its question: every element inside shows the new name.
    page.context.definition = kommunDefinition('Får personen stöd i vardagen?');
    await settled(page);
    expect(seen(page)).to.deep.include({ chartTitle: 'Får personen stöd i vardagen?', reportTitle: 'Får personen stöd i vardagen?' });

    // A definition the records do not follow: each element says so, none shows figures of the wrong form.
    page.context.definition = kommunDefinition('Får personen stöd i vardagen?', 'annan-kommun');
    await settled(page);
    const after = seen(page);
    expect(after.chartTitle).to.equal('');
    for (const el of [page.chart, page.report, page.overview]) expect(shadowText(el), el.localName).to.contain('annat formulär');
    expect(after.overview).to.not.contain('Totalt 240 personer.');
  });

  it('leaves an element its own definition and min-count, and one outside any context works alone', async () => {
    const own = kommunDefinition('Egen version av frågan');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv">
      <samsyn-context .definition=${kommunDefinition('Från sidan')} min-count="3">
        <samsyn-chart question="ownSupport" .records=${records} .definition=${own} min-count="7"></samsyn-chart>
      </samsyn-context>
      <samsyn-chart question="gender" .records=${generateRecords({ count: 50, seed: 2 })}></samsyn-chart>
    </div>`);
    const [inside, alone] = [...wrapper.querySelectorAll('samsyn-chart')];
    await Promise.all([inside.settled(), alone.settled()]);
    expect(titleOf(inside)).to.equal('Egen version av frågan');
    expect(inside.minCount).to.equal(7);
    expect(titleOf(alone)).to.equal('Kön');
    expect(alone.minCount).to.equal(undefined);
  });
});

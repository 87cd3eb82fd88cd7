// Script injection through the texts of figures: labels of results and of a kommun's own questions,
// periods, SIP texts and counts. Each payload sets a global flag
// if it runs; the test proves none did, that no element or handler attribute
// was injected into any shadow root, and that the text is shown as text.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/chart/chart.js';
import '../../src/components/inventory-report/inventory-report.js';
import '../../src/components/sip-status/sip-status.js';
import { expectShownAsText, hostileCounts, hostileDefinition, hostileResult, hostileSipPlan, openEverything, rendered, until, type Updatable } from './hostile-data.js';
import { PAYLOADS, SHORT_PAYLOADS, expectNothingInjected, resetPayloadFlag, watchUncaught } from './harness.js';

describe('script injection', () => {
  let watch: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    resetPayloadFlag();
    watch = watchUncaught();
  });
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'nothing thrown to the page').to.deep.equal([]);
    resetPayloadFlag();
  });

  PAYLOADS.forEach((p, i) => {
    const short = SHORT_PAYLOADS[i % SHORT_PAYLOADS.length];

    describe(`payload ${p.name}`, () => {
      it('through labels, groups, period and rejection reasons of a result in samsyn-chart', async () => {
        const el = await fixture<Updatable>(html`<div style="width: 640px">
          <samsyn-chart .result=${hostileResult(p)} question="gender" type="grouped"></samsyn-chart>
        </div>`);
        const chart = el.querySelector('samsyn-chart') as Updatable & { whenDrawn(): Promise<void> };
        await chart.whenDrawn();
        await openEverything(chart);
        expectShownAsText(chart, p);
        await expectNothingInjected(el);
      });

      it("through a kommun's own labels and the report's texts in samsyn-inventory-report", async () => {
        const definition = hostileDefinition(p);
        const records = Array.from({ length: 12 }, (_, n) => ({
          definition: 'kommun-hostile@1',
          answers: { gender: n % 2 ? 'woman' : 'man', ownChoice: 'a', ownNotes: p.text, housing: 'own-housing' },
        }));
        const el = await fixture<Updatable>(html`<samsyn-inventory-report
          .definition=${definition}
          .records=${records}
          min-count="1"
          period=${short.text}
          heading=${p.text}
        ></samsyn-inventory-report>`);
        // The records are counted (then charts, or a message when none can be read): wait for that, not for a time.
        await until(() => el.shadowRoot?.querySelector('samsyn-chart, [part~="error"]'));
        await rendered(el);
        expectShownAsText(el, p);
        await expectNothingInjected(el);
      });

      it('through every text of a SIP plan and of SIP counts in samsyn-sip-status', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <samsyn-sip-status .plan=${hostileSipPlan(p)} today="2015-10-01"></samsyn-sip-status>
          <samsyn-sip-status .counts=${hostileCounts(p, short)} period=${short.text}></samsyn-sip-status>
        </div>`);
        await rendered(wrapper);
        for (const el of Array.from(wrapper.querySelectorAll<Updatable>('samsyn-sip-status'))) {
          expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'the data is accepted').to.equal(true);
          expectShownAsText(el, p);
        }
        await expectNothingInjected(wrapper);
      });
    });
  });
});

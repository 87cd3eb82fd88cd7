// Script injection through answers typed or handed over, labels of a kommun's own
// questions, plan texts, organisation names and files read in. Each payload sets a global flag
// if it runs; the test proves none did, that no element or handler attribute
// was injected into any shadow root, and that the text is shown as text.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/questionnaire/questionnaire.js';
import '../../src/components/action-plan/action-plan.js';
import '../../src/components/participation/participation.js';
import { collapse, expectShownAsText, hostileDefinition, hostileParticipation, hostilePlan, openEverything, rendered, until, type Updatable } from './hostile-data.js';
import { PAYLOADS, SHORT_PAYLOADS, deepText, expectNothingInjected, resetPayloadFlag, settle, watchUncaught } from './harness.js';

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
      it("through a kommun's own question labels, and answers typed and reviewed in samsyn-questionnaire", async () => {
        const el = await fixture<Updatable>(html`<samsyn-questionnaire .definition=${hostileDefinition(p)}></samsyn-questionnaire>`);
        await rendered(el);
        const own = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-link')).find((b) =>
          collapse(b.textContent ?? '').includes(collapse(p.text)),
        );
        expect(own !== undefined, 'the step list names the own section').to.equal(true);
        own!.click();
        await rendered(el);
        expectShownAsText(el, p);
        const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-question="ownNotes"] textarea')!;
        area.value = p.text;
        area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const line = el.shadowRoot!.querySelector<HTMLInputElement>('[data-question="ownLine"] input')!;
        line.value = p.text;
        line.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await rendered(el);
        await expectNothingInjected(el, 'while answering');
        // The review step shows every answer back.
        Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-link')).at(-1)!.click();
        await rendered(el);
        expect(collapse(deepText(el.shadowRoot!.querySelector('form.review')!))).to.contain(collapse(p.text));
        await expectNothingInjected(el, 'on the review step');
      });

      it('through a record handed to samsyn-questionnaire by the page', async () => {
        const definition = hostileDefinition(p);
        const el = await fixture<Updatable>(html`<samsyn-questionnaire .definition=${definition} readonly></samsyn-questionnaire>`);
        (el as unknown as { value: unknown }).value = {
          definition: 'kommun-hostile@1',
          answers: { gender: 'woman', ownNotes: p.text, ownLine: p.text, ownChoice: 'a', housing: 'own-housing', unknownQuestion: p.text },
        };
        await rendered(el);
        expectShownAsText(el, p);
        await expectNothingInjected(el);
      });

      it('through plan texts, area names, organisation names and views in samsyn-action-plan', async () => {
        const el = await fixture<Updatable>(html`<samsyn-action-plan
          .value=${hostilePlan(p)}
          .participation=${hostileParticipation(p)}
          today="2016-01-31"
        ></samsyn-action-plan>`);
        await rendered(el);
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'the plan is accepted').to.equal(true);
        await openEverything(el);
        expectShownAsText(el, p);
        await expectNothingInjected(el);
        el.setAttribute('mode', 'edit');
        await rendered(el);
        await expectNothingInjected(el, 'in edit mode');
      });

      it('through organisation names, representatives and views in samsyn-participation', async () => {
        const el = await fixture<Updatable>(html`<samsyn-participation
          .value=${hostileParticipation(p)}
          .plan=${hostilePlan(p)}
        ></samsyn-participation>`);
        await rendered(el);
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'the views are accepted').to.equal(true);
        expectShownAsText(el, p);
        await expectNothingInjected(el);
        el.setAttribute('mode', 'edit');
        await rendered(el);
        await expectNothingInjected(el, 'in edit mode');
      });

      it('through a CSV file read into samsyn-action-plan', async () => {
        const el = await fixture<Updatable>(html`<samsyn-action-plan mode="edit" .value=${{ title: 'Plan', rows: [] }}></samsyn-action-plan>`);
        await rendered(el);
        // The editor is loaded on first use: wait for its file input, not for a time.
        await until(() => el.shadowRoot!.querySelector('input[type="file"]'));
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]');
        expect(input !== null, 'the plan offers to read a file').to.equal(true);
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const csv = [
          'Område;Mål;Aktivitet;Huvudansvar;Status;Uppföljning/Resultat',
          [p.text, p.text, p.text, p.text, 'Pågår', p.text].map(quote).join(';'),
          // A hostile header and an unknown status: the error messages quote the file back.
          [quote(p.text), quote(p.text), quote(p.text), quote(p.text), quote(p.text), ''].join(';'),
        ].join('\r\n');
        const files = new DataTransfer();
        files.items.add(new File([csv], `${short.name}.csv`, { type: 'text/csv' }));
        input!.files = files.files;
        input!.dispatchEvent(new Event('change', { bubbles: true }));
        // The file is read and its problems listed: wait until the payload is on the page as text.
        await until(() => collapse(deepText(el)).includes(collapse(p.text)));
        await rendered(el);
        expectShownAsText(el, p);
        await expectNothingInjected(el);
      });
    });
  });

  it('a file whose name is a payload is named as text', async () => {
    const el = await fixture<Updatable>(html`<samsyn-action-plan mode="edit" .value=${{ title: 'Plan', rows: [] }}></samsyn-action-plan>`);
    await rendered(el);
    await until(() => el.shadowRoot!.querySelector('input[type="file"]'));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    const name = `<img src=x onerror="window.samsynPwned='file-name'">.csv`;
    files.items.add(new File(['not;a;plan\r\n"unclosed'], name, { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // Read and refused: wait until the file's name is named on the page.
    await until(() => deepText(el).includes('file-name'));
    await rendered(el);
    await settle();
    await expectNothingInjected(el);
  });
});

/**
 * A React 19 app uses a Samsyn element as React 19 supports custom elements:
 * object props are set as properties, `onsamsyn-*` props listen to the
 * element's events, a ref reaches the element. No wrapper, no JSX transform.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../src/components/questionnaire/questionnaire.js';
import type { SamsynChangeDetail, SamsynSubmitDetail } from '../src/components/shared/events.js';
import type { Definition } from '../src/schema/questionnaire.js';

const definition: Definition = {
  id: 'react-check',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Boende', en: 'Housing' },
  sections: [
    {
      id: 'housing',
      title: { sv: 'Boende', en: 'Housing' },
      questions: [
        {
          id: 'housingType',
          kind: 'one',
          required: true,
          label: { sv: 'Hur bor personen?', en: 'How does the person live?' },
          options: [
            { code: 'own', label: { sv: 'Eget boende', en: 'Own home' } },
            { code: 'supported', label: { sv: 'Stödboende', en: 'Supported housing' } },
          ],
        },
      ],
    },
  ],
};

/** A page component as a React app would write it: the latest record in its state. */
function HousingPage(props: {
  lang?: string;
  formRef: ReturnType<typeof createRef<SamsynQuestionnaire>>;
  onChange: (detail: SamsynChangeDetail) => void;
  onSubmit: (detail: SamsynSubmitDetail) => void;
}) {
  const [answered, setAnswered] = useState('');
  return createElement(
    'div',
    { lang: props.lang ?? 'en' },
    createElement('samsyn-questionnaire', {
      ref: props.formRef,
      definition,
      'onsamsyn-change': (event: CustomEvent<SamsynChangeDetail>) => {
        setAnswered(String(event.detail.field));
        props.onChange(event.detail);
      },
      'onsamsyn-submit': (event: CustomEvent<SamsynSubmitDetail>) => props.onSubmit(event.detail),
    }),
    createElement('p', { id: 'answered' }, answered),
  );
}

describe('Samsyn in React 19', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('sets the definition as a property, and React receives samsyn-change and samsyn-submit', async () => {
    const formRef = createRef<SamsynQuestionnaire>();
    const changes: SamsynChangeDetail[] = [];
    const submits: SamsynSubmitDetail[] = [];
    root.render(createElement(HousingPage, { formRef, onChange: (d) => changes.push(d), onSubmit: (d) => submits.push(d) }));

    await waitUntil(() => formRef.current?.shadowRoot?.querySelector('input[type="radio"]'), 'the form renders its question');
    const form = formRef.current!;
    expect(form).to.be.instanceOf(customElements.get('samsyn-questionnaire')!);
    expect(form.definition, 'an object prop is set as a property').to.equal(definition);
    expect(form.shadowRoot!.textContent).to.include('How does the person live?');

    const supported = form.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="supported"]')!;
    supported.click();
    await waitUntil(() => changes.length > 0, 'React receives samsyn-change');
    expect(changes.at(-1)).to.include({ field: 'housingType' });
    expect(changes.at(-1)!.value).to.deep.include({ answers: { housingType: 'supported' } });
    await waitUntil(() => host.querySelector('#answered')?.textContent === 'housingType', 'the state update re-renders React');

    // Next leads to the review; submit there sends the validated record.
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('.review'), 'the review step');
    form.shadowRoot!.querySelector<HTMLButtonElement>('.review [part~="button-primary"]')!.click();
    await waitUntil(() => submits.length === 1, 'React receives samsyn-submit');
    expect(submits[0].value).to.deep.equal({ definition: 'react-check@1', answers: { housingType: 'supported' } });
  });

  it('a re-render with new props updates the element and swaps its listeners', async () => {
    const formRef = createRef<SamsynQuestionnaire>();
    const before: SamsynChangeDetail[] = [];
    const after: SamsynChangeDetail[] = [];
    root.render(createElement(HousingPage, { formRef, onChange: (d) => before.push(d), onSubmit: () => {} }));
    await waitUntil(() => formRef.current?.shadowRoot?.querySelector('input[type="radio"]'));
    const form = formRef.current!;

    root.render(createElement(HousingPage, { lang: 'sv', formRef, onChange: (d) => after.push(d), onSubmit: () => {} }));
    await waitUntil(() => form.shadowRoot!.textContent.includes('Hur bor personen?'), 'the element follows the new lang');
    expect(formRef.current, 'the same element, updated in place').to.equal(form);
    form.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="own"]')!.click();
    await waitUntil(() => after.length === 1, 'the new listener receives samsyn-change');
    expect(before, 'the listener of the previous render is gone').to.deep.equal([]);
  });
});

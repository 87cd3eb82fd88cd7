// React 19 code that uses Samsyn's elements, type-checked against the built
// declarations. Each `@ts-expect-error` line must stay an error: a mistake a
// developer makes is caught by the types.
import { useRef, useState } from 'react';
import type { Definition, SamsynInventoryForm, SamsynRecord, SamsynSelectDetail } from 'samsyn';
import { inventoryDefinition } from 'samsyn/schema';

export function InventoryPage({ save }: { save: (record: SamsynRecord) => void }) {
  const form = useRef<SamsynInventoryForm>(null);
  const [step, setStep] = useState(1);
  return (
    <section lang="sv">
      <p>Steg {step}</p>
      <samsyn-inventory-form
        ref={form}
        draftKey="inventering"
        onsamsyn-step={(event) => setStep(event.detail.step)}
        onsamsyn-submit={(event) => save(event.detail.value as SamsynRecord)}
        onsamsyn-error={(event) => console.warn(event.detail.reason, event.detail.message)}
      />
      <button type="button" onClick={() => form.current?.reportValidity()}>Kontrollera</button>
    </section>
  );
}

export function FollowUp({ definition }: { definition: Definition }) {
  return <samsyn-questionnaire definition={definition} respondentRole="caseworker" className="followup" />;
}

export function Charts({ records }: { records: unknown[] }) {
  const select = (detail: SamsynSelectDetail) => detail.key;
  return (
    <>
      <samsyn-chart records={records} question="housing" type="horizontal-bar" by="gender" />
      <samsyn-sip-status records={records} onsamsyn-select={(event) => select(event.detail)} />
    </>
  );
}

export function Mistakes({ records }: { records: unknown[] }) {
  return (
    <>
      {/* @ts-expect-error an element that does not exist */}
      <samsyn-inventry-form />
      {/* @ts-expect-error a property of the wrong type */}
      <samsyn-questionnaire definition="national-inventory" />
      {/* @ts-expect-error a misspelt property */}
      <samsyn-chart record={records} />
      {/* @ts-expect-error a chart type that does not exist */}
      <samsyn-chart records={records} type="pie" />
      {/* @ts-expect-error a listener with the wrong event detail */}
      <samsyn-inventory-form onsamsyn-submit={(event: CustomEvent<{ step: number }>) => event.detail.step} />
      <samsyn-questionnaire definition={inventoryDefinition} />
    </>
  );
}

import { ContextConsumer } from '@lit/context';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import type { Definition } from '../../schema/questionnaire.js';
import { configContext, definitionContext, type ProvidedInput, type SamsynConfig } from './context.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = (abstract new (...args: any[]) => ReactiveElement) & {
  createProperty(name: PropertyKey, options?: PropertyDeclaration): void;
};

/** What a surrounding `<samsyn-context>` provides, by input. */
export type ProvidedValues = SamsynConfig & { definition?: Definition };

/** What each element's surrounding `<samsyn-context>` provides now. */
const received = new WeakMap<ReactiveElement, { definition?: Definition; config?: SamsynConfig }>();

/** The value `<samsyn-context>` provides `element` for `name`, if any. */
export function providedInput<K extends ProvidedInput>(element: ReactiveElement, name: K): ProvidedValues[K] | undefined {
  const values = received.get(element);
  const all: ProvidedValues = { ...values?.config, definition: values?.definition };
  return all[name];
}

/**
 * Lets a surrounding `<samsyn-context>` provide some of an element's
 * properties: reading one of `inputs` gives the element's own value, or,
 * when the page set none, the provided one. A change of the provided value
 * is an ordinary change of the property (`changed.has('definition')`), so
 * the element checks and uses it exactly as its own; an element alone, or
 * with its own value set, is not affected.
 *
 * ```ts
 * class SamsynChart extends Provided(SamsynElement, ['definition', 'minCount', 'population']) { … }
 * ```
 *
 * A property with a getter of its own that falls back to a default reads
 * `providedInput(this, name)` before the default instead.
 */
export function Provided<T extends ElementClass>(Base: T, inputs: readonly ProvidedInput[]) {
  abstract class ProvidedElement extends Base {
    static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
      super.createProperty(name, options);
      if (!(inputs as readonly PropertyKey[]).includes(name)) return;
      const descriptor = Object.getOwnPropertyDescriptor(this.prototype, name);
      if (!descriptor?.get) return;
      const own = (element: ReactiveElement): unknown => descriptor.get!.call(element);
      Object.defineProperty(this.prototype, name, {
        ...descriptor,
        get(this: ReactiveElement) {
          return own(this) ?? providedInput(this, name as ProvidedInput);
        },
      });
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
      super(...args);
      const receive = (next: { definition?: Definition; config?: SamsynConfig }) => {
        // Every input whose value the arrival changes (those the page did not set itself) is updated as a change of it.
        const self = this as unknown as Record<string, unknown>;
        const before = inputs.map((name) => [name, self[name]] as const);
        received.set(this, { ...received.get(this), ...next });
        for (const [name, old] of before) if (self[name] !== old) this.requestUpdate(name, old);
      };
      new ContextConsumer(this, { context: definitionContext, subscribe: true, callback: (definition) => receive({ definition }) });
      new ContextConsumer(this, { context: configContext, subscribe: true, callback: (config) => receive({ config }) });
    }
  }
  // It adds no member of its own: to the type system the element is what it was.
  return ProvidedElement as unknown as T;
}

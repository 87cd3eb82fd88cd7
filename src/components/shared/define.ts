/**
 * Registers an element unless a tag of that name exists already, so that
 * loading the all-in-one bundle and a single element's entry on one page (a
 * portal with several widgets) does not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, ctor);
}

/**
 * The language a screen reader reads `text` in, inside `host`'s shadow root:
 * the `lang` of the nearest element around the first text node that contains
 * it, crossing shadow roots up to `<html>`; null when no element gives one.
 * Fails when the text is not there.
 */
export function languageOf(host: Element, text: string): string | null {
  const root = host.shadowRoot ?? host;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(text)) continue;
    for (let el: Element | null = node.parentElement; el; ) {
      const lang = el.getAttribute('lang');
      if (lang) return lang;
      const parent: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
      el = parent;
    }
    return null;
  }
  throw new Error(`"${text}" is not in the element`);
}

/** Every `lang` attribute inside `host`'s shadow root, as element name and value. */
export function langAttributes(host: Element): string[] {
  return [...(host.shadowRoot ?? host).querySelectorAll('[lang]')].map((el) => `${el.localName}=${el.getAttribute('lang')}`);
}

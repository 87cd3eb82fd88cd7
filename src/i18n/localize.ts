import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { intlLocale, toLocale, type Locale } from '../schema/locale.js';
import { translate, type MessageKey, type Catalog } from './catalogs.js';

type Host = ReactiveControllerHost & HTMLElement;
type Args<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** The nearest `lang` attribute of `el` or its ancestors, crossing shadow roots. */
export function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return null;
}

function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: a `lang` change anywhere re-checks every element.
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per language and option set for the whole page: making one costs far more
 * than formatting with it, and a report formats thousands of figures.
 */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Gives an element its strings. The language follows the nearest `lang`
 * attribute (the element's own, an ancestor's, or `<html lang>`), falls back
 * to Swedish, and a change of `lang` anywhere re-renders the element.
 *
 * Text that people wrote (a plan, a view, a SIP) stays in the language it was
 * written in; `textLang` gives the `lang` attribute of the element holding it.
 */
export class LocalizeController implements ReactiveController {
  private current: Locale = 'sv';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.current;
  }

  hostConnected(): void {
    connected.add(this);
    watchLang();
    this.current = toLocale(nearestLang(this.host));
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const next = toLocale(nearestLang(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  /**
   * The `lang` attribute of an element holding text written in `lang` (a language tag; Swedish when
   * not given): the tag where the element speaks another language, `nothing` (no attribute) where the
   * text is in the element's own language.
   */
  textLang(lang = 'sv'): string | typeof nothing {
    return lang.split('-')[0].toLowerCase() === this.current ? nothing : lang;
  }

  term<K extends MessageKey>(key: K, ...args: Args<K>): string {
    return translate(this.current, key, ...args);
  }

  /** A number formatted for the current language (decimal comma in Swedish). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.current, options).format(value);
  }

  /** A date (ISO `YYYY-MM-DD`) formatted for the current language. */
  date(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return iso;
    return new Intl.DateTimeFormat(intlLocale(this.current), { ...options, timeZone: 'UTC' }).format(d);
  }
}

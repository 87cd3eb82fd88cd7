/**
 * Tools of the security tests: count what escapes to the page, look for
 * injected markup in every shadow root, and make `localStorage` fail the way
 * browsers make it fail.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { translate } from '../../src/i18n/catalogs.js';
import type { SamsynErrorDetail } from '../../src/components/shared/events.js';

declare global {
  interface Window {
    /** Set by a payload that ran: the name of the payload. */
    samsynPwned?: string;
  }
}

// ---------------------------------------------------------------------------
// Uncaught errors

export interface UncaughtWatch {
  readonly errors: string[];
  stop(): void;
}

/**
 * Counts every error that reaches the page: `error` events on window (a throw
 * in an event handler, a render, a timer) and rejected promises nobody
 * handled. Mocha would fail the test on some of them anyway; counting them
 * makes the expectation explicit and catches the ones it misses.
 */
export function watchUncaught(): UncaughtWatch {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// ---------------------------------------------------------------------------
// Script injection

/** A payload and the way it would run if a text reached the DOM as markup or as a URL. */
export interface Payload {
  name: string;
  text: string;
}

const flag = (name: string) => `window.samsynPwned='${name}'`;

/**
 * The usual payloads of a penetration test, each setting `window.samsynPwned`
 * if it runs: markup with event handlers, script and frame elements,
 * `javascript:` URLs, breakers out of attributes, styles and templates.
 */
export const PAYLOADS: readonly Payload[] = [
  { name: 'img-onerror', text: `<img src=x onerror="${flag('img-onerror')}">` },
  { name: 'script', text: `<script>${flag('script')}</script>` },
  { name: 'svg-onload', text: `<svg onload="${flag('svg-onload')}"></svg>` },
  { name: 'iframe-srcdoc', text: `<iframe srcdoc="<script>parent.${flag('iframe-srcdoc')}</script>"></iframe>` },
  { name: 'javascript-url', text: `javascript:${flag('javascript-url')}` },
  { name: 'anchor-javascript', text: `<a href="javascript:${flag('anchor-javascript')}">länk</a>` },
  { name: 'attribute-breaker-double', text: `"><img src=x onerror="${flag('attribute-breaker-double')}">` },
  { name: 'attribute-breaker-single', text: `' onfocus='${flag('attribute-breaker-single')}' autofocus x='` },
  { name: 'style-breaker', text: `</style><img src=x onerror="${flag('style-breaker')}">` },
  { name: 'textarea-breaker', text: `</textarea><img src=x onerror="${flag('textarea-breaker')}">` },
  { name: 'template-expression', text: `\${${flag('template-expression')}}{{constructor.constructor("${flag('template-expression')}")()}}` },
  { name: 'details-ontoggle', text: `<details open ontoggle="${flag('details-ontoggle')}">` },
  { name: 'entity-encoded', text: `&lt;img src=x onerror=&quot;${flag('entity-encoded')}&quot;&gt;` },
];

/** Short payloads for fields with a small length limit. */
export const SHORT_PAYLOADS: readonly Payload[] = [
  { name: 'short-img', text: `<img src=x onerror=${flag('si')}>` },
  { name: 'short-svg', text: `<svg onload=${flag('ss')}>` },
  { name: 'short-js', text: `javascript:${flag('sj')}` },
  { name: 'short-breaker', text: `"><b x="` },
];

export function resetPayloadFlag(): void {
  delete window.samsynPwned;
}

/** Every element under `root`: its light DOM, its shadow roots and theirs, all the way down. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Elements no Samsyn element renders, that a payload would bring in. */
const FOREIGN_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'math', 'foreignobject']);
/** An image is Samsyn's only when it has no source yet or shows a picture the element drew itself (a chart for print). */
const ownImage = (el: Element) => !el.hasAttribute('src') || /^(data:image\/(png|jpeg|webp);|blob:)/.test(el.getAttribute('src')!);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background']);

/**
 * What a payload injected under `root`: foreign elements, event-handler
 * attributes, `javascript:` URLs. An empty list when nothing was.
 */
export function injectedMarkup(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (FOREIGN_TAGS.has(tag) || (tag === 'img' && !ownImage(el))) found.push(`<${tag}> in ${describeHost(el)}`);
    if (tag === 'details' && el.hasAttribute('ontoggle')) found.push(`<details ontoggle> in ${describeHost(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name}="${attr.value}" on <${tag}> in ${describeHost(el)}`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
        found.push(`${name}="${attr.value}" on <${tag}> in ${describeHost(el)}`);
      }
    }
  }
  return found;
}

function describeHost(el: Element): string {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? `the shadow root of <${root.host.localName}>` : 'the light DOM';
}

/** Resolves when an image or media element has finished loading or failed to. */
function loaded(el: Element): Promise<void> {
  if (el instanceof HTMLImageElement && el.complete) return Promise.resolve();
  if (el instanceof HTMLMediaElement && (el.readyState > 0 || el.error || el.networkState === HTMLMediaElement.NETWORK_NO_SOURCE)) return Promise.resolve();
  return new Promise((resolve) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => resolve(), { once: true });
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Lets payloads do what they would do (an image's error, an SVG's load, a
 * toggle, a focus): waits until every image and media element on the page
 * has loaded or failed, however long a busy machine takes, then for the
 * tasks those events queue and a frame. Frames and objects are found as
 * injected markup whether or not they ran. No fixed time: the test runner's
 * timeout is the only limit.
 */
export async function settle(): Promise<void> {
  await nextTask();
  const loading = deepElements(document).filter((el) => el instanceof HTMLImageElement || el instanceof HTMLMediaElement);
  await Promise.all(loading.map(loaded));
  await nextTask();
  await nextFrame();
  await nextTask();
}

/** Fails when a payload ran or injected anything under `root`. */
export async function expectNothingInjected(root: Element | ShadowRoot, context = ''): Promise<void> {
  await settle();
  expect(window.samsynPwned, `a payload ran${context ? ` (${context})` : ''}`).to.equal(undefined);
  expect(injectedMarkup(root), `injected markup${context ? ` (${context})` : ''}`).to.deep.equal([]);
}

/** The visible text of an element and everything under it, shadow roots included, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) parts.push(node.data);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node instanceof HTMLSlotElement) {
      // Slotted content is visited where it lives, in the light DOM.
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every value of an attribute anywhere under `root` (labels of controls, titles, aria texts). */
export function deepAttributeText(root: Element | ShadowRoot): string {
  return deepElements(root)
    .flatMap((el) => Array.from(el.attributes).map((a) => a.value))
    .join(' ');
}

// ---------------------------------------------------------------------------
// Bad input

/**
 * Values a portal may hand an element by mistake or on purpose: the wrong
 * type, nothing, huge texts and lists, odd objects.
 */
export function hostileValues(): Array<{ name: string; value: unknown }> {
  const cyclic: Record<string, unknown> = { type: 'samsyn-aggregate' };
  cyclic.self = cyclic;
  return [
    { name: 'null', value: null },
    { name: 'a number', value: 42 },
    { name: 'NaN', value: Number.NaN },
    { name: 'a boolean', value: true },
    { name: 'a string', value: 'not data' },
    { name: 'JSON as a string', value: '{"definition":"national-inventory@1","answers":{}}' },
    { name: 'an empty object', value: {} },
    { name: 'a function', value: () => 'x' },
    { name: 'a Date', value: new Date(0) },
    { name: 'a Map', value: new Map([['a', 1]]) },
    { name: 'an object without a prototype', value: Object.create(null) as object },
    { name: 'a cyclic object', value: cyclic },
    { name: 'a huge string', value: 'x'.repeat(2_000_000) },
    { name: 'a huge array of junk', value: Array.from({ length: 100_000 }, (_, i) => (i % 2 ? null : { junk: i })) },
    { name: 'an array of nulls', value: [null, null] },
    { name: 'prototype-pollution keys', value: JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as object },
    ...throwingValues(),
  ];
}

/**
 * Objects that throw when they are read: what a hostile or broken page can
 * hand over (a Proxy whose every trap throws, getters that throw, a revoked
 * Proxy), and a frozen one that cannot be changed.
 */
export function throwingValues(): Array<{ name: string; value: unknown }> {
  const trap = () => {
    throw new Error('x');
  };
  const throwingProxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
  const getters = Object.defineProperties({}, {
    type: { get: trap, enumerable: true },
    definition: { get: trap, enumerable: true },
    answers: { get: trap, enumerable: true },
    points: { get: trap, enumerable: true },
    questions: { get: trap, enumerable: true },
    length: { get: trap, enumerable: true },
  });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const throwingArray = new Proxy([1, 2, 3], { get: trap });
  return [
    { name: 'a Proxy that throws on every read', value: throwingProxy },
    { name: 'an object whose getters throw', value: getters },
    { name: 'a revoked Proxy', value: revocable.proxy },
    { name: 'an array Proxy that throws', value: throwingArray },
    { name: 'a frozen object', value: Object.freeze({ type: 'samsyn-aggregate', questions: Object.freeze([]) }) },
  ];
}

/**
 * Waits for `el`'s `samsyn-error` after `change()`, then checks the element
 * shows a message in place (`role="alert"` in its shadow root, the message of
 * the event in it) in the page's language.
 */
export async function expectProblemShown(
  el: HTMLElement,
  change: () => void,
  options: { locale?: 'sv' | 'en' } = {},
): Promise<SamsynErrorDetail> {
  // No timer: on a busy machine the event may take long; the runner's own timeout is the only limit.
  const event: Promise<CustomEvent<SamsynErrorDetail> | undefined> = oneEvent<CustomEvent<SamsynErrorDetail>>(el, 'samsyn-error');
  change();
  const received = await event;
  expect(received, 'a samsyn-error event').to.not.equal(undefined);
  const detail = received!.detail;
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  expect(detail.reason, 'the event has a reason').to.be.a('string').and.not.equal('');
  expect(detail.message, 'the event has a message').to.be.a('string').and.not.equal('');
  // The message is in a live region (an alert in place of the content, or the form's notice area), so it is announced.
  const regions = Array.from(el.shadowRoot!.querySelectorAll('[role="alert"], [role="status"], [aria-live]'));
  expect(regions.length, 'a message is shown in place').to.be.greaterThan(0);
  const shown = regions.map((a) => deepText(a)).join(' ');
  expect(shown).to.contain(detail.message.replace(/\s+/g, ' ').trim().slice(0, 200));
  const other = options.locale === 'en' ? 'sv' : 'en';
  expect(shown, `the message is in ${options.locale ?? 'sv'}`).to.not.contain(translate(other, 'brokenInput'));
  return detail;
}

// ---------------------------------------------------------------------------
// Storage faults

export type StorageFault = 'blocked' | 'full' | 'no-access';

/**
 * Makes `localStorage` fail the way browsers do: `blocked` throws a
 * SecurityError on every call (storage disabled), `full` throws a
 * QuotaExceededError on writes (private mode in older Safari, a full
 * origin), `no-access` throws on reading `window.localStorage` itself
 * (Chromium with site data blocked). Returns the function that undoes it.
 */
export function breakStorage(fault: StorageFault): () => void {
  const proto = Storage.prototype;
  // The methods are put back on the prototype they came from, so `this` stays the storage.
  /* eslint-disable @typescript-eslint/unbound-method */
  const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem, key: proto.key, clear: proto.clear };
  /* eslint-enable @typescript-eslint/unbound-method */
  const ownDescriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const security = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  if (fault === 'blocked') {
    proto.getItem = security;
    proto.setItem = security;
    proto.removeItem = security;
    proto.key = security;
    proto.clear = security;
  } else if (fault === 'full') {
    proto.setItem = () => {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.", 'QuotaExceededError');
    };
  } else {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: security });
  }
  return () => {
    Object.assign(proto, saved);
    if (fault !== 'no-access') return;
    if (ownDescriptor) Object.defineProperty(window, 'localStorage', ownDescriptor);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** The keys `localStorage` holds that start with `prefix`. */
export function storedKeys(prefix = 'samsyn-draft'): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

export function clearDrafts(prefix = 'samsyn-draft'): void {
  for (const key of storedKeys(prefix)) localStorage.removeItem(key);
}

/**
 * What another tab's write looks like to this one: the browser fires
 * `storage` on every other page of the origin after it changed the value.
 */
export function writeFromOtherTab(key: string, newValue: string | null): void {
  const oldValue = localStorage.getItem(key);
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage, url: 'https://portal.example/other-tab' }));
}

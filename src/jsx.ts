/**
 * Types for using Samsyn elements in typed templates: React 19 JSX, Vue SFC
 * templates, Preact, Solid. They are derived from `HTMLElementTagNameMap`,
 * which every element file extends, so a new element or property is typed
 * here without a generated file to keep in step.
 *
 * Nothing here augments a framework's types by itself (a Vue project would
 * otherwise fail on React's augmentation and the other way round): the
 * README shows the few lines a React or Vue project adds to opt in.
 */
import type { LitElement } from 'lit';
import type { SamsynEventMap } from './components/shared/events.js';

/** Every registered Samsyn tag name, e.g. `'samsyn-inventory-form'`. */
export type SamsynTagName = Extract<keyof HTMLElementTagNameMap, `samsyn-${string}`>;

type IfEquals<A, B, Y, N> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? Y : N;

/** Keys a page can assign: not readonly (getters without a setter count as readonly). */
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/**
 * The properties a page may set on an element: its own public, writable,
 * non-method members (what `custom-elements.json` lists as fields), all
 * optional. Members every Lit element has are left to the framework's own
 * HTML attribute types.
 */
export type SamsynElementProperties<Tag extends SamsynTagName> = {
  [K in Exclude<WritableKeys<HTMLElementTagNameMap[Tag]>, keyof LitElement> as HTMLElementTagNameMap[Tag][K] extends (
    ...args: never[]
  ) => unknown
    ? never
    : K]?: HTMLElementTagNameMap[Tag][K];
};

/**
 * Listeners in React 19's form for custom elements: `onsamsyn-change` listens
 * to `samsyn-change`. Each element's docs say which of these it emits.
 */
export type SamsynEventHandlers = {
  [N in keyof SamsynEventMap as `on${N}`]?: (event: SamsynEventMap[N]) => void;
};

/**
 * Intrinsic elements for a JSX namespace: `Base` is the framework's own
 * attribute type (React's `HTMLAttributes<HTMLElement>`), overridden by
 * each element's properties and the Samsyn event listeners.
 */
export type SamsynJsxElements<Base = object> = {
  [Tag in SamsynTagName]: Omit<Base, keyof SamsynElementProperties<Tag> | keyof SamsynEventHandlers> &
    SamsynElementProperties<Tag> &
    SamsynEventHandlers;
};

// What the Node tests' pages and bench pages put on `window` for the test to
// read back through page.evaluate(): recorded events, violations, results.
// Only the Node side's type check (tsconfig.node.json) reads this file.
/* eslint-disable @typescript-eslint/no-explicit-any -- page code reads what the elements and pages put there, untyped */
export {};

declare global {
  interface Window {
    /** CSP violation reports seen by the page. */
    cspViolations: string[];
    /** samsyn-* events recorded by the page, with the element that sent them. */
    samsynEvents: Array<Record<string, any>>;
    /** samsyn-error events recorded by the page. */
    samsynErrors: Array<Record<string, any>>;
    /** Unhandled rejections and errors recorded by the page. */
    unhandled: unknown[];
    /** axe-core, injected into the page. */
    axe: { run(context?: unknown, options?: unknown): Promise<{ violations: Array<Record<string, any>> }> };
    /** Storybook's preview channel: the Storybook test shows stories in turn through it, as the sidebar does. */
    __STORYBOOK_ADDONS_CHANNEL__: {
      on(event: string, listener: (payload?: any) => void): void;
      off(event: string, listener: (payload?: any) => void): void;
      emit(event: string, payload?: unknown): void;
    };
    /** A bench page's outcome, read by bench/render.mjs. */
    __bench: { done?: boolean; error?: string; result?: unknown } | undefined;
  }

  // Code run in the page reaches Samsyn elements found with querySelector,
  // typed there as plain elements: what it reads of them.
  interface Element {
    /** samsyn-chart: the chart is drawn. */
    readonly drawn?: boolean;
    /** Every Lit element: resolves after its next update. */
    readonly updateComplete?: Promise<boolean>;
    /** samsyn-inventory-report, -chart: the records counted. */
    records?: unknown;
    /** samsyn-inventory-form and -questionnaire: the record. */
    value?: any;
    /** samsyn-report-document: draws every chart for print. */
    prepareForPrint?(): Promise<void>;
    /** samsyn-report-document: the Word file, downloaded or handed back. */
    exportDocx?(options?: { download?: boolean }): Promise<Blob>;
    click(): void;
    readonly cellIndex?: number;
    readonly dataset: DOMStringMap;
  }
  interface EventTarget {
    readonly localName?: string;
    readonly classList?: DOMTokenList;
  }
  interface Event {
    readonly detail?: any;
  }
}

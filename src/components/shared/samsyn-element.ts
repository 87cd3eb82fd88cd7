import { LitElement, html, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController } from '../../i18n/localize.js';
import { emit, type SamsynErrorDetail, type SamsynErrorReason } from './events.js';
import { tokens } from './tokens.styles.js';
import { registerMessages } from '../../i18n/catalogs.js';
import { loadLanguage } from '../../i18n/languages.js';
import * as commonMessages from '../../i18n/messages/common.js';

registerMessages(commonMessages);

/** What is wrong with an element's input: shown in place of its content and emitted as `samsyn-error`. */
export interface InputProblem {
  reason: SamsynErrorReason;
  message: string;
  property?: string;
  issues?: SamsynErrorDetail['issues'];
}

/** Runs `task` when the browser is next idle: after the frame being made is painted, within 300 ms even in a busy page. */
export const whenIdle = (task: () => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 300 }) : setTimeout(task);

/**
 * The base of every Samsyn element: localized strings, the shared tokens, and
 * an error boundary. Bad data from the page never throws to the page: the
 * element shows a message in place of the broken part (`::part(error)`),
 * emits `samsyn-error` with the reason, and the rest of the page works on.
 *
 * Subclasses render in `renderContent()` and derive state from properties in
 * `prepare()` (not in `willUpdate`), so that both are covered by the boundary.
 * An element that validates a property calls `reportProblem()` and clears it
 * with `clearProblem()` when a good value arrives.
 */
export abstract class SamsynElement extends LitElement {
  static override styles = [tokens];

  /**
   * Every property's setter first checks that the value can be read: a Proxy
   * whose traps throw, a revoked Proxy or an object whose getters throw is
   * never stored (the element would meet it later, anywhere, and the error
   * would reach the page). A harmless empty object stands in for it, and the
   * element shows why in place and emits `samsyn-error`. The check reads
   * only the top level (and an array's length and first item), so it costs
   * nothing for a million records.
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, options);
    const descriptor = Object.getOwnPropertyDescriptor(this.prototype, name);
    if (!descriptor?.set) return;
    const store = (element: SamsynElement, value: unknown) => descriptor.set!.call(element, value);
    Object.defineProperty(this.prototype, name, {
      ...descriptor,
      set(this: SamsynElement, value: unknown) {
        if (this.refuseUnreadable(String(name), value)) store(this, UNREADABLE);
        else store(this, value);
      },
    });
  }

  /** Properties that now hold the stand-in for a value that could not be read. */
  private readonly unreadable = new Set<string>();

  /**
   * For a setter of its own: true (and the message shown, `samsyn-error`
   * emitted) when `value` cannot be read; false when it can, clearing the
   * message an earlier unreadable value of this property left.
   */
  protected refuseUnreadable(property: string, value: unknown): boolean {
    if (!readable(value)) {
      this.unreadable.add(property);
      this.reportProblem({ reason: 'invalid-value', property, message: this.localize.term('unreadableValue', property) });
      return true;
    }
    if (this.unreadable.delete(property) && !this.unreadable.size) this.clearProblem();
    return false;
  }

  protected readonly localize = new LocalizeController(this);

  /** What is wrong with the input, if anything; shown instead of the content. */
  protected problem: InputProblem | undefined;
  private lastEmitted: string | undefined;

  protected abstract renderContent(): unknown;

  private readonly tracked = new Set<Promise<unknown>>();

  /**
   * Work the rendering waits on, such as a module loaded on first use:
   * `updateComplete` resolves only once it has settled and the element has
   * rendered its result, so a page (or a test) sees the finished element.
   */
  protected track<T>(work: Promise<T>): Promise<T> {
    this.tracked.add(work);
    const forget = () => this.tracked.delete(work);
    work.then(forget, forget);
    return work;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.tracked.size) {
      await Promise.allSettled([...this.tracked]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * An update waits for the texts in the element's language where the built
   * package fetches them on first use (English, see i18n/languages.ts), so
   * that the element never shows, or checks its input with, the other
   * language's texts in the meantime.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const texts = loadLanguage(this.localize.locale);
    return texts ? texts.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Derive state from changed properties. Errors thrown here are caught and shown. */
  protected prepare(_changed: PropertyValues): void {}

  protected override willUpdate(changed: PropertyValues): void {
    // A render that failed is tried again with the next change of input.
    if (this.problem?.reason === 'render-failed') this.problem = undefined;
    // Until every unreadable value is replaced, its message stands: the stand-in is not data to check.
    if (this.unreadable.size) return;
    try {
      this.prepare(changed);
    } catch (error) {
      this.reportProblem({ reason: 'invalid-value', message: describe(error, this.localize.term('unknownError')) });
    }
  }

  /**
   * The last line of the boundary: whatever a lifecycle step still throws
   * becomes a message in place, and `updateComplete` resolves rather than
   * rejects, so a page that awaits it never sees the error.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const problem: InputProblem = { reason: 'render-failed', message: describe(error, this.localize.term('unknownError')) };
      // Once: the message is rendered by the next update, which must not fail the same way again.
      if (this.problem?.message === problem.message) return;
      this.reportProblem(problem);
    }
  }

  protected override render(): unknown {
    if (this.problem) return this.renderProblem(this.problem);
    try {
      return this.renderContent();
    } catch (error) {
      const problem: InputProblem = { reason: 'render-failed', message: describe(error, this.localize.term('unknownError')) };
      this.problem = problem;
      this.emitError(problem);
      return this.renderProblem(problem);
    }
  }

  /** Shows `problem` instead of the content and emits `samsyn-error` (once per distinct problem). */
  protected reportProblem(problem: InputProblem): void {
    this.problem = problem;
    this.emitError(problem);
    this.requestUpdate();
  }

  /** Emits `samsyn-error` for `problem`, once per distinct problem. */
  private emitError(problem: InputProblem): void {
    const key = `${problem.reason}|${problem.property ?? ''}|${problem.message}`;
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    // After the current update, so a listener sees the message already rendered.
    queueMicrotask(() => emit(this, 'samsyn-error', { ...problem }));
  }

  protected clearProblem(): void {
    if (!this.problem) return;
    this.problem = undefined;
    this.lastEmitted = undefined;
    this.requestUpdate();
  }

  protected renderProblem(problem: InputProblem): TemplateResult {
    return html`<div class="samsyn-broken" role="alert" part="error">
      <p><strong>${this.localize.term('brokenInput')}</strong></p>
      <p>${problem.message}</p>
      ${problem.issues?.length
        ? html`<ul>
            ${problem.issues.slice(0, 10).map((i) => html`<li>${i.message}</li>`)}
          </ul>`
        : null}
      <p>${this.localize.term('brokenInputDetail')}</p>
    </div>`;
  }
}

/** What an unreadable value is replaced with: an empty object nothing can be read from, and nothing can change. */
const UNREADABLE: object = Object.freeze(Object.create(null) as object);

/** Whether a value can be read without throwing: its prototype, its keys and top-level values (an array's length and first item). */
function readable(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return true;
  try {
    Object.getPrototypeOf(value);
    if (Array.isArray(value)) {
      void value.length;
      void value[0];
      return true;
    }
    const record = value as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(value)) void record[key];
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown, fallback: string): string {
  if (error instanceof Error && error.message) return error.message.slice(0, 500);
  return fallback;
}

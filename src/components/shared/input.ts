import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageLoaded } from '../../i18n/languages.js';
import type { Locale } from '../../schema/locale.js';
import type { SamsynErrorDetail } from './events.js';
import type { InputProblem } from './samsyn-element.js';

/** One issue of a failed check, as a zod `safeParse` gives it. */
export interface CheckIssue {
  path: PropertyKey[];
  message: string;
}

/** What a check of a value gives: zod's `safeParse` result, or anything of its shape. */
export type Checked<T> = { success: true; data: T } | { success: false; error: { issues: readonly CheckIssue[] } };

export interface InputOptions<T> {
  /** The host's property the value comes from; it names the problem. */
  property: string;
  /**
   * Checks a value with its schema, in the element's language. A promise
   * when the schema is fetched on first use (the host's `updateComplete`
   * waits for it); when it rejects, the problem is a `load-failed` one.
   */
  check: (value: unknown, locale: Locale) => Checked<T> | Promise<Checked<T>>;
  /** The language of the check's messages (the host's `localize.locale`). */
  locale: () => Locale;
  /** The problem's message, in the element's language when it is shown ("Planen kan inte visas"). */
  message: () => string;
  /** The issues as shown; by default as the check gives them. */
  issues?: (issues: readonly CheckIssue[], locale: Locale) => NonNullable<SamsynErrorDetail['issues']>;
  /** The message when the schema could not be fetched. */
  loadFailed?: () => string;
  /** The host's `track()`: its `updateComplete` waits for a check in progress. */
  track: <R>(work: Promise<R>) => Promise<R>;
  /** Called with each value that passes its check (`undefined` for no value), before the host updates. */
  accepted?: (value: T | undefined) => void;
}

/**
 * One property of an element, checked with its schema: `value` is the last
 * value that passed (what the element shows), `problem` why the last value
 * given did not. The host calls `set()` when the property changes. `null`
 * and `undefined` are no value, and pass. A check that waits for its schema
 * is tracked by the host, and its result is dropped when a newer value has
 * been set in the meantime. The problem's message is built when it is read,
 * so that it is in the element's language of the moment.
 */
export class InputController<T> implements ReactiveController {
  /** The last value that passed its check. */
  value: T | undefined;
  private failed: { issues?: NonNullable<SamsynErrorDetail['issues']>; loadFailed?: true } | undefined;
  private generation = 0;
  /** The value given last, checked again when texts arrive while it fails. */
  private given: unknown;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InputOptions<T>,
  ) {
    host.addController(this);
  }

  /**
   * In the built package an area's texts in another language can arrive after
   * a value was checked without them (languages.ts): a fetch failed and a
   * later one did not, or the page switched language. A value that failed is
   * then checked again, so that its messages speak them.
   */
  hostConnected(): void {
    this.stopListening = onLanguageLoaded(() => {
      if (!this.failed?.issues) return;
      this.set(this.given);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopListening!();
  }

  /** Why the last value given cannot be used, if it cannot. */
  get problem(): InputProblem | undefined {
    const { failed, options } = this;
    if (!failed) return undefined;
    if (failed.loadFailed) return { reason: 'load-failed', property: options.property, message: (options.loadFailed ?? options.message)() };
    return { reason: 'invalid-value', property: options.property, message: options.message(), issues: failed.issues };
  }

  /** Checks `value`; what it gives is in `value` and `problem` now, or once its schema has arrived. */
  set(value: unknown): void {
    const generation = ++this.generation;
    this.given = value;
    if (value == null) return this.apply({ success: true, data: undefined });
    const locale = this.options.locale();
    const checked = this.options.check(value, locale);
    if (!(checked instanceof Promise)) return this.apply(checked, locale);
    void this.options.track(
      checked.then(
        (result) => {
          if (generation !== this.generation) return;
          this.apply(result, locale);
          this.host.requestUpdate();
        },
        () => {
          if (generation !== this.generation) return;
          this.failed = { loadFailed: true };
          this.host.requestUpdate();
        },
      ),
    );
  }

  private apply(result: Checked<T | undefined>, locale?: Locale): void {
    if (result.success) {
      this.value = result.data;
      this.failed = undefined;
      this.options.accepted?.(result.data);
      return;
    }
    const { issues } = result.error;
    this.failed = { issues: this.options.issues ? this.options.issues(issues, locale!) : issues.map(({ path, message }) => ({ path, message })) };
  }
}

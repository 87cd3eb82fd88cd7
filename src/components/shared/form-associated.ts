import type { LitElement, PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { whenIdle } from './samsyn-element.js';

/** What a form-associated element reports about its value: nothing wrong, or a message and where to show it. */
export interface FormValidity {
  message: string;
  /** The control the browser focuses and points its message at; the host when absent or not rendered. */
  anchor?: HTMLElement | null;
  /** The problem is a missing answer (`validity.valueMissing`) rather than a wrong one (`customError`). */
  missing?: boolean;
  /**
   * Not yet checked: the element counts as invalid with this message until the check runs, when the
   * browser is next idle. Reading its validity through the element itself checks at once.
   */
  later?: boolean;
}

/**
 * The public and protected surface the mixin adds. Declared as a class so
 * that protected members survive declaration emit (a mixin's class
 * expression cannot export them).
 */
export declare abstract class FormAssociatedMembers {
  /** The name the value is submitted under in the surrounding `<form>`. */
  name: string;
  /** Not editable, not validated, not submitted; a disabled `<fieldset>` around it has the same effect. */
  disabled: boolean;
  /** Shows the value but does not let it be edited; still submitted, not validated (as a native read-only input). */
  readonly: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
  protected readonly internals: ElementInternals;
  /** True while `disabled` is set or an ancestor `<fieldset disabled>` disables the element. */
  protected get inactive(): boolean;
  /**
   * Pushes the current value and validity to the form. Called after every update, where `mayWait`
   * lets `formValidity` put its check off (`FormValidity.later`); call it after a synchronous change too.
   */
  protected syncFormState(mayWait?: boolean): void;
  /** The value submitted with the form (a string), or null to submit nothing. */
  protected abstract formValue(): string | null;
  /** What is wrong with the value, or null when it is valid; with `mayWait`, possibly not checked yet (`later`). */
  protected abstract formValidity(mayWait: boolean): FormValidity | null;
  /** `form.reset()`: back to the initial, empty state. */
  protected abstract resetFormValue(): void;
  /** The browser restores a value it saved with `formValue()` (back/forward navigation, autofill). */
  protected abstract restoreFormValue(state: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractConstructor<T = object> = abstract new (...args: any[]) => T;

/**
 * Makes a Lit element a form control through `ElementInternals`, the way a
 * native input is one: inside a `<form>` its value is submitted under
 * `name`, `form.checkValidity()` / `reportValidity()` and interactive
 * submission see its validity (with a message and an anchor control, so the
 * browser points at the right field), `form.reset()` resets it, a disabled
 * `<fieldset>` disables it, and the browser can restore it on history
 * navigation. The element supplies the value and its validity; the mixin
 * keeps the form in step after every update.
 */
export function FormAssociated<T extends AbstractConstructor<LitElement>>(Base: T) {
  abstract class FormAssociatedElement extends Base {
    static readonly formAssociated = true;

    @property({ reflect: true }) name = '';
    @property({ type: Boolean, reflect: true }) disabled = false;
    @property({ type: Boolean, reflect: true }) readonly = false;

    /**
     * What the browser says through `formDisabledCallback` (the element's own attribute or a disabled
     * `<fieldset>` around it); kept apart so that the page's own `disabled` is never rewritten.
     */
    @state() private disabledByForm = false;

    protected readonly internals: ElementInternals;

    /** A check put off by `FormValidity.later`, not yet run. */
    private checkPending = false;

    // A mixin's constructor passes on whatever its base takes.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
      super(...args);
      this.internals = this.attachInternals();
      // The surrounding form found the element invalid before its check ran: run it now, so that the
      // browser points at the right control with the right message.
      this.addEventListener('invalid', this.checkNow);
    }

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    get labels(): NodeList {
      return this.internals.labels;
    }
    get validity(): ValidityState {
      this.checkNow();
      return this.internals.validity;
    }
    get validationMessage(): string {
      this.checkNow();
      return this.internals.validationMessage;
    }
    get willValidate(): boolean {
      return this.internals.willValidate;
    }
    checkValidity(): boolean {
      this.syncFormState();
      return this.internals.checkValidity();
    }
    reportValidity(): boolean {
      this.syncFormState();
      return this.internals.reportValidity();
    }

    protected get inactive(): boolean {
      return this.disabled || this.disabledByForm;
    }

    formResetCallback(): void {
      this.resetFormValue();
      this.syncFormState();
    }
    formDisabledCallback(disabled: boolean): void {
      this.disabledByForm = disabled;
    }
    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this.restoreFormValue(state);
      this.syncFormState();
    }

    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.syncFormState(true);
    }

    private readonly checkNow = () => {
      if (this.checkPending) this.syncFormState();
    };

    protected syncFormState(mayWait = false): void {
      this.checkPending = false;
      const value = this.formValue();
      this.internals.setFormValue(value, value);
      // A read-only control is barred from constraint validation, as a native one is.
      const problem = this.readonly ? null : this.formValidity(mayWait);
      if (!problem) {
        this.internals.setValidity({});
        return;
      }
      if (problem.later) {
        this.checkPending = true;
        whenIdle(this.checkNow);
      }
      const anchor = problem.anchor?.isConnected ? problem.anchor : undefined;
      this.internals.setValidity(problem.missing ? { valueMissing: true } : { customError: true }, problem.message, anchor);
    }

    protected abstract formValue(): string | null;
    protected abstract formValidity(mayWait: boolean): FormValidity | null;
    protected abstract resetFormValue(): void;
    protected abstract restoreFormValue(state: string): void;
  }
  return FormAssociatedElement as unknown as AbstractConstructor<FormAssociatedMembers> & { readonly formAssociated: true } & T;
}

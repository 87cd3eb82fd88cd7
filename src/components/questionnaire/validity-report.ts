import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells a report of the form's validity from a mere check. `invalid` comes
 * both from a check (`form.checkValidity()`, which a portal may call at any
 * time, and must change nothing) and from a report (`form.reportValidity()`,
 * a submit of the surrounding form), after which the browser focuses the
 * anchor at once. Only that focus, within the same task, calls `reported`.
 */
export class ValidityReport implements ReactiveController {
  private reporting = false;
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly reported: () => void,
  ) {
    host.addController(this);
    host.addEventListener('invalid', this.onInvalid);
  }

  hostConnected(): void {
    if (this.listening) return;
    this.listening = true;
    // On the shadow root: a move of focus within it does not reach the host.
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn);
  }

  private readonly onInvalid = () => {
    this.reporting = true;
    queueMicrotask(() => (this.reporting = false));
  };

  private readonly onFocusIn = () => {
    if (!this.reporting) return;
    this.reporting = false;
    this.reported();
  };
}

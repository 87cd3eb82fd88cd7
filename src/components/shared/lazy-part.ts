import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputProblem } from './samsyn-element.js';

export interface LazyPartOptions<T> {
  /** Fetches the part (a dynamic `import()`) and makes it. */
  load: () => Promise<T>;
  /** The problem to show when the part cannot be fetched. */
  failure: () => InputProblem;
  /** The host's `track()`: its `updateComplete` waits for the fetch. */
  track: <R>(work: Promise<R>) => Promise<R>;
  /** Called once the part has arrived, before the host updates. */
  arrived?: (part: T) => void;
}

/**
 * A part of an element fetched on first use (an editor, a mode's view), so
 * that a page that only reads never downloads it. The part is fetched once;
 * while it is on its way the host's `updateComplete` waits for it. A part
 * that cannot be fetched is not fetched again on every update: `problem`
 * holds what to show until `reset()` (when the person chooses the mode
 * anew), and the host updates so that it can show it.
 */
export class LazyPart<T> implements ReactiveController {
  /** The part, once it has arrived. */
  part: T | undefined;
  /** Why the part is not there, after a failed fetch. */
  problem: InputProblem | undefined;
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LazyPartOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the part unless it is here, on its way, or failed. */
  request(): void {
    if (this.part || this.loading || this.problem) return;
    this.loading = true;
    void this.options.track(
      this.options.load().then(
        (part) => {
          this.loading = false;
          this.part = part;
          this.options.arrived?.(part);
          this.host.requestUpdate();
        },
        () => {
          this.loading = false;
          this.problem = this.options.failure();
          this.host.requestUpdate();
        },
      ),
    );
  }

  /** Forgets a failed fetch, so that the next `request()` tries again. */
  reset(): void {
    this.problem = undefined;
  }
}

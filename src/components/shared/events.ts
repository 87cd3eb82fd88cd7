/**
 * Every event Samsyn elements emit, with its `detail` type. Events bubble and
 * are composed, so a portal can listen on any ancestor, across shadow roots.
 */

/** `samsyn-change`: the value after an edit. */
export interface SamsynChangeDetail<T = unknown> {
  value: T;
  /** What was edited: a question id, a row id, a field name. */
  field?: string;
  /** Whether `value` passes its schema as it stands. */
  valid?: boolean;
}

/** `samsyn-submit`: the validated value. */
export interface SamsynSubmitDetail<T = unknown> {
  value: T;
}

/** `samsyn-step`: a questionnaire moved to another step. */
export interface SamsynStepDetail {
  /** 1-based step number; the review step is `total`. */
  step: number;
  total: number;
  /** The section shown, or `review`. */
  section: string;
}

/** `samsyn-select`: a part of a display element was activated. */
export interface SamsynSelectDetail {
  /** What kind of part: `status`, `gender`, `date`, `step`, `intervention`, `obstacle`, `row`, `view`, `cell`… */
  kind: string;
  /** Its key (an option code, a date, an id). */
  key: string;
  /** More about it, where there is more. */
  data?: unknown;
}

/** `samsyn-error`: input from the page could not be used; the element shows a message instead. */
export interface SamsynErrorDetail {
  /** A stable reason code: `invalid-value`, `invalid-definition`, `render-failed`, `storage-unavailable`, `draft-discarded`… */
  reason: string;
  /** A message in the page's language. */
  message: string;
  /** The property that was wrong, where one was. */
  property?: string;
  /** Schema issues, where the reason is a failed validation. */
  issues?: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>;
}

export interface SamsynEventMap {
  'samsyn-change': CustomEvent<SamsynChangeDetail>;
  'samsyn-submit': CustomEvent<SamsynSubmitDetail>;
  'samsyn-step': CustomEvent<SamsynStepDetail>;
  'samsyn-select': CustomEvent<SamsynSelectDetail>;
  'samsyn-error': CustomEvent<SamsynErrorDetail>;
}

export type SamsynEventName = keyof SamsynEventMap;
type DetailOf<N extends SamsynEventName> = SamsynEventMap[N] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a Samsyn event from `target`: bubbling, composed, and
 * cancelable where the element honours `preventDefault()`. Returns false if
 * a listener cancelled it.
 */
export function emit<N extends SamsynEventName>(
  target: EventTarget,
  name: N,
  detail: DetailOf<N>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SamsynEventMap {}
}

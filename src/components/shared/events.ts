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

/** The kinds of part a display element lets a person activate. */
export type SamsynSelectKind =
  /** A status of the SIP overview (a bar or its row). */
  | 'status'
  /** A gender of the SIP overview's breakdown. */
  | 'gender'
  /** A point in time of the SIP overview's trend. */
  | 'date'
  /** An obstacle named in the SIP overview. */
  | 'obstacle'
  /** A step of a SIP's process. */
  | 'step'
  /** An intervention of a SIP. */
  | 'intervention';

/** `samsyn-select`: a part of a display element was activated. */
export interface SamsynSelectDetail {
  /** What kind of part it is. */
  kind: SamsynSelectKind;
  /** Its key (an option code, a date, an id). */
  key: string;
  /** More about it, where there is more. */
  data?: unknown;
}

/**
 * Why input could not be used: a stable code a portal may log or act on.
 * Samsyn calls every such case an input *problem*; the element shows it in
 * place (`::part(error)`) or as a notice.
 */
export type SamsynErrorReason =
  /** A property or attribute holds a value its schema refuses (or one that cannot even be read). */
  | 'invalid-value'
  /** A questionnaire definition its schema refuses. */
  | 'invalid-definition'
  /** Some records were left out of the figures; the rest are shown. */
  | 'records-rejected'
  /** Rendering threw; the next change of input tries again. */
  | 'render-failed'
  /** A part loaded on first use (an editor, a view) could not be fetched. */
  | 'load-failed'
  /** The page's Trusted Types policy keeps Lit from running. */
  | 'blocked-by-policy'
  /** Drafts cannot be stored (no storage, or it is full). */
  | 'storage-unavailable'
  /** A stored draft was unreadable or of another version and was set aside. */
  | 'draft-discarded'
  /** Another form on the page uses the same `draft-key`. */
  | 'draft-key-in-use'
  /** An export (the report document's Word file) could not be made; the element says so beside its button. */
  | 'export-failed';

/** `samsyn-error`: input from the page could not be used; the element shows a message instead. */
export interface SamsynErrorDetail {
  /** Why, as a stable code. */
  reason: SamsynErrorReason;
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

import type { nothing, PropertyValues, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../../../i18n/localize.js';
import { emit } from '../events.js';
import { InputController, type InputOptions } from '../input.js';
import { LazyPart } from '../lazy-part.js';
import type { InputProblem } from '../samsyn-element.js';
import { notice } from './notice.js';

/*
 * What the elements that show a value and edit it in `edit` mode share (the
 * action plan, the user organisations' views): their inputs, each checked
 * with its schema in the element's language; the editing half, fetched the
 * first time the element is in edit mode so that a page that only reads never
 * downloads it, and what it needs of the element; and the notice of what the
 * last edit did.
 */

/** What an editing half needs of its element, whatever the element edits. */
export interface EditorContext<T> {
  host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  localize: LocalizeController;
  current(): T;
  /** The `lang` of the value's own texts, where the page speaks another language. */
  written(): string | typeof nothing;
  /** Accepts a valid value and emits `samsyn-change`. */
  commit(value: T, field: string): void;
  /** Puts a message in the live region, with an undo button when `undo` is given. */
  announce(message: string, undo?: () => void): void;
}

/**
 * The element's side: its editing half's context `C` but `commit` and
 * `announce` (which `Editable` gives), its `track()`, and `accept()`, which
 * makes an edited value the element's own.
 */
export type EditableElement<C extends EditorContext<unknown>> = Omit<C, 'commit' | 'announce'> & {
  track: <R>(work: Promise<R>) => Promise<R>;
  accept: (value: ReturnType<C['current']>) => void;
};

/**
 * An element's inputs and its editing half `E`, which `make` makes from its
 * context. The element's `updateComplete` waits for the editing half and
 * for every check.
 */
export class Editable<C extends EditorContext<unknown>, E> {
  private message = '';
  private undo: (() => void) | undefined;
  private readonly part: LazyPart<E>;

  constructor(
    private readonly element: EditableElement<C>,
    make: (context: C) => Promise<E>,
  ) {
    const { track, accept, ...context } = element;
    const commit = (value: ReturnType<C['current']>, field: string) => {
      accept(value);
      emit(context.host, 'samsyn-change', { value, field, valid: true });
    };
    const announce = (message: string, undo?: () => void) => {
      this.message = message;
      this.undo = undo;
      context.host.requestUpdate();
    };
    this.part = new LazyPart<E>(context.host, {
      load: () => make({ ...context, commit, announce } as unknown as C),
      failure: () => ({ reason: 'load-failed', message: context.localize.term('planEditorUnavailable') }),
      track,
    });
  }

  /** One of the element's properties, checked with its schema in the element's language. */
  input<T>(options: Omit<InputOptions<T>, 'locale' | 'track'>): InputController<T> {
    const { host, localize, track } = this.element;
    return new InputController<T>(host, { ...options, locale: () => localize.locale, track });
  }

  /** From the element's `prepare()`: in edit mode the editing half is fetched; one that failed is tried again only when edit mode is chosen anew. */
  prepare(mode: string, changed: PropertyValues): void {
    if (changed.has('mode') && mode !== 'edit') this.part.reset();
    if (mode === 'edit') this.part.request();
  }

  /** The editing half in edit mode, once it has arrived; until then the element reads. */
  editor(mode: string): E | undefined {
    return mode === 'edit' ? this.part.part : undefined;
  }

  /** Why edit mode cannot be shown: its half could not be fetched. */
  problem(mode: string): InputProblem | undefined {
    return mode === 'edit' ? this.part.problem : undefined;
  }

  /** The live region with what the last edit did, and its undo. */
  notice(undoLabel: string): TemplateResult {
    return notice(this.message, this.undo, undoLabel);
  }
}

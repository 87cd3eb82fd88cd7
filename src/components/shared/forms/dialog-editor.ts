import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { adoptEditStyles } from './edit.styles.js';
import type { EditorContext } from './editing.js';
import { errorSummary, type ErrorSummaryEntry } from './error-summary.js';

/** What the dialog holds while it is open: at least the messages of the last failed save, by field. */
export interface DialogEditing {
  errors: Map<string, string>;
}

/**
 * What the editing halves of the plan and of the views share: the modal
 * dialog in which an entry `R` is added or changed (its title, the error
 * summary, Save and Cancel; focus goes into it and back out), the table's
 * row buttons, a failed save's errors, and focus on the undo button after a
 * removal. `E` is what the dialog holds while it is open.
 */
export abstract class DialogEditor<T, R, E extends DialogEditing, C extends EditorContext<T> = EditorContext<T>> {
  protected editing: E | undefined;
  /** Failed saves so far: each one's error summary is announced once. */
  private failures = 0;
  /** The button that opened the dialog. */
  private opener: HTMLElement | undefined;

  constructor(
    protected readonly ctx: C,
    ...styles: CSSResult[]
  ) {
    adoptEditStyles(ctx.host.renderRoot, ...styles);
  }

  protected get root(): HTMLElement | DocumentFragment {
    return this.ctx.host.renderRoot;
  }

  protected update(): void {
    this.ctx.host.requestUpdate();
  }

  /** What the dialog holds for `entry`, or for a new entry. */
  protected abstract editingOf(entry?: R): E;
  /** The entry a row of the table shows. */
  protected abstract entryOf(row: HTMLTableRowElement): R | undefined;
  /** A row button's action other than `edit`. */
  protected abstract act(action: string | undefined, entry: R): void;
  /** Takes the form's fields in: saves them, or shows what is wrong with `failed()`. */
  protected abstract save(data: FormData, editing: E): void;
  /** Where focus goes once the dialog is closed; `edited` is what it held. */
  protected abstract focusAfterClose(edited: E | undefined, opener: HTMLElement | undefined): HTMLElement | null | undefined;

  /** The button that opens the dialog for a new entry. */
  protected addButton(id: string, label: string): TemplateResult {
    return html`<p class="no-print">
      <button type="button" class="primary" id=${id} @click=${(e: Event) => void this.openEditor(e.currentTarget as HTMLElement)}>
        ${label}
      </button>
    </p>`;
  }

  /** The table's click handler: the buttons of each row. */
  onTableClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const row = button?.closest('tr');
    const entry = row ? this.entryOf(row) : undefined;
    if (!button || !entry) return;
    const action = button.dataset.action;
    if (action === 'edit') void this.openEditor(button, entry);
    else this.act(action, entry);
  };

  /** The dialog, with `title` and the form's `fields` while it is open. */
  protected dialog(title: string, errors: readonly ErrorSummaryEntry[], fields: (editing: E) => TemplateResult): TemplateResult {
    const t = this.ctx.localize;
    const editing = this.editing;
    return html`<dialog aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      ${editing
        ? html`<form novalidate @submit=${this.submit}>
            <h2 class="dialog-title" id="dialog-title">${title}</h2>
            ${errorSummary({ title: t.term('planErrorSummary'), entries: errors, root: this.root, attempt: this.failures })} ${fields(editing)}
            <div class="buttons">
              <button type="submit" class="primary">${t.term('save')}</button>
              <button type="button" @click=${this.close}>${t.term('cancel')}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  /** Opens the dialog as a modal once the host has rendered it, with focus on its first field. */
  protected async openEditor(opener: HTMLElement, entry?: R): Promise<void> {
    this.opener = opener;
    this.editing = this.editingOf(entry);
    this.update();
    await this.ctx.host.updateComplete;
    const dialog = this.root.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  /** After a failed save: the dialog shows `editing`'s errors, and once shown its error summary takes focus. */
  protected async failed(editing: E): Promise<void> {
    this.editing = editing;
    this.failures++;
    this.update();
    await this.ctx.host.updateComplete;
    this.root.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** After a save: `value` is the element's, `message` says so, and the dialog closes. */
  protected saved(value: T, field: string, message: string): void {
    this.ctx.commit(value, field);
    this.ctx.announce(message);
    this.close();
  }

  /** After a removal: `value` is the element's, `message` says so, with an undo button that takes focus. */
  protected async removed(value: T, field: string, message: string, undo: () => void): Promise<void> {
    this.ctx.commit(value, field);
    this.ctx.announce(message, undo);
    await this.ctx.host.updateComplete;
    this.root.querySelector<HTMLElement>('.notice .undo')?.focus();
  }

  /** Closes the dialog (on Cancel, and after a save); its close handler puts focus back. */
  private close = (): void => this.root.querySelector('dialog')?.close();

  private submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.editing) this.save(new FormData(event.currentTarget as HTMLFormElement), this.editing);
  };

  private onDialogClose = async (): Promise<void> => {
    const { editing, opener } = this;
    this.editing = undefined;
    this.opener = undefined;
    this.update();
    await this.ctx.host.updateComplete;
    this.focusAfterClose(editing, opener)?.focus();
  };
}

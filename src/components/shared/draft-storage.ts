import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestLang } from '../../i18n/localize.js';
import { translate } from '../../i18n/catalogs.js';
import { toLocale } from '../../schema/locale.js';
import { emit } from './events.js';
import { registerMessages } from '../../i18n/catalogs.js';
import * as formMessages from '../../i18n/messages/form.js';

registerMessages(formMessages);

/** What is kept in `localStorage` under the draft's key. */
interface Envelope<T> {
  samsynDraft: 1;
  /** The definition the data belongs to, `id@version`. */
  ref: string;
  savedAt: string;
  /** Which open page wrote it, so that a page can tell its own writes from another tab's. */
  writer: string;
  data: T;
}

/** What the page should tell the person about their draft. */
export type DraftNotice<T> =
  | { kind: 'restored'; savedAt: string }
  | { kind: 'unavailable' }
  | { kind: 'set-aside'; reason: 'corrupt' | 'other-version'; found?: string; keptAs: string }
  | { kind: 'conflict'; savedAt: string; theirs: T }
  | { kind: 'cleared-elsewhere' };

export interface DraftStorageOptions<T> {
  /** Checks stored data: the data when it is usable, undefined when it is not. */
  parse(data: unknown): T | undefined;
}

const PREFIX = 'samsyn-draft';

function localStorageOrNull(): Storage | null {
  try {
    // Reading the property itself throws when storage is blocked (some private modes, strict cookie settings).
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function envelopeOf(json: string | null): Envelope<unknown> | undefined {
  if (json === null) return undefined;
  try {
    const value = JSON.parse(json) as Partial<Envelope<unknown>> | null;
    if (value && value.samsynDraft === 1 && typeof value.ref === 'string' && typeof value.writer === 'string') {
      return value as Envelope<unknown>;
    }
  } catch {
    // Not JSON: handled as a corrupt draft by the caller.
  }
  return undefined;
}

/**
 * Keeps a form's answers as a draft in `localStorage` while they are
 * entered, so that a caseworker who closes the tab by mistake loses nothing.
 *
 * - The key is the page's `draft-key` plus the definition (and the
 *   respondent role, where there is one); the definition's version is
 *   checked when the draft is read back.
 * - A draft that cannot be read, or that belongs to another version of the
 *   definition, is never deleted: it is moved to a key of its own
 *   (`…:set-aside:<time>`) and the person is told.
 * - Storage that is blocked or full turns drafts off with a notice; the form
 *   itself keeps working.
 * - Two tabs with the same draft: when the other tab writes, this one stops
 *   saving and asks whether to load the other version or keep its own, so
 *   that neither overwrites the other without the person knowing.
 *
 * Storage problems are also reported to the page as `samsyn-error`
 * (`storage-unavailable`, `draft-discarded`).
 */
export class DraftStorageController<T> implements ReactiveController {
  /** The notice to show, if any. */
  notice: DraftNotice<T> | undefined;
  /** When this page last saved the draft; undefined until it has, and again once the draft is removed. */
  savedAt: Date | undefined;

  private key: string | undefined;
  private ref = '';
  private off = false;
  private readonly writer = Math.random().toString(36).slice(2) + Date.now().toString(36);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftStorageOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Whether a draft key is set and storage works. */
  get active(): boolean {
    return this.key !== undefined && !this.off;
  }

  /**
   * Points the controller at the draft of `draftKey` for the definition
   * `ref` (`id@version`) and `scope` (the definition id, with the role where
   * there is one). Returns the stored data when there is a usable draft.
   * Calling it again with the same arguments does nothing.
   */
  open(draftKey: string | null | undefined, ref: string, scope: string): T | undefined {
    const key = draftKey ? `${PREFIX}:${draftKey}:${scope}` : undefined;
    if (key === this.key && ref === this.ref) return undefined;
    this.key = key;
    this.ref = ref;
    this.off = false;
    this.notice = undefined;
    this.savedAt = undefined;
    if (!key) return undefined;
    const storage = this.storage();
    if (!storage) return undefined;
    let json: string | null;
    try {
      json = storage.getItem(key);
    } catch {
      this.turnOff();
      return undefined;
    }
    if (json === null) return undefined;
    const envelope = envelopeOf(json);
    const data = envelope && envelope.ref === ref ? this.options.parse(envelope.data) : undefined;
    if (envelope && data !== undefined) {
      this.notice = { kind: 'restored', savedAt: envelope.savedAt };
      return data;
    }
    this.setAside(storage, key, json, envelope && envelope.ref !== ref ? envelope.ref : undefined);
    return undefined;
  }

  /** Saves `data` as the draft; does nothing while another tab's draft waits for the person's choice. */
  save(data: T): void {
    if (!this.key || this.off || this.notice?.kind === 'conflict') return;
    const storage = this.storage();
    if (!storage) return;
    const now = new Date();
    const envelope: Envelope<T> = { samsynDraft: 1, ref: this.ref, savedAt: now.toISOString(), writer: this.writer, data };
    try {
      storage.setItem(this.key, JSON.stringify(envelope));
      this.savedAt = now;
      if (this.notice?.kind === 'cleared-elsewhere') this.notice = undefined;
      this.host.requestUpdate();
    } catch {
      // Quota exceeded: the form goes on without drafts rather than failing on every keystroke.
      this.turnOff();
    }
  }

  /** Removes the draft (after a submit or a reset). */
  clear(): void {
    if (this.notice?.kind !== 'unavailable') this.notice = undefined;
    this.savedAt = undefined;
    if (!this.key || this.off) return;
    try {
      this.storage()?.removeItem(this.key);
    } catch {
      this.turnOff();
    }
  }

  /**
   * Settles a conflict with another tab: `theirs` returns the other tab's
   * data for the form to load; `mine` writes `mine` over it, deliberately.
   */
  resolve(choice: 'theirs'): T | undefined;
  resolve(choice: 'mine', mine: T): undefined;
  resolve(choice: 'theirs' | 'mine', mine?: T): T | undefined {
    const notice = this.notice;
    if (notice?.kind !== 'conflict') return undefined;
    this.notice = undefined;
    if (choice === 'mine') {
      this.save(mine!);
      return undefined;
    }
    return notice.theirs;
  }

  dismiss(): void {
    // A conflict is settled only by a choice; the notice that drafts are off stays true while it is so.
    if (this.notice?.kind === 'conflict' || this.notice?.kind === 'unavailable') return;
    this.notice = undefined;
    this.host.requestUpdate();
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (!this.key || this.off || event.key !== this.key) return;
    if (event.newValue === null) {
      this.notice = { kind: 'cleared-elsewhere' };
      this.host.requestUpdate();
      return;
    }
    const envelope = envelopeOf(event.newValue);
    if (!envelope || envelope.writer === this.writer || envelope.ref !== this.ref) return;
    const theirs = this.options.parse(envelope.data);
    if (theirs === undefined) return;
    this.notice = { kind: 'conflict', savedAt: envelope.savedAt, theirs };
    this.host.requestUpdate();
  };

  private storage(): Storage | null {
    const storage = localStorageOrNull();
    if (!storage) this.turnOff();
    return storage;
  }

  private setAside(storage: Storage, key: string, json: string, found: string | undefined): void {
    const keptAs = `${key}:set-aside:${new Date().toISOString()}`;
    try {
      storage.setItem(keptAs, json);
      storage.removeItem(key);
    } catch {
      // It could not be moved; leaving it where it is and saving nothing keeps it intact.
      this.turnOff();
      return;
    }
    this.notice = { kind: 'set-aside', reason: found ? 'other-version' : 'corrupt', ...(found ? { found } : {}), keptAs };
    this.report('draft-discarded', found ? translate(this.locale(), 'draftOtherVersion', found) : translate(this.locale(), 'draftCorrupt'));
  }

  private turnOff(): void {
    if (this.off) return;
    this.off = true;
    this.notice = { kind: 'unavailable' };
    this.report('storage-unavailable', translate(this.locale(), 'draftsUnavailable'));
    this.host.requestUpdate();
  }

  private report(reason: string, message: string): void {
    // After the current update, so that a listener finds the notice already shown.
    queueMicrotask(() => emit(this.host, 'samsyn-error', { reason, message }));
  }

  private locale() {
    return toLocale(nearestLang(this.host));
  }
}

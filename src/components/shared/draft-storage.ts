import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestLang } from '../../i18n/localize.js';
import { translate } from '../../i18n/catalogs.js';
import { toLocale } from '../../schema/locale.js';
import { emit, type SamsynErrorReason } from './events.js';
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
  | { kind: 'cleared-elsewhere' }
  | { kind: 'expired'; days: number }
  | { kind: 'deleted' }
  | { kind: 'in-use' };

export interface DraftStorageOptions<T> {
  /** Checks stored data: the data when it is usable, undefined when it is not. */
  parse(data: unknown): T | undefined;
}

const PREFIX = 'samsyn-draft';

/** Days a draft is kept unless the page says otherwise: long enough for a week away, short enough for a shared computer. */
export const DEFAULT_DRAFT_TTL_DAYS = 14;

/** Which controller on this page holds each draft key: two forms on one page must not write over each other's draft. */
const holders = new Map<string, DraftStorageController<unknown>>();

function envelopeOf(json: string): Envelope<unknown> | undefined {
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
 * - Two forms with the same key on one page: the second keeps its answers
 *   to itself, saves no draft, and says so (`draft-key-in-use`); it still
 *   hears of the draft's changes as another tab would, and writes it only
 *   when the person chooses to keep its answers.
 * - A draft older than `ttlDays` is removed unread when it is opened; the
 *   person can delete the draft at once (`delete()`), and it is removed on
 *   submit.
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

  /** Days after which a stored draft is removed unread. */
  ttlDays = DEFAULT_DRAFT_TTL_DAYS;
  /** True while another form on this page holds the same key: nothing is saved. */
  private shadowed = false;

  hostConnected(): void {
    // Only with a draft to watch: a page's first 'storage' listener sets up the origin's storage, a round trip to the browser.
    if (this.key) window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    this.release();
  }

  private release(): void {
    if (this.key && holders.get(this.key) === this) holders.delete(this.key);
  }

  /** Whether the notice stays while its cause does: drafts are off, or another form holds the key. */
  private get lasting(): boolean {
    return this.notice?.kind === 'unavailable' || this.notice?.kind === 'in-use';
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
    this.release();
    this.key = key;
    this.ref = ref;
    this.off = false;
    this.shadowed = false;
    this.notice = undefined;
    this.savedAt = undefined;
    if (!key) return undefined;
    window.addEventListener('storage', this.onStorage);
    const holder = holders.get(key);
    if (holder && holder !== this && holder.host.isConnected) {
      this.shadowed = true;
      this.notice = { kind: 'in-use' };
      this.report('draft-key-in-use', translate(this.locale(), 'draftKeyInUse'));
      return undefined;
    }
    holders.set(key, this);
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
      const age = Date.now() - new Date(envelope.savedAt).getTime();
      if (this.ttlDays > 0 && !(age <= this.ttlDays * 86_400_000)) {
        // Too old to keep (a shared computer): removed without being read into the form.
        try {
          storage.removeItem(key);
        } catch {
          this.turnOff();
          return undefined;
        }
        this.notice = { kind: 'expired', days: this.ttlDays };
        return undefined;
      }
      this.notice = { kind: 'restored', savedAt: envelope.savedAt };
      return data;
    }
    this.setAside(storage, key, json, envelope && envelope.ref !== ref ? envelope.ref : undefined);
    return undefined;
  }

  /** Saves `data` as the draft; does nothing while another tab's draft waits for the person's choice. */
  save(data: T): void {
    if (!this.key || this.off || this.shadowed || this.notice?.kind === 'conflict') return;
    const storage = this.storage();
    if (!storage) return;
    const now = new Date();
    const envelope: Envelope<T> = { samsynDraft: 1, ref: this.ref, savedAt: now.toISOString(), writer: this.writer, data };
    try {
      storage.setItem(this.key, JSON.stringify(envelope));
      this.savedAt = now;
      if (this.notice?.kind === 'cleared-elsewhere' || this.notice?.kind === 'deleted' || this.notice?.kind === 'expired') this.notice = undefined;
      this.host.requestUpdate();
    } catch {
      // Quota exceeded: the form goes on without drafts rather than failing on every keystroke.
      this.turnOff();
    }
  }

  /** The person deletes the stored draft at once ("Radera utkast"); the answers on screen stay. */
  delete(): void {
    this.clear();
    if (!this.lasting) this.notice = { kind: 'deleted' };
    this.host.requestUpdate();
  }

  /** Whether a draft of this page's is stored now (one it saved or read back). */
  get stored(): boolean {
    return this.key !== undefined && !this.off && !this.shadowed && (this.savedAt !== undefined || this.notice?.kind === 'restored');
  }

  /** Removes the draft (after a submit or a reset). */
  clear(): void {
    if (!this.lasting) this.notice = undefined;
    this.savedAt = undefined;
    if (!this.key || this.off || this.shadowed) return;
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
      // The person's choice: this form now keeps the draft, also over another form on the page.
      this.shadowed = false;
      if (this.key) holders.set(this.key, this);
      this.save(mine!);
      return undefined;
    }
    return notice.theirs;
  }

  dismiss(): void {
    // A conflict is settled only by a choice; the notice that drafts are off stays true while it is so.
    if (this.notice?.kind === 'conflict' || this.lasting) return;
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
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // Reading the property itself throws when storage is blocked (some private modes, strict cookie settings).
    }
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

  private report(reason: SamsynErrorReason, message: string): void {
    // After the current update, so that a listener finds the notice already shown.
    queueMicrotask(() => emit(this.host, 'samsyn-error', { reason, message }));
  }

  private locale() {
    return toLocale(nearestLang(this.host));
  }
}

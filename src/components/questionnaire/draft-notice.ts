import { html, nothing } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { intlLocale } from '../../schema/locale.js';
import type { DraftNotice } from '../shared/draft-storage.js';

/** What the buttons of a draft notice do. */
export interface DraftNoticeActions {
  dismiss(): void;
  /** Empties the form and forgets the restored draft. */
  startNew(): void;
  /** Settles a conflict with a draft another tab saved. */
  resolve(choice: 'theirs' | 'mine'): void;
}

/** What the questionnaire tells the person about their draft, with the choices it leaves them. */
export function renderDraftNotice(notice: DraftNotice<unknown> | undefined, t: LocalizeController, actions: DraftNoticeActions): unknown {
  if (!notice) return nothing;
  const dismiss = html`<button class="button secondary small" part="button" type="button" @click=${() => actions.dismiss()}>
    ${t.term('dismiss')}
  </button>`;
  switch (notice.kind) {
    case 'restored':
      return html`<div class="notice">
        <p>${t.term('draftRestored', time(notice.savedAt, t))}</p>
        <div class="notice-actions">
          <button class="button secondary small" part="button" type="button" @click=${() => actions.startNew()}>${t.term('draftStartOver')}</button>
          ${dismiss}
        </div>
      </div>`;
    case 'unavailable':
      return html`<div class="notice warning"><p>${t.term('draftsUnavailable')}</p></div>`;
    case 'set-aside':
      return html`<div class="notice warning">
        <p>${notice.reason === 'other-version' ? t.term('draftOtherVersion', notice.found ?? '') : t.term('draftCorrupt')}</p>
        <div class="notice-actions">${dismiss}</div>
      </div>`;
    case 'conflict':
      return html`<div class="notice warning">
        <p>${t.term('draftConflict', time(notice.savedAt, t))}</p>
        <div class="notice-actions">
          <button class="button secondary small" part="button" type="button" @click=${() => actions.resolve('theirs')}>
            ${t.term('draftLoadTheirs')}
          </button>
          <button class="button secondary small" part="button" type="button" @click=${() => actions.resolve('mine')}>
            ${t.term('draftKeepMine')}
          </button>
        </div>
      </div>`;
    case 'cleared-elsewhere':
      return html`<div class="notice"><p>${t.term('draftClearedElsewhere')}</p><div class="notice-actions">${dismiss}</div></div>`;
    case 'expired':
      return html`<div class="notice"><p>${t.term('draftExpired', notice.days)}</p><div class="notice-actions">${dismiss}</div></div>`;
    case 'deleted':
      return html`<div class="notice"><p>${t.term('draftDeleted')}</p><div class="notice-actions">${dismiss}</div></div>`;
    case 'in-use':
      return html`<div class="notice warning"><p>${t.term('draftKeyInUse')}</p></div>`;
  }
}

/**
 * "Utkast sparat kl. 10:32", in a polite live region that is on the page before the first save. It names the
 * minute of the last save, so its text, and what a screen reader announces, changes at most once a minute
 * while someone types; saves within the same minute leave it as it is. It is empty until the first save of
 * this page, and while another tab's draft or storage that does not work means nothing is being saved.
 */
export function draftStatus(drafts: { savedAt: Date | undefined; notice: DraftNotice<unknown> | undefined }, t: LocalizeController): string {
  const { savedAt, notice } = drafts;
  if (!savedAt || notice?.kind === 'conflict' || notice?.kind === 'unavailable') return '';
  const format = new Intl.DateTimeFormat(intlLocale(t.locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return t.term('draftSaved', format.format(savedAt));
}

/** With a draft key, the line that says when the draft was saved; with a stored draft, the button that deletes it. */
export function renderDraftStatus(
  drafts: { savedAt: Date | undefined; notice: DraftNotice<unknown> | undefined; stored: boolean; delete(): void },
  t: LocalizeController,
  keyed: boolean,
): unknown {
  return html`${keyed ? html`<p class="draft-status" role="status" part="draft-status">${draftStatus(drafts, t)}</p>` : nothing}
  ${drafts.stored
    ? html`<p class="draft-delete">
        <button class="button secondary small" part="button" type="button" @click=${() => drafts.delete()}>${t.term('draftDelete')}</button>
      </p>`
    : nothing}`;
}

function time(iso: string, t: LocalizeController): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(t.locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

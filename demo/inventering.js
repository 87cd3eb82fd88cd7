// The fill-in page: the portal stores each submitted record, as a real
// portal would send it to its server, and says so.
import { addInventoryRecord, clearInventoryRecords, storedInventoryRecords } from './records.js';

const form = document.querySelector('samsyn-inventory-form');
const count = document.querySelector('[data-saved-count]');
const status = document.querySelector('[data-saved-status]');

const messages = {
  saved: {
    sv: (n) => `Inventeringen är sparad. Den finns nu med i rapporten (${n} sparade här).`,
    en: (n) => `The inventory is saved. It is now included in the report (${n} saved here).`,
  },
  failed: {
    sv: () => 'Inventeringen kunde inte sparas: webbläsaren tillåter inte lagring.',
    en: () => 'The inventory could not be saved: this browser does not allow storage.',
  },
  cleared: {
    sv: () => 'De sparade inventeringarna är borttagna.',
    en: () => 'The saved inventories are removed.',
  },
};

/** A notice in both languages; the portal's stylesheet shows the one of the page. */
const say = (key, ...args) => {
  const p = document.createElement('p');
  p.className = 'notice';
  p.dataset.kind = key === 'failed' ? 'error' : 'success';
  for (const lang of ['sv', 'en']) {
    const span = document.createElement('span');
    span.dataset.lang = lang;
    span.textContent = messages[key][lang](...args);
    p.append(span);
  }
  status.replaceChildren(p);
};

const showCount = () => {
  count.textContent = String(storedInventoryRecords().length);
};

form.addEventListener('samsyn-submit', (event) => {
  if (addInventoryRecord(event.detail.value)) {
    showCount();
    say('saved', storedInventoryRecords().length);
  } else {
    say('failed');
  }
});

document.querySelector('[data-clear-saved]').addEventListener('click', () => {
  clearInventoryRecords();
  showCount();
  say('cleared');
});

showCount();

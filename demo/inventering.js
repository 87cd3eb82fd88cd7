// The fill-in page: each submitted inventory goes to the kommun's server
// (samsyn-server) with the caseworker's unit, and the page says whether it
// arrived. A copy stays in this browser for the SIP page.
import { addInventoryRecord } from './records.js';
import { api, bilingual, nameIn, period } from './api.js';

const form = document.querySelector('samsyn-inventory-form');
const count = document.querySelector('[data-saved-count]');
const status = document.querySelector('[data-saved-status]');
const unitSelect = document.querySelector('[data-unit]');
let sent = 0;

/** A notice in both languages; `detail` is the server's own words, in the language it was asked in. */
const say = (kind, sv, en, detail) => {
  const p = bilingual('p', sv, en, { className: 'notice' });
  p.dataset.kind = kind;
  if (detail?.length) {
    const list = document.createElement('ul');
    list.lang = document.documentElement.lang;
    for (const text of detail) list.append(Object.assign(document.createElement('li'), { textContent: text }));
    p.append(list);
  }
  status.replaceChildren(p);
};

// The units of the caseworker's kommun, from the server, named in the page's language.
const me = await api('/api/me', { role: 'caseworker' });
const nameUnits = () => {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  for (const option of unitSelect.options) option.textContent = nameIn(option.unitName, lang);
};
if (me.ok) {
  for (const unit of me.body.kommun.units) {
    unitSelect.append(Object.assign(document.createElement('option'), { value: unit.code, unitName: unit.name }));
  }
  nameUnits();
  new MutationObserver(nameUnits).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
} else {
  say('error', 'Servern svarar inte, så inventeringar kan inte skickas just nu.', 'The server does not answer, so inventories cannot be sent right now.');
}

form.addEventListener('samsyn-submit', async (event) => {
  const record = { ...event.detail.value, unit: unitSelect.value };
  say('info', 'Skickar inventeringen …', 'Sending the inventory …');
  const reply = await api(`/api/records?period=${period}`, {
    role: 'caseworker',
    method: 'POST',
    json: record,
    // The same key if this submit is retried: the server counts it once.
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  if (reply.ok) {
    sent++;
    count.textContent = String(sent);
    addInventoryRecord(record);
    say('success', `Inventeringen är skickad och sparad hos kommunen för ${period}. Den räknas nu med i rapporten.`, `The inventory is sent and stored by the kommun for ${period}. It is now counted in the report.`);
  } else if (reply.status === 0) {
    say('error', 'Inventeringen kunde inte skickas: servern svarar inte. Försök igen om en stund.', 'The inventory could not be sent: the server does not answer. Try again in a moment.');
  } else {
    say(
      'error',
      'Inventeringen kunde inte sparas. Servern svarade:',
      'The inventory could not be stored. The server replied:',
      [reply.body?.message, ...(reply.body?.issues ?? []).map((i) => i.message)].filter(Boolean),
    );
  }
});

// The submissions page: how many inventories each unit of the kommun has
// sent this year, from samsyn-server; a unit with none is still due.
import { api, bilingual, nameIn, period } from './api.js';

const table = document.querySelector('[data-progress]');
const status = document.querySelector('[data-progress-status]');

const reply = await api(`/api/progress?period=${period}`, { role: 'caseworker' });
if (!reply.ok) {
  const p = bilingual('p', 'Inrapporteringen kunde inte hämtas från kommunens server.', "The submissions could not be fetched from the kommun's server.");
  p.className = 'notice';
  p.dataset.kind = 'error';
  status.replaceChildren(p);
} else {
  const { units, total } = reply.body;
  for (const el of document.querySelectorAll('[data-period]')) el.textContent = reply.body.period;
  const rows = units.map((unit) => {
    const tr = document.createElement('tr');
    const name = bilingual('th', nameIn(unit.name, 'sv'), nameIn(unit.name, 'en'), { scope: 'row' });
    const code = Object.assign(document.createElement('td'), { textContent: unit.code });
    code.translate = false;
    const count = Object.assign(document.createElement('td'), { className: 'number', textContent: String(unit.count) });
    const state =
      unit.count > 0
        ? bilingual('td', 'Har skickat in', 'Has submitted')
        : bilingual('td', 'Inte skickat in än', 'Not submitted yet');
    if (unit.count === 0) state.dataset.due = '';
    tr.append(name, code, count, state);
    return tr;
  });
  table.tBodies[0].replaceChildren(...rows);
  table.querySelector('[data-progress-total]').textContent = String(total);
  table.closest('.table-scroll').hidden = false;
  const due = units.filter((u) => u.count === 0).length;
  const summary = due
    ? bilingual('p', `${due} av ${units.length} enheter har inte skickat in något än.`, `${due} of ${units.length} units have not submitted anything yet.`)
    : bilingual('p', 'Alla enheter har skickat in.', 'Every unit has submitted.');
  summary.className = 'notice';
  status.replaceChildren(summary);
}

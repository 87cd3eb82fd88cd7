// The import page: an administrator sends a unit's spreadsheet to
// samsyn-server, which takes all of it or nothing and names every bad cell.
import { api, bilingual, period } from './api.js';

const form = document.querySelector('[data-import-form]');
const status = document.querySelector('[data-import-status]');
const errors = document.querySelector('[data-import-errors]');
const errorsBox = errors.closest('.table-scroll');

const say = (kind, sv, en, detail) => {
  const p = bilingual('p', sv, en, { className: 'notice' });
  p.dataset.kind = kind;
  if (detail) {
    const span = Object.assign(document.createElement('span'), { textContent: ` ${detail}` });
    span.lang = document.documentElement.lang;
    p.append(span);
  }
  status.replaceChildren(p);
};

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = form.elements.file.files[0];
  if (!file) return;
  errorsBox.hidden = true;
  say('info', `Importerar ${file.name} …`, `Importing ${file.name} …`);
  const body = new FormData();
  body.append('file', file);
  const reply = await api(`/api/records/import?period=${period}`, { role: 'admin', method: 'POST', body });
  if (reply.ok) {
    say('success', `${reply.body.imported} inventeringar är importerade för ${period}.`, `${reply.body.imported} inventories are imported for ${period}.`);
    form.reset();
    return;
  }
  if (reply.status === 0) {
    say('error', 'Filen kunde inte skickas: servern svarar inte.', 'The file could not be sent: the server does not answer.');
    return;
  }
  say('error', 'Ingenting importerades.', 'Nothing was imported.', reply.body?.message);
  const list = reply.body?.errors ?? [];
  errors.tBodies[0].replaceChildren(
    ...list.map((e) => {
      const tr = document.createElement('tr');
      tr.lang = document.documentElement.lang;
      tr.append(
        Object.assign(document.createElement('td'), { className: 'number', textContent: e.row ?? '' }),
        Object.assign(document.createElement('td'), { textContent: e.column ?? '' }),
        Object.assign(document.createElement('td'), { textContent: e.message }),
      );
      return tr;
    }),
  );
  errorsBox.hidden = list.length === 0;
});

document.querySelector('[data-template]').addEventListener('click', async () => {
  const reply = await api('/api/records/template.csv', { role: 'admin' });
  if (!reply.ok) {
    say('error', 'Mallen kunde inte hämtas.', 'The template could not be fetched.');
    return;
  }
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(reply.body), download: 'inventering-mall.csv' });
  link.click();
  URL.revokeObjectURL(link.href);
});

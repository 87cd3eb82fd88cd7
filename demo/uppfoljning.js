// The follow-up page: the sample follow-up definition on the same
// questionnaire element; the element asks who is answering, then only that
// respondent's sections. Submitted records are stored and summarised.
import { followupDefinition } from '../dist/schema.js';
import { generateRecords } from '../dist/aggregate.js';
import { addFollowupRecord, storedFollowupRecords } from './records.js';

const form = document.querySelector('samsyn-questionnaire');
const chart = document.querySelector('samsyn-chart');
const count = document.querySelector('[data-followup-count]');
const status = document.querySelector('[data-followup-status]');

const messages = {
  saved: { sv: 'Uppföljningen är sparad och räknas med i sammanställningen.', en: 'The follow-up is saved and counted in the summary.' },
  failed: { sv: 'Uppföljningen kunde inte sparas: webbläsaren tillåter inte lagring.', en: 'The follow-up could not be saved: this browser does not allow storage.' },
};

function summarise() {
  const stored = storedFollowupRecords();
  count.textContent = String(stored.length);
  chart.definition = followupDefinition;
  chart.records = [...generateRecords({ count: 600, seed: 2025, definition: followupDefinition }), ...stored];
}

form.definition = followupDefinition;
form.addEventListener('samsyn-submit', (event) => {
  const saved = addFollowupRecord(event.detail.value);
  const p = document.createElement('p');
  p.className = 'notice';
  p.dataset.kind = saved ? 'success' : 'error';
  // Both languages; the portal's stylesheet shows the one of the page.
  for (const lang of ['sv', 'en']) {
    const span = document.createElement('span');
    span.dataset.lang = lang;
    span.textContent = messages[saved ? 'saved' : 'failed'][lang];
    p.append(span);
  }
  status.replaceChildren(p);
  summarise();
});

summarise();

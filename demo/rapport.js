// The report page: this year's figures as the kommun's server counts them
// (the protected aggregate from samsyn-server; no record leaves it) against
// the previous inventory, with Norrvik's population for the per-mille figures.
import { generateRecords } from '../dist/aggregate.js';
import { api, bilingual, period } from './api.js';

const year = Number(period);

/** Norrvik's inhabitants aged 18 and over, by age band and gender (made up). */
const women = { '18-24': 1550, '25-34': 2750, '35-44': 2900, '45-54': 3100, '55-64': 3000, '65-plus': 5200 };
const men = { '18-24': 1650, '25-34': 2850, '35-44': 3000, '45-54': 3200, '55-64': 3000, '65-plus': 4600 };
const sum = (groups) => Object.values(groups).reduce((a, b) => a + b, 0);
const both = Object.fromEntries(Object.keys(women).map((band) => [band, women[band] + men[band]]));

const report = document.querySelector('samsyn-inventory-report');
const source = document.querySelector('[data-report-source]');
report.period = period;
report.previousPeriod = String(year - 3);
report.population = {
  total: sum(both),
  groups: both,
  byOption: { gender: { woman: { total: sum(women), groups: women }, man: { total: sum(men), groups: men } } },
};
report.previous = generateRecords({ count: 310, seed: 2022 });

const reply = await api(`/api/report?by=gender&period=${period}`, { role: 'analyst' });
if (reply.ok) {
  report.result = reply.body;
  for (const el of document.querySelectorAll('[data-total-count]')) el.textContent = String(reply.body.total.all.count ?? '..');
} else {
  const notice = bilingual(
    'p',
    'Rapporten kunde inte hämtas från kommunens server. Försök igen om en stund.',
    'The report could not be fetched from the kommun\'s server. Try again in a moment.',
  );
  notice.className = 'notice';
  notice.dataset.kind = 'error';
  source.replaceWith(notice);
  report.hidden = true;
}

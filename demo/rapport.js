// The report page: this year's records (synthetic plus those entered in this
// browser) against the previous inventory, with Norrvik's population for the
// per-mille figures.
import { generateRecords } from '../dist/aggregate.js';
import { SYNTHETIC_COUNT, inventoryRecords } from './data.js';
import { storedInventoryRecords } from './records.js';

const year = new Date().getFullYear();

/** Norrvik's inhabitants aged 18 and over, by age band and gender (made up). */
const women = { '18-24': 1550, '25-34': 2750, '35-44': 2900, '45-54': 3100, '55-64': 3000, '65-plus': 5200 };
const men = { '18-24': 1650, '25-34': 2850, '35-44': 3000, '45-54': 3200, '55-64': 3000, '65-plus': 4600 };
const sum = (groups) => Object.values(groups).reduce((a, b) => a + b, 0);
const both = Object.fromEntries(Object.keys(women).map((band) => [band, women[band] + men[band]]));

const report = document.querySelector('samsyn-inventory-report');
report.period = String(year);
report.previousPeriod = String(year - 3);
report.population = {
  total: sum(both),
  groups: both,
  byOption: { gender: { woman: { total: sum(women), groups: women }, man: { total: sum(men), groups: men } } },
};
report.previous = generateRecords({ count: 310, seed: 2022 });
report.records = inventoryRecords();

for (const el of document.querySelectorAll('[data-synthetic-count]')) el.textContent = String(SYNTHETIC_COUNT);
for (const el of document.querySelectorAll('[data-saved-count]')) el.textContent = String(storedInventoryRecords().length);

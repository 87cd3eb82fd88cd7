// samsyn-action-plan with a plan of `?rows=` rows (500 by default) over
// Stockholm's eight areas: first render, then choosing one area in the
// area filter.
import '../../dist/components/action-plan.js';
import { afterPaint, deepQueryAll, params, publish, waitFor } from './bench.js';

const areas = ['housing', 'occupation', 'health', 'children-as-relatives', 'relatives', 'neurodevelopmental', 'sip', 'outreach'];
const statuses = ['not-started', 'ongoing', 'done', 'cancelled'];
const responsible = ['Socialtjänsten', 'Psykiatrin', 'Arbetsmarknadsenheten', 'Bostadsförmedlingen', 'Regionen', 'Brukarrådet'];
const pad = (n) => String(n).padStart(2, '0');

/** A plan of `count` rows, the same every time. */
function plan(count) {
  return {
    title: 'Handlingsplan för personer med psykisk funktionsnedsättning',
    period: '2025–2028',
    rows: Array.from({ length: count }, (_, i) => ({
      id: `row-${i + 1}`,
      area: areas[i % areas.length],
      goal: `Mål ${i + 1}: fler personer i målgruppen har ett eget boende och en meningsfull sysselsättning.`,
      activity: `Aktivitet ${i + 1}: kartlägga behoven, samordna insatserna med regionen och följa upp varje halvår.`,
      responsible: responsible[i % responsible.length],
      deadline: `${2025 + (i % 4)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
      followUpDate: `${2026 + (i % 3)}-${pad(((i + 5) % 12) + 1)}-15`,
      status: statuses[i % statuses.length],
      ...(i % 5 === 0
        ? { target: { description: 'Andel i arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: i % 40 } }
        : {}),
    })),
  };
}

publish(async () => {
  const { rows = 500 } = params();
  const value = plan(rows);
  const host = document.getElementById('host');
  const shownRows = (el) => deepQueryAll(el, 'tr[data-row]').length;

  const started = performance.now();
  const el = document.createElement('samsyn-action-plan');
  el.today = '2026-06-01';
  el.value = value;
  host.append(el);
  await el.updateComplete;
  await waitFor(() => shownRows(el) === rows, `${rows} rows`);
  await afterPaint();
  const firstRender = performance.now() - started;

  const select = await waitFor(() => deepQueryAll(el, 'select#filter-area')[0], 'the area filter');
  const expected = value.rows.filter((r) => r.area === 'housing').length;
  const filterStarted = performance.now();
  select.value = 'housing';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await waitFor(() => shownRows(el) === expected, `${expected} rows after the filter`);
  await afterPaint();
  const filterChange = performance.now() - filterStarted;
  return { firstRender, filterChange, shownAfterFilter: expected };
});

// samsyn-inventory-report handed `?count=` synthetic records (3,596 by
// default, Stockholm's inventory): from setting `records` until the charts
// are drawn and painted, and until the figures are computed and rendered
// (`settled()`). A chart is drawn when it comes into view: with
// `?charts=all` (the default) the harness gives the page a viewport tall
// enough for every chart; with `?charts=visible` it waits for the charts in
// the first screen only, as a person sees the report. With `?watch=1` it
// also watches the main thread for the longest task, before and after the
// figures are in, and the longest gap between frames. It also times the
// first screenful: the charts whose top is within `?screen=` pixels (800, a
// normal screen) of the page's top. With `?warm=1` it then makes the same
// report again in the same page, for the warm figures.
import '../../dist/components/inventory-report.js';
import { afterPaint, deepQueryAll, params, publish, watchMainThread } from './bench.js';

function records(count) {
  const worker = new Worker(new URL('./records-worker.js', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => reject(new Error(`records worker: ${event.message}`));
    worker.postMessage({ count, seed: 2013 });
  });
}

function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what()}`)), ms))]);
}

/** One report given `data`: times from setting `records` until the figures are in, the first screenful and every chart are drawn and painted. */
async function measure(data, { which, watch, screen }) {
  const host = document.getElementById('host');
  host.replaceChildren();
  await afterPaint();
  const monitor = watch ? watchMainThread() : undefined;
  const started = performance.now();
  const report = document.createElement('samsyn-inventory-report');
  report.records = data;
  host.append(report);
  await report.settled();
  const settled = performance.now();
  const all = deepQueryAll(report, 'samsyn-chart');
  if (all.length === 0) throw new Error('the report shows no charts');
  // The first screenful: the charts whose top is within a normal screen's height of the page's top.
  const firstScreen = all.filter((c) => c.getBoundingClientRect().top < screen);
  const charts = which === 'visible' ? firstScreen : all;
  let firstScreenAt;
  const firstDrawn = Promise.all(firstScreen.map((c) => c.whenDrawn()))
    .then(afterPaint)
    .then(() => (firstScreenAt = performance.now()));
  await withTimeout(
    Promise.all([firstDrawn, ...charts.map((c) => c.whenDrawn())]),
    120_000,
    () => `${charts.filter((c) => c.drawn).length} of ${charts.length} charts drawn`,
  );
  await afterPaint();
  const total = performance.now() - started;
  return {
    total,
    firstScreen: firstScreenAt - started,
    firstScreenCharts: firstScreen.length,
    figures: settled - started,
    charts: charts.length,
    counted: report.shownResult?.total.all.count,
    ...monitor?.stop(settled),
  };
}

publish(async () => {
  const { count = 3596, watch = 0, charts: which = 'all', screen = 800, warm = 0 } = params();
  const data = await records(count);
  // Cold: the first report of this fresh page (its code fetched, parsed and run for the first time).
  const cold = await measure(data, { which, watch, screen });
  if (!warm) return cold;
  // Warm: the same report made again in the same page, its code loaded and compiled.
  const again = await measure(data, { which, watch, screen });
  return { ...cold, warmTotal: again.total, warmFirstScreen: again.firstScreen, warmFigures: again.figures };
});

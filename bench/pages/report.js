// samsyn-inventory-report handed `?count=` synthetic records (3,596 by
// default, Stockholm's inventory): from setting `records` until the charts
// are drawn and painted, and until the figures are computed and rendered
// (`settled()`). A chart is drawn when it comes into view: with
// `?charts=all` (the default) the harness gives the page a viewport tall
// enough for every chart; with `?charts=visible` it waits for the charts in
// the first screen only, as a person sees the report. With `?watch=1` it
// also watches the main thread for the longest task, before and after the
// figures are in, and the longest gap between frames.
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

publish(async () => {
  const { count = 3596, watch = 0, charts: which = 'all' } = params();
  const data = await records(count);
  const host = document.getElementById('host');
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
  const charts = which === 'visible' ? all.filter((c) => c.getBoundingClientRect().top < innerHeight) : all;
  await withTimeout(
    Promise.all(charts.map((c) => c.whenDrawn())),
    120_000,
    () => `${charts.filter((c) => c.drawn).length} of ${charts.length} charts drawn`,
  );
  await afterPaint();
  const total = performance.now() - started;
  return { total, figures: settled - started, charts: charts.length, counted: report.shownResult?.total.all.count, ...monitor?.stop(settled) };
});

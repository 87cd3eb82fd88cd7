// The harness's floor for "page load until usable": the same steps as
// form.js and surveyjs.js with no library at all. The page's own module and
// bench.js are fetched and run, one paragraph is added and painted. What
// this takes is in every page's figure; a limit stated as a share of the
// peer's time is only reachable where it is above this.
import { afterPaint, publish } from './bench.js';

const ready = performance.now();

publish(async () => {
  const started = performance.now();
  const paragraph = document.createElement('p');
  paragraph.textContent = 'Avsnitt 1';
  document.getElementById('host').append(paragraph);
  await afterPaint();
  const firstRender = performance.now() - started;
  return { ready, firstRender, usable: ready + firstRender };
});

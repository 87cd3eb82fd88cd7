// samsyn-inventory-form as a kommun page uses it: the element's own entry
// from dist/, no framework, its modules preloaded by form.html. First render of the first section, then Next
// with the first section answered. Same steps as surveyjs.js.
import '../../dist/components/inventory-form.js';
import { FIRST_SECTION_ANSWERS, SECOND_SECTION_TITLE, afterPaint, deepQueryAll, isShown, publish, waitFor } from './bench.js';

// Static imports are fetched and run before this module's body: the element is defined by now.
const ready = performance.now();

publish(async () => {
  const host = document.getElementById('host');
  const choices = (form) => deepQueryAll(form, 'input[type=radio], input[type=checkbox]').filter(isShown);

  const started = performance.now();
  const form = document.createElement('samsyn-inventory-form');
  host.append(form);
  await form.updateComplete;
  await waitFor(() => choices(form).length > 0, 'the first section');
  await afterPaint();
  const firstRender = performance.now() - started;
  const controls = choices(form).length;

  form.value = { definition: 'national-inventory@1', answers: FIRST_SECTION_ANSWERS };
  await form.updateComplete;
  const next = await waitFor(() => deepQueryAll(form, 'button[part~="button-primary"]').find(isShown), 'the Next button');
  await afterPaint();
  const heading = () => form.shadowRoot.getElementById('step-heading');
  const stepStarted = performance.now();
  next.click();
  await waitFor(() => heading()?.textContent.includes(SECOND_SECTION_TITLE), 'the second section');
  await form.updateComplete;
  await afterPaint();
  const stepChange = performance.now() - stepStarted;
  return { ready, firstRender, usable: ready + firstRender, stepChange, controls };
});

// The peer: SurveyJS (survey-core + survey-js-ui, their minified UMD builds
// and default theme) rendering the national inventory as converted by
// bench/to-surveyjs.mjs. Same steps as form.js: first render of the first
// page, then Next with the first page answered.
import { FIRST_SECTION_ANSWERS, SECOND_SECTION_TITLE, afterPaint, params, publish, waitFor } from './bench.js';

// Module scripts run after the classic scripts above them: SurveyJS is loaded and run by now.
const ready = performance.now();

publish(async () => {
  const { survey: surveyUrl } = params();
  const json = await (await fetch(surveyUrl)).json();
  const host = document.getElementById('host');

  const started = performance.now();
  const survey = new window.Survey.Model(json);
  window.SurveyUI.renderSurvey(survey, host);
  await waitFor(() => host.querySelector('input[type=radio]'), 'the first page');
  await afterPaint();
  const firstRender = performance.now() - started;
  const controls = host.querySelectorAll('input[type=radio], input[type=checkbox]').length;

  survey.data = FIRST_SECTION_ANSWERS;
  const next = await waitFor(() => host.querySelector('.sd-navigation__next-btn'), 'the Next button');
  await afterPaint();
  const stepStarted = performance.now();
  next.click();
  await waitFor(
    () => survey.currentPageNo === 1 && host.querySelector('.sd-page__title')?.textContent.includes(SECOND_SECTION_TITLE),
    'the second page',
  );
  await afterPaint();
  const stepChange = performance.now() - stepStarted;
  return { ready, firstRender, usable: ready + firstRender, stepChange, controls };
});

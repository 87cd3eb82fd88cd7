// The report document page: Norrvik's whole report, composed from data the
// kommun's systems hand over (demo/rapportdokument-data.js). The analysis is
// filled in with <samsyn-questionnaire> above the document, which prints it.
import {
  analysis,
  history,
  method,
  norrvikAnalysis,
  norrvikInventory,
  participation,
  plan,
  population,
  reference,
  result,
  year,
} from './rapportdokument-data.js';

const doc = document.querySelector('samsyn-report-document');
doc.period = String(year);
doc.date = `${year}-10-30`;
doc.background = [
  'Kommunerna ska inventera behoven hos personer med psykisk funktionsnedsättning och analysera hur väl behoven av boende och sysselsättning är tillgodosedda. Utifrån analysen planeras hur verksamheten ska utvecklas, och inventeringen och planen ska förankras hos brukarorganisationerna.',
  'Socialpsykiatrin, boendestödet, biståndsenheten och personligt ombud inventerade under våren enligt det nationella verktyget, med två frågor som Norrvik har lagt till. Resultaten redovisas nedan fråga för fråga, följda av verksamheternas analys, handlingsplanen och brukarorganisationernas synpunkter.',
].join('\n\n');
doc.meta = {
  period: `januari–april ${year}`,
  target: 300,
  units: [
    { unit: 'Socialpsykiatrin', records: 168 },
    { unit: 'Boendestödet', records: 121 },
    { unit: 'Biståndsenheten', records: 58 },
    { unit: 'Personligt ombud', records: 3 },
  ],
  formTypes: method.formTypes,
  text: 'Personal fyllde i personalformuläret utifrån sin kännedom om personen; de som ville intervjuades med intervjuformuläret. Inga namn eller personnummer registrerades.',
};
doc.definition = norrvikInventory;
doc.result = result;
doc.history = history;
doc.population = population;
doc.reference = reference;
doc.analysisDefinition = norrvikAnalysis;
doc.analysis = analysis;
doc.plan = plan;
doc.participation = participation;
doc.statement = { signatory: 'Anna Berg, samordnare socialpsykiatri', date: `${year}-10-30` };

const form = document.querySelector('#analysis-form');
form.definition = norrvikAnalysis;
form.value = analysis;
form.addEventListener('samsyn-change', (event) => {
  doc.analysis = event.detail.value;
});

// For a page (or a test) that waits until the document has counted and drawn.
doc.settled().then(
  () => (document.body.dataset.state = 'ready'),
  () => (document.body.dataset.state = 'failed'),
);

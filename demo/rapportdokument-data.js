// The data of Norrvik's report document, as a kommun's systems would hand it
// over: the kommun's own questions (an extended definition), figures
// aggregated elsewhere (as a server or a vendor's database would), three
// earlier inventories, a population table in SCB's shape, reference figures
// in Kolada's shape, and the analysis, plan and views written by the units
// and the user organisations. All of it is made up.
import { aggregate, countMethod, generateRecords } from '../dist/aggregate.js';
import { analysisDefinition, extendDefinition, inventoryDefinition, parseScbPopulation } from '../dist/schema.js';
import { syntheticRecords } from './data.js';

export const year = new Date().getFullYear();

/** Norrvik's inventory: the national form with two questions of its own. */
export const norrvikInventory = extendDefinition(inventoryDefinition, {
  id: 'norrvik-inventory',
  version: '1',
  questions: [
    {
      section: 'housing',
      after: 'housing',
      question: {
        id: 'housingQueue',
        kind: 'one',
        label: { sv: 'Står personen i bostadskö?', en: 'Is the person in a housing queue?' },
        options: [
          { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
          { code: 'no', label: { sv: 'Nej', en: 'No' } },
          { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
        ],
      },
    },
    {
      section: 'health',
      after: 'healthCheck',
      question: {
        id: 'supportYears',
        kind: 'number',
        integer: true,
        min: 0,
        max: 60,
        unit: { sv: 'år', en: 'years' },
        label: { sv: 'Hur länge har personen haft stöd från socialpsykiatrin?', en: 'For how long has the person had support from social psychiatry?' },
      },
    },
  ],
});

/** A national record as Norrvik's: its own questions answered, and the form it was gathered with. */
function asNorrvik(record, i) {
  const band = ['18-24', '25-34', '35-44', '45-54', '55-64', '65-plus'].indexOf(record.answers.ageBand);
  const years = Math.max(0, Math.min(60, Math.round(((i * 37) % 11) + Math.max(band, 0) * 2.5)));
  return {
    ...record,
    definition: 'norrvik-inventory@1',
    formType: i % 4 === 0 ? 'interview' : 'staff',
    answers: { ...record.answers, housingQueue: ['yes', 'no', 'no', 'unknown'][i % 4], supportYears: years },
  };
}

/** Norrvik's inhabitants by age and sex as SCB's statistical database gives them (PxWebApi JSON; made-up figures). */
export const scbTable = {
  columns: [
    { code: 'Region', text: 'region', type: 'd' },
    { code: 'Alder', text: 'ålder', type: 'd' },
    { code: 'Kon', text: 'kön', type: 'd' },
    { code: 'Tid', text: 'år', type: 't' },
    { code: 'BE0101N1', text: 'Folkmängd', type: 'c' },
  ],
  data: Array.from({ length: 100 - 16 + 1 }, (_, k) => 16 + k).flatMap((age) =>
    ['1', '2'].map((sex) => ({
      key: ['2599', age === 100 ? '100+' : String(age), sex, String(year - 1)],
      values: [String(Math.max(0, Math.round((age < 65 ? 300 : 260 - (age - 65) * 7) * (sex === '2' ? 1.02 : 1))))],
    })),
  ),
};

export const population = (() => {
  const parsed = parseScbPopulation(scbTable, { region: '2599' });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data;
})();

const records = syntheticRecords().map(asNorrvik);

/** This year's figures, aggregated where the records are (a server, a database): the page gets the result only. */
export const result = aggregate(records, { definition: norrvikInventory, by: 'ageBand', population, period: String(year) });

/** The method's counts, made where the records are, too. */
export const method = countMethod(records);

/** Three earlier inventories, oldest first. */
export const history = [3, 2, 1].map((back, k) =>
  aggregate(generateRecords({ count: 260 + k * 30, seed: 2020 + k }).map(asNorrvik), {
    definition: norrvikInventory,
    by: 'ageBand',
    population,
    period: String(year - back),
  }),
);

/** People in the inventory per 1,000 inhabitants aged 18 and over, in Kolada's shape: the nation and a neighbour. */
export const reference = [
  {
    kpi: 'SAMSYN01',
    municipality: '0000',
    period: year,
    values: [
      { gender: 'T', count: 1, status: '', value: 6.1 },
      { gender: 'K', count: 1, status: '', value: 6.4 },
      { gender: 'M', count: 1, status: '', value: 5.8 },
    ],
  },
  {
    kpi: 'SAMSYN01',
    municipality: '2598',
    label: { sv: 'Grannby kommun', en: 'Grannby Municipality' },
    period: year,
    values: [
      { gender: 'T', count: 1, status: '', value: 8.9 },
      { gender: 'K', count: 0, status: 'Saknas', value: null },
      { gender: 'M', count: 1, status: '', value: 9.2 },
    ],
  },
];

/** Norrvik's analysis: the national four questions and one of its own. */
export const norrvikAnalysis = {
  ...analysisDefinition,
  id: 'norrvik-analysis',
  sections: [
    ...analysisDefinition.sections,
    {
      id: 'norrvik',
      title: { sv: 'Norrviks egna frågor', en: "Norrvik's own questions" },
      questions: [
        {
          id: 'housingQueueAssessment',
          kind: 'text',
          maxLength: 4000,
          multiline: true,
          label: { sv: 'Vad säger bostadskön om behovet av stödboende?', en: 'What does the housing queue say about the need for supported housing?' },
        },
      ],
    },
  ],
};

export const analysis = {
  definition: 'norrvik-analysis@1',
  answers: {
    units: 'Socialpsykiatrin, enhetschef\nBoendestödet, samordnare\nBiståndsenheten, handläggare\nPersonligt ombud',
    matchesPicture:
      'Bilden av boende, sysselsättning och SIP stämmer med den bild verksamheterna har. Habiliteringen är en viktig samverkanspartner, vilket inte syns i inventeringen.\n\nMånga får försörjningsstöd, vilket inte framgår fullt ut.',
    needsCompleting: 'Inventeringen bör kompletteras med fler personer i åldern 18–24 år och med behovet av stödboende för föräldrar med barn.',
    internalCollaboration: 'Samarbete efterfrågas både på individnivå och strategisk nivå, särskilt mellan biståndsenheten och utförarna.',
    externalCollaboration: 'Primärvården och Arbetsförmedlingen behöver bli tydligare samverkansparter, bland annat för att fler ska få en SIP.',
    priorities: 'Fler SIP, boende på hemmaplan, bättre information om träffpunkter och personligt ombud.',
    housingQueueAssessment: 'En av fyra står i bostadskö; kön är längst för dem under 35 år.',
  },
};

export const plan = {
  title: `Handlingsplan ${year + 1}`,
  period: String(year + 1),
  rows: [
    {
      id: 'sip-1',
      area: 'sip',
      goal: 'Alla personer med behov av SIP erbjuds SIP',
      activity: 'Följa upp att fler SIP erbjuds och upprättas',
      responsible: 'Verksamhetschef socialpsykiatri',
      deadline: `${year + 1}-06-30`,
      status: 'ongoing',
    },
    {
      id: 'boende-1',
      area: 'housing',
      goal: 'Erbjuda boendelösningar på hemmaplan',
      activity: 'Utreda behovet av stödboende för ensamstående och föräldrar med barn',
      responsible: 'Biståndsenheten',
      deadline: `${year + 1}-09-30`,
      status: 'not-started',
    },
    {
      id: 'info-1',
      area: 'outreach',
      goal: 'Ökad kunskap om kommunens stödinsatser',
      activity: 'Revidera och sprida informationen om träffpunkter, SIP, boendestöd och personligt ombud',
      responsible: 'Kommunikationsenheten',
      deadline: `${year + 1}-03-31`,
      status: 'ongoing',
    },
  ],
};

export const participation = {
  date: `${year}-10-01`,
  organisations: [
    { id: 'rsmh', name: 'RSMH Norrvik', representatives: 'ordförande' },
    { id: 'attention', name: 'Attention Norrvik', representatives: 'en företrädare' },
  ],
  views: [
    { id: 'v1', organisation: 'rsmh', text: 'Fler boendealternativ behövs inom kommunen.', rows: ['boende-1'] },
    { id: 'v2', organisation: 'attention', text: 'Kommunen behöver informera bättre om träffpunkter, SIP och personligt ombud.', rows: ['info-1', 'sip-1'] },
    { id: 'v3', text: 'Det är viktigt med brukarinflytande i allt förbättringsarbete.' },
  ],
};

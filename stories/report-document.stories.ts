import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/report-document/report-document.js';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynReportDocument, AnalysisRecord, ReportMeta, AnonymityStatement } from '../src/components/report-document/report-document.js';
import type { SamsynChangeDetail } from '../src/components/shared/events.js';
import { generateRecords } from '../src/aggregate/index.js';
import { analysisDefinition } from '../src/definitions/analysis.js';
import type { ActionPlan } from '../src/schema/action-plan.js';
import type { Participation } from '../src/schema/participation.js';

interface Args {
  kommun?: string;
  period?: string;
  responsible?: string;
  date?: string;
  background?: string;
  meta?: ReportMeta;
  records?: readonly unknown[];
  analysis?: AnalysisRecord;
  plan?: ActionPlan;
  participation?: Participation;
  statement?: AnonymityStatement;
  parts?: string;
}

/** Records of a small kommun's inventory, most from the staff form, some from interviews. */
const records = generateRecords({ count: 60, seed: 13 }).map((r, i) => ({ ...r, formType: i % 5 === 0 ? 'interview' : 'staff' }));

/** Tierp's report of 2013 (seed 000), its parts as data. */
const tierp: Args = {
  kommun: 'Tierps kommun',
  period: 'våren 2013',
  responsible: 'Närvårdskoordinator',
  date: '2013-10-30',
  background:
    'Ett av prestationsmålen för kommunerna är en inventering av personer med psykisk funktionsnedsättning och en analys av hur väl behoven är tillgodosedda på boende- och sysselsättningsområdet.\n\nSociala enheten genomförde under våren en inventering enligt verktyget. Berörda verksamheter analyserade under hösten resultatet, dokumenterade brukarnas synpunkter och upprättade en åtgärdsplan.',
  meta: {
    target: 50,
    units: [
      { unit: 'Sociala enheten', records: 38 },
      { unit: 'Individ- och familjeomsorgen', records: 17 },
      { unit: 'Funktionshindradeomsorgen', records: 5 },
    ],
  },
  records,
  analysis: {
    definition: 'inventory-analysis@1',
    answers: {
      units: 'Individ- och familjeomsorgen, enhetschef\nSociala enheten, biståndshandläggare\nFunktionshindradeomsorgen, enhetschef',
      matchesPicture: 'Bilden av samverkan, boende, sysselsättning och SIP är representativ. Habiliteringen är en viktig samverkanspartner, vilket inte framkommer av inventeringen.',
      needsCompleting: 'Inventeringen bör kompletteras med behovet av stödboende för ensamstående och för föräldrar med barn.',
      internalCollaboration: 'Ytterligare samarbete efterfrågas på individnivå och strategisk nivå.',
      externalCollaboration: 'Primärvården borde vara en viktigare samarbetspartner.',
      priorities: 'Bättre informationsspridning om träffpunkter, SIP, sysselsättning, boendestöd och personligt ombud.',
    },
  },
  plan: {
    title: 'Plan för utveckling 2014',
    rows: [
      {
        id: 'sip-1',
        area: 'sip',
        goal: 'Alla personer med behov av SIP erbjuds SIP',
        activity: 'Fortsätta implementera arbetssättet och följa upp att fler SIP erbjuds',
        responsible: 'Verksamhetscheferna',
        status: 'ongoing',
      },
      {
        id: 'boende-1',
        area: 'housing',
        goal: 'Erbjuda boendelösningar på hemmaplan',
        activity: 'Utreda behovet av olika stödboendelösningar',
        responsible: 'Sociala enheten',
        status: 'not-started',
      },
    ],
  },
  participation: {
    date: '2013-10-01',
    organisations: [
      { id: 'attention', name: 'Attention Tierp-Älvkarleby', representatives: 'en företrädare' },
      { id: 'rsmh', name: 'RSMH:s lokalförening i Tierp', representatives: 'en företrädare' },
    ],
    views: [
      { id: 'v1', organisation: 'attention', text: 'Habiliteringen är en viktig samverkanspartner, vilket inte framkommer av inventeringen.' },
      { id: 'v2', text: 'Fler boendealternativ behövs inom kommunen.', rows: ['boende-1'] },
    ],
  },
  statement: { signatory: 'Närvårdskoordinator, Tierps kommun', date: '2013-10-30' },
};

const meta = {
  title: 'Samsyn/Report document',
  component: 'samsyn-report-document',
  render: (args: Args) => html`<samsyn-report-document
    kommun=${args.kommun ?? ''}
    period=${args.period ?? ''}
    responsible=${args.responsible ?? ''}
    date=${args.date ?? ''}
    background=${args.background ?? ''}
    parts=${args.parts ?? ''}
    .meta=${args.meta}
    .records=${args.records}
    .analysis=${args.analysis}
    .plan=${args.plan}
    .participation=${args.participation}
    .statement=${args.statement}
  ></samsyn-report-document>`,
  args: tierp,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The whole report, as Tierp handed it in (seed 000): cover, contents, method, results, analysis, plan, views, statement. */
export const Whole: Story = {};

/** The cover alone: every other part is optional. */
export const CoverOnly: Story = {
  args: { background: undefined, meta: undefined, records: undefined, analysis: undefined, plan: undefined, participation: undefined, statement: undefined },
};

/** Some parts picked with `parts`: the method and the statement, to send ahead of the full report. */
export const PartsPicked: Story = {
  args: { parts: 'cover contents method statement' },
};

/** The analysis filled in with `samsyn-questionnaire` from its definition; the document prints what is written. */
export const AnalysisFilledIn: Story = {
  args: { parts: 'cover analysis', analysis: { definition: 'inventory-analysis@1', answers: {} } },
  render: (args) => html`<samsyn-questionnaire
      .definition=${analysisDefinition}
      @samsyn-change=${(e: CustomEvent<SamsynChangeDetail<AnalysisRecord>>) => {
        const doc = (e.currentTarget as Element).parentElement!.querySelector<SamsynReportDocument>('samsyn-report-document');
        if (doc) doc.analysis = e.detail.value;
      }}
    ></samsyn-questionnaire>
    ${meta.render(args)}`,
};

/** In English. */
export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render(args)}</div>`,
};

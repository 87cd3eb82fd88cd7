import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/report-document/report-document.js';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynReportDocument, AnalysisRecord } from '../src/components/report-document/report-document.js';
import type { SamsynChangeDetail } from '../src/components/shared/events.js';
import { analysisDefinition } from '../src/definitions/analysis.js';
import { tierp, type ReportData as Args } from '../tests/fixtures/elements/report-document.js';

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

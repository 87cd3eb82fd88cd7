import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/chart/chart.js';
import type { SamsynChart } from '../src/components/chart/chart.js';
import type { ChartType } from '../src/components/chart/chart-data.js';
import { aggregate, generateRecords } from '../src/aggregate/index.js';
import { records, overall, byGender, durations } from '../tests/fixtures/elements/chart.js';
import { madeWhenOpened } from './made-when-opened.js';

interface Args {
  result?: unknown;
  records?: readonly unknown[];
  question: string;
  type: ChartType;
  by?: string;
  lang: string;
  /** Opens the table once the chart has rendered. */
  showTable?: boolean;
  style?: string;
}

function afterRender(args: Args) {
  return ref((el) => {
    if (!el || !args.showTable) return;
    const chart = el as SamsynChart;
    void chart.settled().then(() => chart.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')?.click());
  });
}

const render = (args: Args): TemplateResult =>
  html`<div lang=${args.lang} style=${args.style ?? ''}>
    <samsyn-chart
      .result=${args.result}
      .records=${args.records}
      question=${args.question}
      type=${args.type}
      by=${args.by ?? nothing}
      ${afterRender(args)}
    ></samsyn-chart>
  </div>`;

const meta = {
  title: 'Samsyn/Chart',
  component: 'samsyn-chart',
  render,
  args: { result: overall, question: 'gender', type: 'bar', lang: 'sv' },
  argTypes: {
    type: { control: 'inline-radio', options: ['bar', 'horizontal-bar', 'stacked', 'grouped', 'doughnut'] },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    question: {
      control: 'select',
      options: overall.questions.map((q) => q.id),
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty (no result yet)', args: { result: undefined } };

export const Bar: Story = { name: 'Bar (filled)' };

export const HorizontalBar: Story = { name: 'Horizontal bar (long labels)', args: { question: 'housing', type: 'horizontal-bar' } };

export const Stacked: Story = { name: 'Stacked by gender', args: { result: byGender, question: 'ageBand', type: 'stacked' } };

export const Grouped: Story = { name: 'Grouped by gender', args: { result: byGender, question: 'sip', type: 'grouped' } };

export const Doughnut: Story = { args: { question: 'psychiatryContact', type: 'doughnut' } };

export const MultipleChoice: Story = {
  name: 'Multiple choice (shares add up to more than 100 %)',
  args: { question: 'cooperation', type: 'horizontal-bar' },
};

export const SuppressedCells: Story = {
  name: 'Suppressed cells (`..` and the footnote)',
  args: { result: undefined, question: 'sip', type: 'grouped', showTable: true },
  ...madeWhenOpened(render, () => ({ result: aggregate(generateRecords({ count: 30, seed: 5 }), { by: 'gender' }) })),
};

export const TableShown: Story = { name: 'Shown as a table', args: { result: byGender, question: 'housing', type: 'grouped', showTable: true } };

export const FromRecords: Story = {
  name: 'From records, aggregated on the fly',
  args: { result: undefined, records, by: 'gender', question: 'relativesSupport', type: 'grouped' },
};

export const LargeData: Story = {
  name: 'Large data (20,000 records, 12 options × 6 age bands)',
  args: { result: undefined, question: 'cooperation', type: 'grouped' },
  ...madeWhenOpened(render, () => ({ result: aggregate(generateRecords({ count: 20000, seed: 6 }), { by: 'ageBand' }) })),
};

export const Histogram: Story = {
  name: 'A number question (histogram and statistics)',
  args: { result: durations, question: 'monthsInIntervention', type: 'bar', showTable: true },
};

export const English: Story = { args: { lang: 'en', result: byGender, question: 'sip', type: 'grouped', showTable: true } };

export const PortalTheme: Story = {
  name: 'Portal theme',
  args: {
    result: byGender,
    question: 'ageBand',
    type: 'stacked',
    style:
      '--samsyn-font-family: Georgia, serif; --samsyn-color-primary: #00594f; --samsyn-chart-color-1: #00594f; --samsyn-chart-color-2: #8c2d19; --samsyn-chart-grid: #e6e1d8; --samsyn-chart-height: 16rem; --samsyn-radius: 0;',
  },
};

export const InvalidResult: Story = {
  name: 'Invalid result (a message, not a broken page)',
  args: { result: { type: 'samsyn-aggregate', questions: 'none' } },
};

import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/inventory-report/inventory-report.js';
import { aggregate, generateRecords } from '../src/aggregate/index.js';
import type { AggregateResult, Population } from '../src/schema/aggregate-result.js';
import { stockholm, earlier, population } from '../tests/fixtures/elements/inventory-report.js';
import { madeWhenOpened } from './made-when-opened.js';

interface Args {
  records?: readonly unknown[];
  result?: unknown;
  previous?: AggregateResult | readonly unknown[];
  population?: Population;
  by?: string;
  period?: string;
  previousPeriod?: string;
  sipNeed?: number;
  heading?: string;
  lang: string;
  style?: string;
}

const render = (args: Args): TemplateResult =>
  html`<div lang=${args.lang} style=${args.style ?? ''}>
    <samsyn-inventory-report
      .records=${args.records}
      .result=${args.result}
      .previous=${args.previous}
      .population=${args.population}
      by=${args.by ?? nothing}
      period=${args.period ?? nothing}
      previous-period=${args.previousPeriod ?? nothing}
      sip-need=${args.sipNeed ?? nothing}
      heading=${args.heading ?? nothing}
    ></samsyn-inventory-report>
  </div>`;

const meta = {
  title: 'Samsyn/Inventory report',
  component: 'samsyn-inventory-report',
  render,
  args: { records: stockholm, period: '2015', lang: 'sv' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    by: { control: 'select', options: [undefined, 'gender', 'ageBand'] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty (no records yet)', args: { records: undefined } };

export const Filled: Story = { name: 'Filled (3,596 records)' };

export const PopulationAndSip: Story = {
  name: 'Per mille of the population and SIP against the need',
  args: { population, sipNeed: 1663 },
};

export const Comparison: Story = {
  name: 'Compared with an earlier inventory',
  args: { previous: earlier, previousPeriod: '2013' },
};

export const ByGender: Story = { name: 'Every chart by gender', args: { by: 'gender' } };

export const SuppressedCells: Story = {
  name: 'Suppressed cells (a small kommun)',
  args: { records: generateRecords({ count: 24, seed: 5 }), population, sipNeed: 10, heading: 'Inventering i en liten kommun' },
};

export const Precomputed: Story = {
  name: 'A precomputed result (from a vendor’s database)',
  args: { records: undefined },
  ...madeWhenOpened(render, () => ({ result: aggregate(stockholm, { by: 'gender', period: '2015' }) })),
};

export const LargeData: Story = {
  name: 'Large data (20,000 records, aggregated in a worker)',
  args: { records: undefined, heading: 'Regionens inventering', population, sipNeed: 9000 },
  ...madeWhenOpened(render, () => ({ records: generateRecords({ count: 20000, seed: 9 }) })),
};

export const English: Story = {
  args: { lang: 'en', population, sipNeed: 1663, previous: earlier, previousPeriod: '2013' },
};

export const PortalTheme: Story = {
  name: 'Portal theme',
  args: {
    population,
    style:
      '--samsyn-font-family: Georgia, serif; --samsyn-color-primary: #00594f; --samsyn-color-border: #5c6b66; --samsyn-chart-color-1: #00594f; --samsyn-chart-color-2: #8c2d19; --samsyn-report-max-width: 48rem;',
  },
};

export const InvalidResult: Story = {
  name: 'Invalid result (a message, not a broken page)',
  args: { records: undefined, result: { type: 'samsyn-aggregate', questions: [] } },
};

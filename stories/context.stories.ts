import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/context/context.js';
import '../src/components/chart/chart.js';
import '../src/components/sip-status/sip-status.js';
import type { Definition } from '../src/schema/index.js';
import { definition, records } from '../tests/fixtures/elements/context.js';

interface Args {
  definition?: Definition;
  minCount?: number;
  period?: string;
  lang: string;
}

const render = (args: Args): TemplateResult =>
  html`<div lang=${args.lang}>
    <samsyn-context .definition=${args.definition} .minCount=${args.minCount} period=${args.period ?? ''}>
      <samsyn-chart question="ownSupport" .records=${records}></samsyn-chart>
      <samsyn-sip-status .records=${records} heading-level="3"></samsyn-sip-status>
    </samsyn-context>
  </div>`;

const meta = {
  title: 'Samsyn/Context',
  component: 'samsyn-context',
  render,
  args: { definition, period: '2025', lang: 'sv' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    minCount: { control: 'number' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const KommunDefinition: Story = { name: 'A kommun’s definition for a chart and a SIP overview' };

export const StricterDisclosure: Story = { name: 'A stricter min-count for every element inside', args: { minCount: 10 } };

export const English: Story = { args: { lang: 'en' } };

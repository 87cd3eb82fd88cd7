import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/action-plan/action-plan.js';
import { stockholm, views, largePlan } from '../tests/fixtures/elements/action-plan.js';

interface Args {
  value?: unknown;
  mode?: 'read' | 'edit';
  today?: string;
  participation?: unknown;
  csvSeparator?: ';' | ',';
}

const meta = {
  title: 'Samsyn/Action plan',
  component: 'samsyn-action-plan',
  render: (args: Args) => html`<samsyn-action-plan
    .value=${args.value}
    .mode=${args.mode ?? 'read'}
    .today=${args.today}
    .participation=${args.participation}
    .csvSeparator=${args.csvSeparator ?? ';'}
  ></samsyn-action-plan>`,
  args: { today: '2016-01-15' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** No plan given: an empty plan with the default title. */
export const Empty: Story = {
  args: {},
};

/** An empty plan in edit mode: ready for the first row. */
export const EmptyEdit: Story = {
  args: { mode: 'edit' },
};

/** A plan read at its yearly follow-up: grouped by area, with the status of every row and the summary above. */
export const Filled: Story = {
  args: { value: stockholm },
};

/** Edit mode: the plan's details, an add button, and buttons on every row to change, move and remove it. */
export const EditMode: Story = {
  args: { value: stockholm, mode: 'edit' },
};

/**
 * The dialog after saving an empty row: the error summary and a message at
 * each field. (Storybook runs the steps; the rendering test shows edit mode.)
 */
export const FieldErrors: Story = {
  args: { value: stockholm, mode: 'edit' },
  play: async ({ canvasElement }) => {
    const plan = canvasElement.querySelector('samsyn-action-plan')!;
    await plan.updateComplete;
    plan.shadowRoot!.querySelector<HTMLButtonElement>('#add-row')!.click();
    await plan.updateComplete;
    plan.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
  },
};

/** A plan that does not follow the format: a message with each problem instead of the plan, and `samsyn-error`. */
export const InvalidPlan: Story = {
  args: {
    value: {
      ...stockholm,
      rows: [{ ...stockholm.rows[0], status: 'halfway' }, { ...stockholm.rows[1], area: 'elsewhere' }, { ...stockholm.rows[2], goal: '' }],
    },
  },
};

/** Read a year later: every row whose deadline has passed and is neither done nor cancelled says "Försenad". */
export const OverdueRows: Story = {
  args: { value: stockholm, today: '2017-01-10' },
};

/** Measurable targets: reached, not reached (seed 001: at least 30 %, outcome 16 %), and not yet reported. */
export const Targets: Story = {
  args: {
    value: {
      title: 'Mätbara mål',
      rows: [
        stockholm.rows[2],
        stockholm.rows[3],
        {
          ...stockholm.rows[7],
          target: { description: 'Andel av behovet med en SIP', direction: 'at-least', value: 80, unit: 'percent' },
        },
        {
          id: 'vantetid',
          area: 'housing',
          goal: 'Kortare väntan på stödboende',
          activity: 'Samordnad kö för stödboende',
          responsible: 'Socialförvaltningen',
          status: 'done',
          target: { description: 'Väntetid i dagar, median', direction: 'at-most', value: 60, unit: 'days', outcome: 45 },
        },
      ],
    },
  },
};

/** The views of user organisations, shown at the rows that answer them. */
export const WithViews: Story = {
  args: { value: stockholm, participation: views },
};

/** 500 rows: every area, every status, filters and sorting. */
export const LargePlan: Story = {
  args: { value: largePlan(), today: '2016-01-15' },
};

/** In English (`lang="en"` on a wrapper, as a portal sets it on `<html>`). */
export const English: Story = {
  args: { value: stockholm, participation: views },
  render: (args) => html`<div lang="en">${meta.render(args)}</div>`,
};

/** Edit mode in English. */
export const EnglishEdit: Story = {
  args: { value: stockholm, mode: 'edit' },
  render: English.render,
};

/** A portal's theme: its font, colours and corners through `--samsyn-*` custom properties. */
export const PortalTheme: Story = {
  args: { value: stockholm, participation: views, today: '2017-01-10' },
  render: (args) => html`<div
    style="--samsyn-font-family: Georgia, 'Times New Roman', serif; --samsyn-color-primary: #005c4b; --samsyn-color-surface: #eef6f3; --samsyn-color-warning: #7a3e00; --samsyn-radius: 0"
  >
    ${meta.render(args)}
  </div>`,
};

/** A narrow column: every row is a card with the column names above its values; nothing scrolls sideways. */
export const Narrow: Story = {
  args: { value: stockholm, mode: 'edit' },
  render: (args) => html`<div style="max-width: 22rem">${meta.render(args)}</div>`,
};

/** Given the 90em a table of ten columns needs, the rows are a table; narrower, they are cards (as in the other stories). */
export const WideTable: Story = {
  args: { value: stockholm, mode: 'edit', participation: views },
  // Wider than most screens: the page scrolls the plan in a named region of its own, not the whole page sideways.
  render: (args) => html`<div role="region" aria-label="Handlingsplanen i full bredd" tabindex="0" style="overflow-x: auto">
    <div style="width: 96rem">${meta.render(args)}</div>
  </div>`,
};

/** CSV with a comma and a decimal point, for tools that expect them. */
export const CommaSeparatedCsv: Story = {
  args: { value: stockholm, csvSeparator: ',' },
};

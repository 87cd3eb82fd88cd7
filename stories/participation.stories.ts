import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/action-plan/action-plan.js';
import '../src/components/participation/participation.js';
import type { SamsynActionPlan } from '../src/components/action-plan/action-plan.js';
import type { SamsynChangeDetail } from '../src/components/shared/events.js';
import type { Participation } from '../src/schema/participation.js';
import { plan, tierp } from '../tests/fixtures/elements/participation.js';

interface Args {
  value?: unknown;
  plan?: unknown;
  mode?: 'read' | 'edit';
}

const meta = {
  title: 'Samsyn/Participation',
  component: 'samsyn-participation',
  render: (args: Args) => html`<samsyn-participation .value=${args.value} .plan=${args.plan} .mode=${args.mode ?? 'read'}></samsyn-participation>`,
  args: { plan },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Nothing recorded yet. */
export const Empty: Story = {
  args: {},
};

/** The organisations consulted, when, and their views with the rows of the plan that answer each. */
export const Filled: Story = {
  args: { value: tierp },
};

/** Edit mode: date and organisations in place, views in a dialog, linked to the plan's rows. */
export const EditMode: Story = {
  args: { value: tierp, mode: 'edit' },
};

/** Edit mode with nothing recorded: the organisation list suggests RSMH, Attention, IFS, Schizofreniförbundet… */
export const EditEmpty: Story = {
  args: { mode: 'edit' },
};

/** The dialog after saving an empty view: the error summary and the message at the field. */
export const FieldErrors: Story = {
  args: { value: tierp, mode: 'edit' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('samsyn-participation')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('#add-view')!.click();
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
  },
};

/** Without a plan the views cannot be linked; rows already linked are shown by id. */
export const WithoutPlan: Story = {
  args: { value: tierp, plan: undefined },
};

/** Data that does not follow the format: a message instead, and `samsyn-error`. */
export const Invalid: Story = {
  args: { value: { organisations: [{ id: 'rsmh', name: 'RSMH', representatives: 'Kontakt 19121212-1212' }], views: [{ id: 'v1', organisation: 'ifs', text: '' }] } },
};

/** In English. */
export const English: Story = {
  args: { value: tierp },
  render: (args) => html`<div lang="en">${meta.render(args)}</div>`,
};

/** Edit mode in English. */
export const EnglishEdit: Story = {
  args: { value: tierp, mode: 'edit' },
  render: English.render,
};

/** A portal's theme through `--samsyn-*` custom properties. */
export const PortalTheme: Story = {
  args: { value: tierp },
  render: (args) => html`<div
    style="--samsyn-font-family: Georgia, 'Times New Roman', serif; --samsyn-color-primary: #005c4b; --samsyn-color-surface: #eef6f3; --samsyn-radius: 0"
  >
    ${meta.render(args)}
  </div>`,
};

/** Views edited here appear at the plan's rows: the page passes each `samsyn-change` on to the plan. */
export const LinkedToThePlan: Story = {
  args: { value: tierp, mode: 'edit' },
  render: (args) => html`<samsyn-participation
      .value=${args.value}
      .plan=${args.plan}
      mode="edit"
      @samsyn-change=${(e: CustomEvent<SamsynChangeDetail<Participation>>) => {
        const target = (e.currentTarget as Element).parentElement!.querySelector<SamsynActionPlan>('samsyn-action-plan');
        if (target) target.participation = e.detail.value;
      }}
    ></samsyn-participation>
    <samsyn-action-plan .value=${args.plan} .participation=${args.value} today="2014-06-01" heading-level="2"></samsyn-action-plan>`,
};

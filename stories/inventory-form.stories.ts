import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/inventory-form/inventory-form.js';
import type { SamsynInventoryForm } from '../src/components/inventory-form/inventory-form.js';
import { complete } from '../tests/fixtures/elements/inventory-form.js';

interface Args {
  value?: unknown;
  lang: string;
  name: string;
  draftKey?: string;
  disabled: boolean;
  readonly: boolean;
  /** Opens this step (1-based) once the form has rendered. */
  step?: number;
  /** Presses Next on the opened step once the form has rendered. */
  pressNext?: boolean;
  style?: string;
}

function afterRender(args: Args) {
  return ref((el) => {
    if (!el) return;
    const form = el as SamsynInventoryForm;
    void form.updateComplete.then(async () => {
      if (args.step) form.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')[args.step - 1]?.click();
      await form.updateComplete;
      if (args.pressNext) form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')?.click();
    });
  });
}

const render = (args: Args): TemplateResult =>
  html`<div lang=${args.lang} style=${args.style ?? ''}>
    <samsyn-inventory-form
      name=${args.name}
      draft-key=${args.draftKey ?? ''}
      .value=${args.value}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      ${afterRender(args)}
    ></samsyn-inventory-form>
  </div>`;

const meta = {
  title: 'Samsyn/Inventory form',
  component: 'samsyn-inventory-form',
  render,
  args: {
    lang: 'sv',
    name: 'record',
    disabled: false,
    readonly: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Housing: Story = {
  name: 'Housing (grouped options)',
  args: { value: { definition: 'national-inventory@1', answers: { housing: 'temporary-with-friends' } }, step: 3 },
};

export const Occupation: Story = {
  name: 'Occupation (a conditional question)',
  args: { value: { definition: 'national-inventory@1', answers: { occupationStatus: 'had', occupationTypes: ['unknown'] } }, step: 5 },
};

export const Errors: Story = {
  name: 'Errors (Next on an unfinished step)',
  args: { value: { definition: 'national-inventory@1', answers: { gender: 'man', household: ['alone', 'own-children'] } }, pressNext: true },
};

export const Review: Story = {
  name: 'Review ("Kontrollera dina svar")',
  args: { value: complete, step: 9 },
};

export const ReviewWithErrors: Story = {
  name: 'Review with unanswered questions, after Skicka in',
  args: { value: { definition: 'national-inventory@1', answers: { gender: 'man', ageBand: '18-24' } }, step: 9, pressNext: true },
};

export const ReadOnly: Story = { args: { value: complete, readonly: true } };

export const Disabled: Story = { args: { value: complete, disabled: true } };

export const English: Story = { args: { lang: 'en', value: complete, step: 2 } };

export const PortalTheme: Story = {
  name: 'Portal theme',
  args: {
    value: complete,
    step: 5,
    style:
      '--samsyn-font-family: "Trebuchet MS", sans-serif; --samsyn-color-primary: #6a1b4d; --samsyn-color-surface: #f6eef3; --samsyn-radius: 8px; --samsyn-space: 0.6rem;',
  },
};

export const DraftRestored: Story = {
  name: 'A draft restored after a reload',
  args: { draftKey: 'storybook-demo', step: undefined },
  render: (args) => {
    localStorage.setItem(
      'samsyn-draft:storybook-demo:national-inventory',
      JSON.stringify({
        samsynDraft: 1,
        ref: 'national-inventory@1',
        savedAt: '2025-03-04T09:15:00.000Z',
        writer: 'storybook',
        data: { record: { definition: 'national-inventory@1', answers: { gender: 'woman', ageBand: '45-54' } }, step: 'background' },
      }),
    );
    return render(args);
  },
};

import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../src/components/questionnaire/questionnaire.js';
import { followupDefinition } from '../src/definitions/followup.js';
import type { Definition } from '../src/schema/questionnaire.js';
import { housingSupport, filled, stockholm } from '../tests/fixtures/elements/questionnaire.js';

interface Args {
  definition: Definition;
  value?: unknown;
  respondentRole?: string | null;
  lang: string;
  disabled: boolean;
  readonly: boolean;
  /** Opens this step (1-based) once the form has rendered. */
  step?: number;
  /** Reports the form's validity once it has rendered, as a portal's submit would. */
  showErrors?: boolean;
  style?: string;
}

/** Opens a step or reports validity after the first render, through what a person or a portal would use. */
function afterRender(args: Args) {
  return ref((el) => {
    if (!el) return;
    const form = el as SamsynQuestionnaire;
    void form.updateComplete.then(() => {
      if (args.step) form.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')[args.step - 1]?.click();
      if (args.showErrors) form.reportValidity();
    });
  });
}

const render = (args: Args): TemplateResult =>
  html`<div lang=${args.lang} style=${args.style ?? ''}>
    <samsyn-questionnaire
      .definition=${args.definition}
      .value=${args.value}
      .respondentRole=${args.respondentRole ?? null}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      ${afterRender(args)}
    ></samsyn-questionnaire>
  </div>`;

const meta = {
  title: 'Samsyn/Questionnaire',
  component: 'samsyn-questionnaire',
  render,
  args: {
    definition: housingSupport,
    lang: 'sv',
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

export const Filled: Story = { args: { value: filled } };

export const Errors: Story = {
  name: 'Errors (after a submit of the surrounding form)',
  args: { value: { definition: 'housing-support@1', answers: { hasSupport: 'yes', hoursPerWeek: 60 } }, showErrors: true },
};

export const Review: Story = {
  name: 'Review ("Kontrollera dina svar")',
  args: { value: filled, step: 3 },
};

export const ReadOnly: Story = { args: { value: filled, readonly: true } };

export const Disabled: Story = { args: { value: filled, disabled: true } };

export const InvalidValue: Story = {
  name: 'A record with answers that do not fit',
  args: {
    value: { definition: 'housing-support@1', answers: { hasSupport: 'perhaps', satisfied: 9, comment: 'Ring 19121212-1212', since: '2024-09-02' } },
  },
};

export const English: Story = { args: { lang: 'en', value: filled, step: 2 } };

export const PortalTheme: Story = {
  name: 'Portal theme',
  args: {
    value: filled,
    style:
      '--samsyn-font-family: Georgia, serif; --samsyn-color-primary: #00607a; --samsyn-color-text: #0b3a4a; --samsyn-radius: 0; --samsyn-step-list-width: 12rem;',
  },
};

export const KommunExtension: Story = {
  name: 'A kommun’s own questions (extendDefinition)',
  args: { definition: stockholm, step: 3 },
};

export const FollowupCaseworker: Story = {
  name: 'Follow-up: the caseworker',
  args: {
    definition: followupDefinition,
    respondentRole: 'caseworker',
    value: { definition: 'placement-followup-sample@1', role: 'caseworker', answers: { followupDone: 'yes', placementMonths: 14, goalsReached: 4 } },
    step: 2,
  },
};

export const FollowupDeviation: Story = {
  name: 'Follow-up: could not be done',
  args: {
    definition: followupDefinition,
    respondentRole: 'young-person',
    value: { definition: 'placement-followup-sample@1', role: 'young-person', answers: { followupDone: 'no', notDoneReason: 'not-appropriate' } },
  },
};

export const FollowupChooseRole: Story = {
  name: 'Follow-up: who is answering?',
  args: { definition: followupDefinition },
};

import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/questionnaire/questionnaire.js';
import type { SamsynQuestionnaire } from '../src/components/questionnaire/questionnaire.js';
import { followupDefinition } from '../src/definitions/followup.js';
import { inventoryDefinition } from '../src/definitions/inventory.js';
import { extendDefinition, type Definition } from '../src/schema/questionnaire.js';

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

/** A kommun's own short questionnaire on housing support: every kind of question. */
const housingSupport: Definition = {
  id: 'housing-support',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Boendestöd – uppföljning', en: 'Housing support – follow-up' },
  sections: [
    {
      id: 'support',
      title: { sv: 'Stödet', en: 'The support' },
      description: {
        sv: 'Frågor om boendestödet de senaste tre månaderna.',
        en: 'Questions about the housing support in the last three months.',
      },
      questions: [
        {
          id: 'hasSupport',
          kind: 'one',
          label: { sv: 'Har personen boendestöd?', en: 'Does the person have housing support?' },
          required: true,
          options: [
            { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
            { code: 'no', label: { sv: 'Nej', en: 'No' } },
          ],
        },
        {
          id: 'hoursPerWeek',
          kind: 'number',
          label: { sv: 'Timmar per vecka', en: 'Hours per week' },
          help: { sv: 'Ett genomsnitt räcker.', en: 'An average is enough.' },
          min: 0,
          max: 40,
          unit: { sv: 'timmar', en: 'hours' },
          required: true,
          when: { question: 'hasSupport', equals: ['yes'] },
        },
        {
          id: 'supportWith',
          kind: 'many',
          label: { sv: 'Stöd med', en: 'Support with' },
          help: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.' },
          required: true,
          when: { question: 'hasSupport', equals: ['yes'] },
          options: [
            { code: 'cleaning', label: { sv: 'Städning', en: 'Cleaning' } },
            { code: 'shopping', label: { sv: 'Inköp', en: 'Shopping' } },
            { code: 'finances', label: { sv: 'Ekonomi', en: 'Finances' } },
            { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' }, exclusive: true },
          ],
        },
      ],
    },
    {
      id: 'experience',
      title: { sv: 'Upplevelse', en: 'Experience' },
      questions: [
        {
          id: 'satisfied',
          kind: 'scale',
          label: { sv: 'Hur nöjd är personen med stödet?', en: 'How satisfied is the person with the support?' },
          anchors: { low: { sv: 'Inte alls nöjd', en: 'Not at all satisfied' }, high: { sv: 'Mycket nöjd', en: 'Very satisfied' } },
          dontKnow: true,
          required: true,
        },
        {
          id: 'since',
          kind: 'date',
          label: { sv: 'Stödet började', en: 'The support started' },
          min: '2000-01-01',
          max: '2030-12-31',
        },
        {
          id: 'comment',
          kind: 'text',
          label: { sv: 'Kommentar', en: 'Comment' },
          maxLength: 300,
          multiline: true,
        },
      ],
    },
  ],
};

const filled = {
  definition: 'housing-support@1',
  answers: {
    hasSupport: 'yes',
    hoursPerWeek: 6.5,
    supportWith: ['cleaning', 'finances'],
    satisfied: 4,
    since: '2024-09-02',
    comment: 'Vill gärna ha stöd även på helger.',
  },
};

/** Stockholm added its own questions to the national tool (seed 002): a kommun's extension. */
const stockholm = extendDefinition(inventoryDefinition, {
  id: 'stockholm-inventory',
  version: '1',
  title: { sv: 'Inventering – Stockholms stad', en: 'Inventory – City of Stockholm' },
  questions: [
    {
      section: 'housing',
      question: {
        id: 'housingQueue',
        kind: 'one',
        label: { sv: 'Står personen i bostadskö?', en: 'Is the person in the housing queue?' },
        required: true,
        options: [
          { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
          { code: 'no', label: { sv: 'Nej', en: 'No' } },
          { code: 'unknown', label: { sv: 'Ej känt', en: 'Not known' } },
        ],
      },
    },
  ],
});

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

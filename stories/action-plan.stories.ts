import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/action-plan/action-plan.js';
import type { ActionPlan } from '../src/schema/action-plan.js';
import type { Participation } from '../src/schema/participation.js';

interface Args {
  value?: unknown;
  mode?: 'read' | 'edit';
  today?: string;
  participation?: unknown;
  csvSeparator?: ';' | ',';
}

/**
 * After Stockholm's action plan 2013–2017, revised 2015 (seed 002): its areas,
 * activities and deadlines ("Tidplan"), with a yearly follow-up; the target
 * of the Gemet project in Karlstad (seed 001: at least 30 % into work or
 * studies, outcome 16 %) on the occupation row.
 */
const stockholm: ActionPlan = {
  title: 'Handlingsplan för socialpsykiatrin 2013–2017, reviderad 2015',
  period: '2013–2017',
  rows: [
    {
      id: 'boende-1',
      area: 'housing',
      goal: 'Tillräckligt många platser i stödboende och bostad med särskild service',
      activity: 'Fördjupad inventering av boendefrågan med en fristående konsult',
      responsible: 'Socialförvaltningen',
      deadline: '2013-12-31',
      followUpDate: '2014-09-30',
      status: 'done',
      result: 'Genomförd hösten 2013. Förslag på lämpliga objekt lämnades till stadsdelarna.',
    },
    {
      id: 'boende-2',
      area: 'housing',
      goal: 'Tillräckligt många platser i stödboende och bostad med särskild service',
      activity: 'Översyn av valfrihetens stödsystem och ersättningsnivåer',
      responsible: 'Socialförvaltningen och stadsdelsförvaltningarna',
      deadline: '2015-12-31',
      schedule: 'Senast december 2015',
      followUpDate: '2016-03-31',
      status: 'ongoing',
      result: 'Förslag till reviderade riktlinjer för försöks- och träningslägenheter klart i september 2015.',
    },
    {
      id: 'syss-1',
      area: 'occupation',
      goal: 'Fler når önskat arbete, praktik, studier eller sysselsättning',
      activity: 'Erbjuda sysselsättningsverksamheter stöd i IPS-metoden med regelbunden handledning',
      responsible: 'Arbetsmarknadsförvaltningen',
      deadline: '2015-12-31',
      followUpDate: '2016-03-31',
      status: 'ongoing',
      target: { description: 'Andel deltagare som går till arbete eller studier', direction: 'at-least', value: 30, unit: 'percent', outcome: 16 },
    },
    {
      id: 'syss-2',
      area: 'occupation',
      goal: 'Fler når önskat arbete, praktik, studier eller sysselsättning',
      activity: 'Vägledning via ALFA till alla som vill veta mer om sysselsättning, studier och arbete',
      responsible: 'Arbetsmarknadsförvaltningen',
      deadline: '2015-12-31',
      status: 'done',
      result: 'ALFA har gått från projekt till ordinarie verksamhet.',
      target: { description: 'Personer som fått vägledning', direction: 'at-least', value: 200, unit: 'count', outcome: 236 },
    },
    {
      id: 'halsa-1',
      area: 'health',
      goal: 'Personer i målgruppen erbjuds allmän hälsoundersökning',
      activity: 'Rutin för hälsoundersökning tillsammans med primärvården',
      responsible: 'Stadsdelsförvaltningarna och landstinget',
      deadline: '2016-06-30',
      status: 'not-started',
    },
    {
      id: 'barn-1',
      area: 'children-as-relatives',
      goal: 'Barnperspektivet finns med i handläggningen',
      activity: 'Utbildning i Barns behov i centrum för handläggare i socialpsykiatrin',
      responsible: 'Socialförvaltningen',
      deadline: '2015-12-31',
      status: 'ongoing',
    },
    {
      id: 'anhoriga-1',
      area: 'relatives',
      goal: 'Anhörigas situation uppmärksammas i utredningen',
      activity: 'Anhörigkonsulent för socialpsykiatrins målgrupp i varje stadsdel',
      responsible: 'Stadsdelsförvaltningarna',
      deadline: '2016-12-31',
      status: 'not-started',
    },
    {
      id: 'sip-1',
      area: 'sip',
      goal: 'Antalet upprättade SIP motsvarar behovet',
      activity: 'Utbilda fler nätverksledare så att den enskilde inte förväntas samordna sin egen planering',
      responsible: 'Socialförvaltningen och landstinget',
      deadline: '2017-12-31',
      schedule: 'Senast december 2017',
      status: 'ongoing',
      target: { description: 'Andel av det uppskattade behovet som har en SIP', direction: 'at-least', value: 80, unit: 'percent', outcome: 66 },
    },
    {
      id: 'uppsok-1',
      area: 'outreach',
      goal: 'Personer som inte söker stöd själva nås',
      activity: 'Se över samarbetet med brukar- och intresseorganisationerna och landstinget kring uppsökande arbete',
      responsible: 'Socialförvaltningen',
      deadline: '2016-12-31',
      status: 'cancelled',
      result: 'Ersatt av det gemensamma uppsökande teamet.',
    },
  ],
};

/** Views of user organisations linked to rows, as `<samsyn-participation>` emits them. */
const views: Participation = {
  date: '2015-10-05',
  organisations: [
    { id: 'rsmh', name: 'RSMH Stockholm', representatives: 'två företrädare' },
    { id: 'ifs', name: 'IFS Stockholm', representatives: 'en företrädare' },
  ],
  views: [
    { id: 'v1', organisation: 'rsmh', text: 'Fler boendeformer behövs, och valfriheten måste gälla på riktigt.', rows: ['boende-2'] },
    { id: 'v2', text: 'Sysselsättningen behöver bli mer flexibel och leda vidare till arbete.', rows: ['syss-1', 'syss-2'] },
    { id: 'v3', organisation: 'ifs', text: 'Brukarorganisationerna vill vara med när SIP-rutinerna tas fram.', rows: ['sip-1'] },
  ],
};

/** 500 rows over every area and status, for the large-plan case of the benchmarks. */
function largePlan(): ActionPlan {
  const areas = ['housing', 'occupation', 'health', 'children-as-relatives', 'relatives', 'neurodevelopmental', 'sip', 'outreach'];
  const statuses = ['not-started', 'ongoing', 'done', 'cancelled'] as const;
  return {
    title: 'Regional handlingsplan, alla kommuner',
    rows: Array.from({ length: 500 }, (_, i) => ({
      id: `r${i + 1}`,
      area: areas[i % areas.length],
      goal: `Delmål ${Math.floor(i / 8) + 1}`,
      activity: `Aktivitet ${i + 1}: uppföljning i kommun ${(i % 26) + 1}`,
      responsible: `Kommun ${(i % 26) + 1}`,
      deadline: `${2014 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
      status: statuses[i % 4],
      ...(i % 10 === 0
        ? { target: { description: 'Andel med SIP', direction: 'at-least' as const, value: 50, unit: 'percent' as const, outcome: 30 + (i % 40) } }
        : {}),
    })),
  };
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

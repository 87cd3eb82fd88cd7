import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { generateRecords } from '../src/aggregate/index.js';
import '../src/components/sip-status/sip-status.js';
import { stockholm, smallKommun, plan } from '../tests/fixtures/elements/sip-status.js';

interface Args {
  mode?: 'overview' | 'plan';
  records?: unknown;
  counts?: unknown;
  plan?: unknown;
  estimatedNeed?: number;
  period?: string;
  minCount?: number;
  today?: string;
}

const meta = {
  title: 'Samsyn/SIP status',
  component: 'samsyn-sip-status',
  render: (args: Args) => html`<samsyn-sip-status
    .mode=${args.mode}
    .records=${args.records}
    .counts=${args.counts}
    .plan=${args.plan}
    .estimatedNeed=${args.estimatedNeed}
    .period=${args.period}
    .minCount=${args.minCount}
    .today=${args.today}
  ></samsyn-sip-status>`,
  args: { today: '2025-05-01' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** From inventory records: the `sip` answers counted by `aggregate`, by gender, against an estimated need. */
export const OverviewFromRecords: Story = {
  args: { records: generateRecords({ count: 350, seed: 5 }), estimatedNeed: 260, period: '2015' },
};

/** From the counts a kommun reported (seed 002, 2015 only): 941 + 160 of an estimated 1,663 = 66 %. */
export const OverviewFromCounts: Story = {
  args: { counts: { source: stockholm.source, points: [stockholm.points[2]] } },
};

/** Several points: the series 2013 → 2014 → 2015 as a table with bars; a year can be chosen for the details. */
export const SeriesOverYears: Story = {
  args: { counts: stockholm },
};

/** Small counts withheld (`..`), also where they could be worked out from a total; the coverage goes with them. */
export const Suppressed: Story = {
  args: { counts: smallKommun },
};

/** The same small kommun with disclosure control turned off (`minCount` 1), for an internal view. */
export const SuppressionOff: Story = {
  args: { counts: smallKommun, minCount: 1 },
};

/** No data yet. */
export const Empty: Story = {
  args: {},
};

/** One person's plan, its next follow-up still ahead. */
export const PlanOnTime: Story = {
  args: { plan },
};

/** The follow-up date has passed: "Försenad" in text, a warning shape and a heavier border. */
export const PlanOverdue: Story = {
  args: { plan, today: '2025-06-24' },
};

/** The follow-up is due today: not yet overdue. */
export const PlanDueToday: Story = {
  args: { plan, today: '2025-06-10' },
};

/** Consent withdrawn: said in text, with what it means. */
export const ConsentWithdrawn: Story = {
  args: { plan: { ...plan, consent: { status: 'withdrawn', date: '2025-04-02' } } },
};

/** A plan only just started: need identified, no consent yet, nothing decided. */
export const PlanJustStarted: Story = {
  args: { plan: { id: 'SIP-2025-0311', step: 'need-identified', needs: ['Samordnad vård efter utskrivning'], consent: { status: 'not-given' } } },
};

/** A closed plan is never overdue. */
export const PlanClosed: Story = {
  args: { plan: { ...plan, step: 'closed' }, today: '2026-01-15' },
};

/** Invalid data: a localized message with each problem, and `samsyn-error`; the page works on. */
export const InvalidPlan: Story = {
  args: {
    plan: {
      ...plan,
      step: 'done',
      interventions: [{ text: 'Samtal', principal: 'kommun', agency: 'region-psychiatry' }],
      consent: { status: 'withdrawn' },
    },
  },
};

/** Invalid counts. */
export const InvalidCounts: Story = {
  args: { counts: { points: [{ period: '2015', established: -4, inProgress: 160 }] } },
};

/** In English (`lang="en"` on a wrapper, as a portal sets it on `<html>`). */
export const English: Story = {
  args: { counts: stockholm },
  render: (args) => html`<div lang="en">${meta.render(args)}</div>`,
};

/** A plan in English, overdue. */
export const EnglishPlan: Story = {
  args: { plan, today: '2025-06-24' },
  render: (args) => html`<div lang="en">${meta.render(args)}</div>`,
};

/** A portal's theme: its font, colours and corners through `--samsyn-*` custom properties. */
export const PortalTheme: Story = {
  args: { counts: stockholm },
  render: (args) => html`<div
    style="--samsyn-font-family: Georgia, 'Times New Roman', serif; --samsyn-color-primary: #5c2d91; --samsyn-color-success: #0f5b3a; --samsyn-color-warning: #7a3e00; --samsyn-color-surface: #f4f0fa; --samsyn-radius: 0; --samsyn-sip-bar-height: 1.75rem"
  >
    ${meta.render(args)}
  </div>`,
};

/** The portal's theme on a plan. */
export const PortalThemePlan: Story = {
  args: { plan, today: '2025-06-24' },
  render: PortalTheme.render,
};

/** A 280px sidebar beside a case view: cards stacked, steps vertical, tables scroll on their own. */
export const NarrowSidebar: Story = {
  args: { plan, today: '2025-06-24' },
  render: (args) => html`<aside style="box-sizing: border-box; width: 280px; max-width: 100%; border-left: 1px solid #6b7075; padding-left: 0.75rem">
    ${meta.render(args)}
  </aside>`,
};

/** The overview in a 280px sidebar. */
export const NarrowSidebarOverview: Story = {
  args: { counts: stockholm },
  render: NarrowSidebar.render,
};

import * as z from 'zod/mini';
import { sipMessages } from '../i18n/messages/sip.js';
import { anonymousText } from './anonymity.js';
import { defaultLocale, toLocale, type Locale } from './text.js';

/**
 * The coordinated individual plan (SIP, samordnad individuell plan; 2 kap.
 * 7 § SoL, 16 kap. 4 § HSL): when a person needs interventions from both
 * social services and health care, the kommun and the region draw up one
 * plan together. It states the person's needs and goals, each intervention
 * with its responsible principal, what others do, who holds the overall
 * responsibility, and when and by whom it is followed up. Consent is
 * required and can be withdrawn.
 *
 * A plan here is anonymous: its id is an opaque string from the vendor's
 * system, people are named by role or organisation only, and every free
 * text goes through the personal-number guard.
 *
 * Also here: the counts a kommun reports about SIP over time (seed 002,
 * Stockholm: 731 plans drawn up and 122 being drawn up in 2013; 941 and 160
 * against an estimated need of 1,663 in 2015), for <samsyn-sip-status> when
 * it is given counts instead of inventory records.
 *
 * `samsyn/schema` exports `sipPlanSchema`, `sipOverviewSchema` and their
 * `…For(locale)` from `sip-docs.ts`, which adds the descriptions the JSON
 * Schemas carry; the element validates with these same schemas without them.
 */

/** The usual course of a SIP, in order. Following up repeats until the plan is closed. */
export const sipSteps = ['need-identified', 'preparing', 'invited', 'meeting-held', 'following-up', 'closed'] as const;
export type SipStep = (typeof sipSteps)[number];

/** Who is responsible for an intervention: the two SIP principals, or someone else. */
export const sipPrincipals = ['kommun', 'region', 'other'] as const;
export type SipPrincipal = (typeof sipPrincipals)[number];

/**
 * The organisations that take part in a SIP (seed 001: the kommun's social
 * and labour-market services, the region's psychiatry, Försäkringskassan and
 * Arbetsförmedlingen), each under its principal. `other-agency` fits any
 * principal. Codes are public API.
 */
export const sipAgencies = [
  { code: 'kommun-social-services', principal: 'kommun' },
  { code: 'kommun-labour-market', principal: 'kommun' },
  { code: 'kommun-school', principal: 'kommun' },
  { code: 'region-psychiatry', principal: 'region' },
  { code: 'region-primary-care', principal: 'region' },
  { code: 'region-addiction-care', principal: 'region' },
  { code: 'region-habilitation', principal: 'region' },
  { code: 'social-insurance-agency', principal: 'other' },
  { code: 'employment-service', principal: 'other' },
  { code: 'other-agency', principal: null },
] as const satisfies ReadonlyArray<{ code: string; principal: SipPrincipal | null }>;
export type SipAgency = (typeof sipAgencies)[number]['code'];
const agencyCodes = sipAgencies.map((a) => a.code) as [SipAgency, ...SipAgency[]];

/** The principal an agency belongs to, or null when it can act for any. */
export function sipAgencyPrincipal(agency: SipAgency): SipPrincipal | null {
  return sipAgencies.find((a) => a.code === agency)?.principal ?? null;
}

export const sipConsentStatuses = ['given', 'not-given', 'withdrawn'] as const;
export type SipConsentStatus = (typeof sipConsentStatuses)[number];

/** The options of the inventory's `sip` question: the status of a person's plan. */
export const sipStatuses = ['established', 'in-progress', 'missing', 'unknown'] as const;
export type SipStatus = (typeof sipStatuses)[number];

/** The genders of the inventory's `gender` question. */
export const sipGenders = ['woman', 'man'] as const;
export type SipGender = (typeof sipGenders)[number];

export interface SipSchemaOptions {
  /** Language of the messages. Swedish by default. */
  locale?: Locale;
}

type Messages = (typeof sipMessages)[Locale];
type Issue = { path: PropertyKey[]; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function objectError(m: Messages, label: string, unknown: (keys: string) => string = m.sipUnknownField) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' && issue.keys ? unknown(issue.keys.join(', ')) : m.sipWrongShape(label);
}

function isoDate(m: Messages, label: string) {
  return z.iso.date({ error: () => m.sipEnterDate(label) });
}

function buildPlanSchema(locale: Locale) {
  const m = sipMessages[locale];
  const text = (label: string, maxLength = 2000) => anonymousText({ label, maxLength, minLength: 1, locale });
  const list = <T extends z.ZodMiniType>(item: T, label: string) => z.array(item, { error: () => m.sipNotAList(label) });
  const principal = z.enum(sipPrincipals, { error: () => m.sipChoosePrincipal });
  const agency = z.enum(agencyCodes, { error: () => m.sipChooseAgency });

  const intervention = z.strictObject(
    {
      /** The vendor's id of the intervention, so that a selection can be traced back. */
      id: z.optional(text(m.sipFieldInterventionId, 100)),
      text: text(m.sipFieldIntervention),
      principal,
      agency: z.optional(agency),
    },
    { error: objectError(m, m.sipFieldIntervention) },
  );

  const othersAction = z.strictObject(
    { text: text(m.sipFieldOthersAction), agency: z.optional(agency) },
    { error: objectError(m, m.sipFieldOthersAction) },
  );

  const responsibility = z.strictObject(
    { principal, agency: z.optional(agency), role: z.optional(text(m.sipFieldRole, 200)) },
    { error: objectError(m, m.sipResponsibleHeading) },
  );

  // A role ("samordnare på socialtjänsten") or an organisation, never a person's name.
  const followUpWho = {
    by: z.optional(text(m.sipFieldFollowUpBy, 200)),
    agency: z.optional(agency),
  };

  const followUp = z.strictObject(
    { date: isoDate(m, m.sipFieldFollowUpDate), ...followUpWho, note: z.optional(text(m.sipFieldNote)) },
    { error: objectError(m, m.sipFollowUpsHeading) },
  );

  const nextFollowUp = z.strictObject(
    { date: isoDate(m, m.sipFieldNextFollowUp), ...followUpWho },
    { error: objectError(m, m.sipNextFollowUpHeading) },
  );

  const consent = z.strictObject(
    {
      status: z.enum(sipConsentStatuses, { error: () => m.sipChooseConsent }),
      /** When it was given, or withdrawn. Required unless not given. */
      date: z.optional(isoDate(m, m.sipFieldConsentDate)),
    },
    { error: objectError(m, m.sipConsentHeading) },
  );

  return z
    .strictObject(
      {
        /** Opaque: the vendor's reference, never a personal identity number. */
        id: text(m.sipFieldId, 100),
        step: z.enum(sipSteps, { error: () => m.sipChooseStep }),
        needs: z.optional(list(text(m.sipFieldNeed), m.sipNeedsHeading)),
        goals: z.optional(list(text(m.sipFieldGoal), m.sipGoalsHeading)),
        interventions: z.optional(list(intervention, m.sipInterventionsHeading)),
        othersActions: z.optional(list(othersAction, m.sipOthersActionsHeading)),
        overallResponsibility: z.optional(responsibility),
        followUps: z.optional(list(followUp, m.sipFollowUpsHeading)),
        nextFollowUp: z.optional(nextFollowUp),
        consent,
        obstacles: z.optional(list(text(m.sipFieldObstacle, 500), m.sipPlanObstaclesHeading)),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? m.sipUnknownField(issue.keys.join(', ')) : m.sipNotAPlan) },
    )
    .check(
      z.superRefine(
        (input, ctx) => {
          for (const issue of planIssues(input, m)) ctx.addIssue({ code: 'custom', ...issue, input });
        },
        // Runs even when a field failed its own check, so that every problem is listed at once.
        { when: () => true },
      ),
    );
}

/** The rules across fields that no single field can check. `input` is not yet known to be valid. */
function planIssues(input: unknown, m: Messages): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(input)) return issues;
  const agencyFits = (principal: unknown, agency: unknown): boolean => {
    const owner = agencyCodes.includes(agency as SipAgency) ? sipAgencyPrincipal(agency as SipAgency) : null;
    return owner === null || owner === principal;
  };
  const mismatch = (path: PropertyKey[], principal: unknown, agency: unknown) => {
    if (typeof principal === 'string' && !agencyFits(principal, agency)) {
      issues.push({ path, message: m.sipAgencyPrincipal(m.sipAgencyName(String(agency)), m.sipPrincipalName(principal)) });
    }
  };
  if (Array.isArray(input.interventions)) {
    const seen = new Set<string>();
    input.interventions.forEach((item: unknown, i) => {
      if (!isObject(item)) return;
      mismatch(['interventions', i, 'agency'], item.principal, item.agency);
      if (typeof item.id === 'string') {
        if (seen.has(item.id)) issues.push({ path: ['interventions', i, 'id'], message: m.sipDuplicateIntervention(item.id) });
        seen.add(item.id);
      }
    });
  }
  if (isObject(input.overallResponsibility)) {
    mismatch(['overallResponsibility', 'agency'], input.overallResponsibility.principal, input.overallResponsibility.agency);
  }
  const whoMissing = (v: unknown) => isObject(v) && v.by === undefined && v.agency === undefined;
  if (Array.isArray(input.followUps)) {
    input.followUps.forEach((item: unknown, i) => {
      if (whoMissing(item)) issues.push({ path: ['followUps', i, 'by'], message: m.sipFollowUpWhoOrAgency });
    });
  }
  if (whoMissing(input.nextFollowUp)) issues.push({ path: ['nextFollowUp', 'by'], message: m.sipFollowUpWhoOrAgency });
  if (isObject(input.consent) && input.consent.date === undefined && (input.consent.status === 'given' || input.consent.status === 'withdrawn')) {
    issues.push({ path: ['consent', 'date'], message: m.sipConsentDateRequired });
  }
  return issues;
}

type PlanSchema = ReturnType<typeof buildPlanSchema>;
export type SipPlan = z.infer<PlanSchema>;
export type SipIntervention = NonNullable<SipPlan['interventions']>[number];
export type SipFollowUp = NonNullable<SipPlan['followUps']>[number];

const planSchemas: Partial<Record<Locale, PlanSchema>> = {};

/** The zod schema of a SIP plan, its messages in `locale`. */
export function sipPlanSchemaFor(locale: Locale = defaultLocale): PlanSchema {
  const key = toLocale(locale);
  return (planSchemas[key] ??= buildPlanSchema(key));
}

/** `{ success: true, data }` or `{ success: false, error }` with messages in `options.locale`. Never throws. */
export function parseSipPlan(input: unknown, options: SipSchemaOptions = {}) {
  return sipPlanSchemaFor(options?.locale).safeParse(input);
}

function buildOverviewSchema(locale: Locale) {
  const m = sipMessages[locale];
  const status = (code: SipStatus) => m.sipStatusName(code);
  // null: the source already withheld the figure (shown as `..`), so a vendor never has to send a small count.
  const count = (label: string) =>
    z.nullable(
      z.number({ error: () => m.sipNotACount(label) }).check(
        z.int({ error: () => m.sipNotACount(label) }),
        z.gte(0, { error: () => m.sipNotACount(label) }),
      ),
    );
  const statusCounts = {
    established: z.optional(count(status('established'))),
    inProgress: z.optional(count(status('in-progress'))),
    missing: z.optional(count(status('missing'))),
    unknown: z.optional(count(status('unknown'))),
  };
  const genderCounts = (gender: SipGender) =>
    z.strictObject(statusCounts, { error: objectError(m, m.sipGenderName(gender), m.sipUnknownOverviewField) }).check(
      z.refine((g) => Object.values(g).some((v) => v !== undefined), { error: () => m.sipGenderNeedsCount }),
    );

  const point = z.strictObject(
    {
      /** The day the counts describe (ISO). */
      date: z.optional(isoDate(m, m.sipFieldPointDate)),
      /** A label for the period ("2015", "september 2015"); shown instead of the date when given. */
      period: z.optional(anonymousText({ label: m.sipFieldPeriod, maxLength: 60, minLength: 1, locale })),
      // The two the seeds always report; "missing" and "unknown" are often not reported and then shown as `-`.
      established: count(status('established')),
      inProgress: count(status('in-progress')),
      missing: statusCounts.missing,
      unknown: statusCounts.unknown,
      /** How many should have a SIP (seed 002: 1,663), for the coverage. */
      estimatedNeed: z.optional(
        z.number({ error: () => m.sipNeedPositive }).check(z.int({ error: () => m.sipNeedPositive }), z.gt(0, { error: () => m.sipNeedPositive })),
      ),
      byGender: z.optional(
        z.strictObject(
          { woman: z.optional(genderCounts('woman')), man: z.optional(genderCounts('man')) },
          { error: objectError(m, m.sipGenderHeading, m.sipUnknownOverviewField) },
        ),
      ),
      obstacles: z.optional(
        z.array(
          z.strictObject(
            {
              label: anonymousText({ label: m.sipFieldObstacle, maxLength: 300, minLength: 1, locale }),
              count: z.optional(
                z.nullable(
                  z.number({ error: () => m.sipObstacleCount }).check(
                    z.int({ error: () => m.sipObstacleCount }),
                    z.gte(0, { error: () => m.sipObstacleCount }),
                  ),
                ),
              ),
            },
            { error: objectError(m, m.sipFieldObstacle, m.sipUnknownOverviewField) },
          ),
          { error: () => m.sipNotAList(m.sipObstaclesHeading) },
        ),
      ),
    },
    { error: objectError(m, m.sipPointColumn, m.sipUnknownOverviewField) },
  );

  return z
    .strictObject(
      {
        points: z.array(point, { error: () => m.sipNoPoints }).check(z.minLength(1, { error: () => m.sipNoPoints })),
        /** Where the figures come from ("stadsdelsförvaltningarnas uppgifter, september 2015"). */
        source: z.optional(anonymousText({ label: m.sipFieldSource, maxLength: 300, minLength: 1, locale })),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys' ? m.sipUnknownOverviewField(issue.keys.join(', ')) : m.sipNotAnOverview,
      },
    )
    .check(
      z.superRefine(
        (input, ctx) => {
          for (const issue of overviewIssues(input, m)) ctx.addIssue({ code: 'custom', ...issue, input });
        },
        { when: () => true },
      ),
    );
}

const countKeys = { established: 'established', inProgress: 'in-progress', missing: 'missing', unknown: 'unknown' } as const;

/** A point's name in messages and on screen: its period label, else its date. */
export function sipPointLabel(point: { date?: string; period?: string }): string {
  return point.period ?? point.date ?? '';
}

function overviewIssues(input: unknown, m: Messages): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(input) || !Array.isArray(input.points)) return issues;
  const seen = new Set<string>();
  input.points.forEach((point: unknown, i) => {
    if (!isObject(point)) return;
    const date = typeof point.date === 'string' ? point.date : undefined;
    const period = typeof point.period === 'string' ? point.period : undefined;
    if (date === undefined && period === undefined) {
      issues.push({ path: ['points', i], message: m.sipDateOrPeriod });
      return;
    }
    const label = sipPointLabel({ date, period });
    const key = `${period ?? ''}|${date ?? ''}`;
    if (seen.has(key)) issues.push({ path: ['points', i], message: m.sipDuplicatePoint(label) });
    seen.add(key);
    if (!isObject(point.byGender)) return;
    const byGender = point.byGender;
    for (const [key, code] of Object.entries(countKeys)) {
      const total = point[key];
      if (typeof total !== 'number') continue;
      const parts = sipGenders.map((g) => (isObject(byGender[g]) ? byGender[g][key] : undefined));
      const sum = parts.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      if (sum > total) {
        issues.push({ path: ['points', i, 'byGender'], message: m.sipGenderExceedsTotal(m.sipStatusName(code), label) });
      }
    }
  });
  return issues;
}

type OverviewSchema = ReturnType<typeof buildOverviewSchema>;
export type SipOverview = z.infer<OverviewSchema>;
export type SipOverviewPoint = SipOverview['points'][number];
/** The counts of one status set (a point, or one gender of a point), by the keys the overview uses. */
export type SipStatusCounts = Partial<Pick<SipOverviewPoint, 'established' | 'inProgress' | 'missing' | 'unknown'>>;

/** The key of each inventory `sip` option in the overview's counts. */
export const sipStatusKeys: Record<SipStatus, keyof SipStatusCounts> = {
  established: 'established',
  'in-progress': 'inProgress',
  missing: 'missing',
  unknown: 'unknown',
};

const overviewSchemas: Partial<Record<Locale, OverviewSchema>> = {};

/** The zod schema of SIP counts over time, its messages in `locale`. */
export function sipOverviewSchemaFor(locale: Locale = defaultLocale): OverviewSchema {
  const key = toLocale(locale);
  return (overviewSchemas[key] ??= buildOverviewSchema(key));
}

/** `{ success: true, data }` or `{ success: false, error }` with messages in `options.locale`. Never throws. */
export function parseSipOverview(input: unknown, options: SipSchemaOptions = {}) {
  return sipOverviewSchemaFor(options?.locale).safeParse(input);
}

/**
 * Coverage of the estimated need: (drawn up + being drawn up) / need, as a
 * share (0–1, above 1 when the need was underestimated). Seed 002, 2015:
 * (941 + 160) / 1,663 = 0.662. Null when a figure is missing or withheld.
 */
export function sipCoverage(established: number | null | undefined, inProgress: number | null | undefined, need: number | undefined): number | null {
  if (typeof established !== 'number' || typeof inProgress !== 'number' || !need) return null;
  return (established + inProgress) / need;
}

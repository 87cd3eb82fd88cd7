import * as z from 'zod/mini';
import { sipMessages } from '../i18n/messages/sip.js';
import { sipPlanMessages } from '../i18n/messages/sip-plan.js';
import { anonymousText, textLanguage } from './anonymity.js';
import { isObject, isoDate, objectError as sharedObjectError, type SipIssue, type SipSchemaOptions } from './sip-terms.js';
import type { Locale } from './text.js';
import { crossFieldCheck, perLocale } from './per-locale.js';

/* One person's coordinated individual plan: its vocabulary and its schema. See `sip.ts`. */

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

type PlanMessages = (typeof sipMessages)[Locale] & (typeof sipPlanMessages)[Locale];

function buildPlanSchema(locale: Locale) {
  const m = { ...sipMessages[locale], ...sipPlanMessages[locale] };
  const objectError = (mm: typeof m, label: string) => sharedObjectError(mm, label, mm.sipUnknownField);
  const text = (label: string, maxLength = 2000) => anonymousText({ label, maxLength, minLength: 1, locale });
  const list = <T extends z.ZodMiniType>(item: T, label: string) => z.array(item, { error: () => m.sipNotAList(label) });
  const principal = z.enum(sipPrincipals, { error: () => m.sipChoosePrincipal });
  const agency = z.enum(agencyCodes, { error: () => m.sipChooseAgency });

  const intervention = z.strictObject(
    {
      /** The vendor's id of the intervention, so that a selection can be traced back. */
      id: z.optional(anonymousText({ label: m.sipFieldInterventionId, maxLength: 100, minLength: 1, locale, kind: 'id' })),
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
        id: anonymousText({ label: m.sipFieldId, maxLength: 100, minLength: 1, locale, kind: 'id' }),
        step: z.enum(sipSteps, { error: () => m.sipChooseStep }),
        /** The language the plan's texts are written in; Swedish when absent. */
        lang: z.optional(textLanguage({ locale })),
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
    .check(crossFieldCheck((input) => planIssues(input, m)));
}

/** The rules across fields that no single field can check. `input` is not yet known to be valid. */
function planIssues(input: Record<string, unknown>, m: PlanMessages): SipIssue[] {
  const issues: SipIssue[] = [];
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

/** The zod schema of a SIP plan, its messages in `locale`. */
export const sipPlanSchemaFor: (locale?: Locale) => PlanSchema = /* @__PURE__ */ perLocale(buildPlanSchema);

/** The SIP plan schema with Swedish messages (the JSON Schema is made from this). */
export const sipPlanSchema: PlanSchema = /* @__PURE__ */ sipPlanSchemaFor('sv');

/** `{ success: true, data }` or `{ success: false, error }` with messages in `options.locale`. Never throws. */
export function parseSipPlan(input: unknown, options: SipSchemaOptions = {}) {
  return sipPlanSchemaFor(options?.locale).safeParse(input);
}

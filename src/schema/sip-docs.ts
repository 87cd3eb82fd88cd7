import * as z from 'zod/mini';
import { sipOverviewSchemaFor as overviewFor, sipPlanSchemaFor as planFor } from './sip.js';
import { defaultLocale, type Locale } from './text.js';

/*
 * The descriptions the SIP JSON Schemas carry for vendors, in English like
 * their code. `samsyn/schema` exports the SIP schemas from here, so that they
 * and the JSON Schemas made from them are documented, while
 * <samsyn-sip-status>, which validates with the same schemas from `sip.ts`,
 * does not download text that no person using it reads.
 */

const describe = (schema: z.core.$ZodType, meta: { title?: string; description: string }): void => {
  z.globalRegistry.add(schema, meta);
};

/** The zod schema of a SIP plan, its messages in `locale`, with descriptions for the JSON Schema. */
export function sipPlanSchemaFor(locale: Locale = defaultLocale): ReturnType<typeof planFor> {
  const plan = planFor(locale);
  const intervention = plan.shape.interventions._zod.def.innerType._zod.def.element;
  describe(plan, {
    title: 'SIP plan',
    description: 'A coordinated individual plan (samordnad individuell plan, 2 kap. 7 § SoL, 16 kap. 4 § HSL) for one anonymous person.',
  });
  describe(plan.shape.id, { description: "The vendor's opaque reference to the plan; never a personal identity number." });
  describe(plan.shape.lang._zod.def.innerType, {
    description: "The language the plan's texts are written in, as a language tag (sv, en, fi); Swedish when absent.",
  });
  describe(plan.shape.step, {
    description: 'Where the plan is: need-identified, preparing, invited, meeting-held, following-up (repeated) or closed.',
  });
  // One principal and one agency schema serve every field that names one.
  describe(intervention.shape.principal, {
    description: 'The responsible principal: kommun (municipality), region, or other (an agency that is not a SIP principal).',
  });
  describe(intervention.shape.agency._zod.def.innerType, {
    description:
      'The organisation, from a fixed vocabulary; kommun-* agencies belong to the kommun, region-* to the region, other-agency to any.',
  });
  describe(plan.shape.nextFollowUp._zod.def.innerType, {
    description: 'When the plan is followed up next, and by whom (a role or an agency, never a name).',
  });
  describe(plan.shape.consent, {
    description: "The person's consent to the plan; it can be withdrawn. A date is required when given or withdrawn.",
  });
  return plan;
}

/** The SIP plan schema with Swedish messages (the JSON Schema is made from this). */
export const sipPlanSchema = sipPlanSchemaFor('sv');

/** The zod schema of SIP counts over time, its messages in `locale`, with descriptions for the JSON Schema. */
export function sipOverviewSchemaFor(locale: Locale = defaultLocale): ReturnType<typeof overviewFor> {
  const overview = overviewFor(locale);
  const point = overview.shape.points._zod.def.element;
  // The counts of a gender are the same schemas for both genders.
  const gender = point.shape.byGender._zod.def.innerType.shape.woman._zod.def.innerType;
  describe(overview, {
    title: 'SIP overview',
    description:
      "A kommun's SIP counts over time: plans drawn up, being drawn up, missing, unknown; the estimated need; by gender; obstacles.",
  });
  describe(overview.shape.points, { description: 'The counts per date or period, each with an ISO date, a period label, or both.' });
  const count = 'A number of persons; null when the source already withholds it for confidentiality (shown as "..").';
  for (const schema of [
    point.shape.established,
    point.shape.inProgress,
    ...Object.values(gender.shape).map((s) => s._zod.def.innerType),
  ]) {
    describe(schema, { description: count });
  }
  return overview;
}

/** The SIP overview schema with Swedish messages (the JSON Schema is made from this). */
export const sipOverviewSchema = sipOverviewSchemaFor('sv');

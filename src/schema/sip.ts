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
 * The concept is in three files, so that a page showing only one of the two
 * downloads only its own: `sip-plan.ts` (a plan's vocabulary and schema),
 * `sip-overview.ts` (the counts) and `sip-terms.ts` (what both share).
 * This module is all of them.
 *
 * The descriptions the JSON Schemas carry for vendors are added when they
 * are written (scripts/json-schema.mjs), so that no page downloads text that
 * no person using it reads.
 */
export { sipGenders, sipStatuses, type SipGender, type SipSchemaOptions, type SipStatus } from './sip-terms.js';
export * from './sip-plan.js';
export * from './sip-overview.js';

import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { anonymousId, textLanguage } from './anonymity.js';
import type { Locale } from './text.js';
import { isObject } from './locale.js';
import { crossFieldCheck, perLocale, type CrossFieldIssue } from './per-locale.js';
import { eachKeyed, planFields, type PlanLabel, type PlanMessages } from './plan-fields.js';

/**
 * The action plan (handlingsplan) a kommun writes after the inventory and
 * follows up every year: rows of goal, activity, who holds the main
 * responsibility, a deadline, a follow-up date, a status, the result of the
 * follow-up and, where there is one, a measurable target against its outcome
 * (seed 001: at least 30 % into work or studies; outcome 16 %).
 *
 * Rows are grouped by area. The areas Stockholm used (seed 002) are the
 * default vocabulary; a plan adds its own in `areas`.
 */

export const planStatuses = ['not-started', 'ongoing', 'done', 'cancelled'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const targetUnits = ['percent', 'count', 'per-mille', 'days'] as const;
export type TargetUnit = (typeof targetUnits)[number];

export const targetDirections = ['at-least', 'at-most'] as const;
export type TargetDirection = (typeof targetDirections)[number];

/** An area of a plan: a stable code and its name. Own areas may lack an English name. */
export interface PlanArea {
  code: string;
  label: { sv: string; en?: string };
}

/** The areas of Stockholm's action plan 2013–2017 (seed 002), in its order. Codes are public API. */
export const defaultPlanAreas: readonly PlanArea[] = [
  { code: 'housing', label: { sv: 'Boende', en: 'Housing' } },
  { code: 'occupation', label: { sv: 'Sysselsättning', en: 'Occupation' } },
  { code: 'health', label: { sv: 'Hälsa', en: 'Health' } },
  { code: 'children-as-relatives', label: { sv: 'Barn som anhöriga', en: 'Children as relatives' } },
  { code: 'relatives', label: { sv: 'Anhöriga', en: 'Relatives' } },
  { code: 'neurodevelopmental', label: { sv: 'Neuropsykiatriska funktionsnedsättningar', en: 'Neurodevelopmental disorders' } },
  { code: 'sip', label: { sv: 'SIP', en: 'Coordinated individual plans (SIP)' } },
  { code: 'outreach', label: { sv: 'Uppsökande arbete', en: 'Outreach' } },
];

const codePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

function buildActionPlanSchema(locale: Locale) {
  const { m, named, text, id, object } = planFields(locale, 'planUnknownFields');
  const date = (field: PlanLabel) => z.iso.date({ error: () => m().planDate(m()[field]) });
  const number = (field: PlanLabel) =>
    z.number({ error: () => m().planNumber(m()[field]) }).check(z.gte(0, { error: () => m().planNotNegative(m()[field]) }));
  const choice = <T extends readonly [string, ...string[]]>(values: T, field: PlanLabel) =>
    z.enum(values, { error: () => m().planChoose(m()[field]) });
  /** The message when `field` is not an object (or a list's item is not one). */
  const notAnObject = (field: PlanLabel) => () => m().planNotAnObject(m()[field]);
  const target = object(
    {
      description: text('planTargetDescription', 500, true),
      direction: choice(targetDirections, 'planFieldTargetDirection'),
      value: number('planFieldTargetValue'),
      unit: choice(targetUnits, 'planFieldTargetUnit'),
      outcome: z.optional(number('planFieldTargetOutcome')),
    },
    notAnObject('planFieldTarget'),
  );

  const row = object(
    {
      id: id('planFieldId'),
      area: z.string({ error: () => m().planChoose(m().planFieldArea) }).check(anonymousId(named('planFieldArea'))),
      goal: text('planFieldGoal', 1000, true),
      activity: text('planFieldActivity', 2000, true),
      responsible: text('planFieldResponsible', 200, true),
      deadline: z.optional(date('planFieldDeadline')),
      schedule: z.optional(text('planFieldSchedule', 200)),
      followUpDate: z.optional(date('planFieldFollowUp')),
      status: choice(planStatuses, 'planFieldStatus'),
      result: z.optional(text('planFieldResult', 4000)),
      target: z.optional(target),
    },
    notAnObject('planFieldRows'),
  );

  const badCode = () => m().planBadCode(m().planFieldAreaCode);
  const area = object(
    {
      code: z.string({ error: badCode }).check(z.regex(codePattern, { error: badCode }), anonymousId(named('planFieldAreaCode'))),
      label: object(
        { sv: text('planFieldAreaLabel', 100, true), en: z.optional(text('planFieldAreaLabel', 100, true)) },
        notAnObject('planFieldAreaLabel'),
      ),
    },
    notAnObject('planFieldAreas'),
  );

  return object(
    {
      title: text('planFieldTitle', 200, true),
      period: z.optional(text('planFieldPeriod', 100)),
      /** The language the plan's texts are written in; Swedish when absent. */
      lang: z.optional(textLanguage({ locale })),
      areas: z.optional(z.array(area, { error: () => m().planNotAList(m().planFieldAreas) })),
      rows: z.array(row, { error: () => m().planNotAList(m().planFieldRows) }),
    },
    () => m().planNotAPlan,
  ).check(crossFieldCheck((input) => crossFieldIssues(input, m())));
}

/** What no single field can check: unique ids and codes, rows in a known area, a target's range for its unit. */
function crossFieldIssues(input: Record<string, unknown>, m: PlanMessages): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const known = new Set(defaultPlanAreas.map((a) => a.code));
  if (Array.isArray(input.areas)) {
    input.areas.forEach((area, i) => {
      if (!isObject(area) || typeof area.code !== 'string') return;
      if (known.has(area.code)) issues.push({ path: ['areas', i, 'code'], message: m.planDuplicateArea(area.code) });
      known.add(area.code);
    });
  }
  eachKeyed(input.rows, 'id', (row, i, repeated) => {
    if (repeated) issues.push({ path: ['rows', i, 'id'], message: m.planDuplicateRow(String(row.id)) });
    if (typeof row.area === 'string' && !known.has(row.area)) {
      issues.push({ path: ['rows', i, 'area'], message: m.planUnknownArea(row.area) });
    }
    const target = row.target;
    if (!isObject(target)) return;
    for (const key of ['value', 'outcome'] as const) {
      const n = target[key];
      if (typeof n !== 'number' || n < 0) continue;
      const label = key === 'value' ? m.planFieldTargetValue : m.planFieldTargetOutcome;
      const path = ['rows', i, 'target', key];
      if (target.unit === 'percent' && n > 100) issues.push({ path, message: m.planPercentRange(label) });
      if (target.unit === 'per-mille' && n > 1000) issues.push({ path, message: m.planPerMilleRange(label) });
      if ((target.unit === 'count' || target.unit === 'days') && !Number.isInteger(n)) {
        issues.push({ path, message: m.planWholeNumber(label) });
      }
    }
  });
  return issues;
}

export type ActionPlanSchema = ReturnType<typeof buildActionPlanSchema>;
export type ActionPlan = z.infer<ActionPlanSchema>;
export type PlanRow = ActionPlan['rows'][number];
export type PlanTarget = NonNullable<PlanRow['target']>;
export type ActionPlanParseResult = util.SafeParseResult<ActionPlan>;

/** The action plan schema with its messages in `locale`. */
export const actionPlanSchemaFor: (locale?: Locale) => ActionPlanSchema = /* @__PURE__ */ perLocale(buildActionPlanSchema);

/** The action plan schema, messages in Swedish. */
export const actionPlanSchema = actionPlanSchemaFor('sv');

/**
 * `{ success: true, data }` or `{ success: false, error }` with every issue
 * at its path (`rows.3.goal`), messages in `options.locale`. Never throws.
 */
export function parseActionPlan(input: unknown, options: { locale?: Locale } = {}): ActionPlanParseResult {
  return actionPlanSchemaFor(options?.locale).safeParse(input);
}

/** Every area a plan can use: the default ones, then the plan's own, in order. */
export function planAreas(plan: Pick<ActionPlan, 'areas'>): PlanArea[] {
  return [...defaultPlanAreas, ...(plan.areas ?? [])];
}

/**
 * Whether a row is late: its deadline has passed (`today` is after it) and
 * it is neither done nor cancelled. `today` is an ISO date. A row without a
 * deadline is never overdue.
 */
export function isRowOverdue(row: Pick<PlanRow, 'deadline' | 'status'>, today: string): boolean {
  return !!row.deadline && row.deadline < today && row.status !== 'done' && row.status !== 'cancelled';
}

/**
 * Whether the outcome meets the target: at least or at most the value.
 * `undefined` while no outcome has been reported.
 */
export function targetReached(target: PlanTarget): boolean | undefined {
  if (target.outcome === undefined) return undefined;
  return target.direction === 'at-least' ? target.outcome >= target.value : target.outcome <= target.value;
}

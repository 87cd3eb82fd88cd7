import * as z from 'zod/mini';
import { sipMessages } from '../i18n/messages/sip.js';
import { sipOverviewMessages } from '../i18n/messages/sip-overview.js';
import { anonymousText } from './anonymity.js';
import { isObject, isoDate, objectError, sipGenders, type SipGender, type SipIssue, type SipSchemaOptions, type SipStatus } from './sip-terms.js';
import type { Locale } from './text.js';
import { crossFieldCheck, perLocale } from './per-locale.js';

/* The counts a kommun reports about SIP over time. See `sip.ts`. */

type OverviewMessages = (typeof sipMessages)[Locale] & (typeof sipOverviewMessages)[Locale];

function buildOverviewSchema(locale: Locale) {
  const m = { ...sipMessages[locale], ...sipOverviewMessages[locale] };
  const status = (code: SipStatus) => m.sipStatusName(code);
  /** A whole number, 0 or more; `error` is its one message. */
  const wholeNumber = (error: () => string) => z.number({ error }).check(z.int({ error }), z.gte(0, { error }));
  // null: the source already withheld the figure (shown as `..`), so a vendor never has to send a small count.
  const count = (label: string) => z.nullable(wholeNumber(() => m.sipNotACount(label)));
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
              count: z.optional(z.nullable(wholeNumber(() => m.sipObstacleCount))),
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
    .check(crossFieldCheck((input) => overviewIssues(input, m)));
}

/** A point's name in messages and on screen: its period label, else its date. */
export function sipPointLabel(point: { date?: string; period?: string }): string {
  return point.period ?? point.date ?? '';
}

function overviewIssues(input: Record<string, unknown>, m: OverviewMessages): SipIssue[] {
  const issues: SipIssue[] = [];
  if (!Array.isArray(input.points)) return issues;
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
    for (const [code, key] of Object.entries(sipStatusKeys) as Array<[SipStatus, keyof SipStatusCounts]>) {
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

/** The zod schema of SIP counts over time, its messages in `locale`. */
export const sipOverviewSchemaFor: (locale?: Locale) => OverviewSchema = /* @__PURE__ */ perLocale(buildOverviewSchema);

/** The SIP overview schema with Swedish messages (the JSON Schema is made from this). */
export const sipOverviewSchema: OverviewSchema = /* @__PURE__ */ sipOverviewSchemaFor('sv');

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

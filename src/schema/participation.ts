import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { anonymousId, textLanguage } from './anonymity.js';
import type { Locale } from './text.js';
import { crossFieldCheck, perLocale, type CrossFieldIssue } from './per-locale.js';
import { eachKeyed, planFields, type PlanLabel, type PlanMessages } from './plan-fields.js';

/**
 * The views of user organisations (brukardelaktighet): the inventory and the
 * plan are to be anchored with the organisations that represent the people
 * concerned, and their views reported (seed 000). Which organisations were
 * consulted, who represented them (a role or a number, never a name), when,
 * and each view, linked to the rows of the action plan that answer it.
 */

/** User and interest organisations a kommun usually consults; a suggestion list, any name is allowed. */
export const suggestedOrganisations: readonly string[] = [
  'RSMH',
  'Attention',
  'IFS',
  'Schizofreniförbundet',
  'NSPH',
  'Autism- och Aspergerförbundet',
  'Hjärnkoll',
];


function buildParticipationSchema(locale: Locale) {
  const { m, named, text, id, object } = planFields(locale, 'partUnknownFields');
  /** The message when `field` is not an object (a list's item is not one). */
  const notAnObject = (field: PlanLabel) => () => m().planNotAnObject(m()[field]);
  const notAList = (field: PlanLabel) => () => m().planNotAList(m()[field]);

  const organisation = object(
    {
      id: id('partFieldId'),
      name: text('partFieldOrganisation', 200, true),
      representatives: z.optional(text('partFieldRepresentatives', 200)),
    },
    notAnObject('partFieldOrganisations'),
  );
  const view = object(
    {
      id: id('partFieldId'),
      /** The organisation's id; absent when the organisations gave the view together. */
      organisation: z.optional(
        z.string({ error: () => m().planChoose(m().partFieldOrganisation) }).check(anonymousId(named('partFieldOrganisation'))),
      ),
      text: text('partFieldView', 4000, true),
      /** Ids of the action-plan rows that answer the view. */
      rows: z.optional(z.array(id('partFieldRows'), { error: notAList('partFieldRows') })),
    },
    notAnObject('partFieldViews'),
  );

  return object(
    {
      date: z.optional(z.iso.date({ error: () => m().planDate(m().partFieldDate) })),
      /** The language the views and names are written in; Swedish when absent. */
      lang: z.optional(textLanguage({ locale })),
      organisations: z.array(organisation, { error: notAList('partFieldOrganisations') }),
      views: z.array(view, { error: notAList('partFieldViews') }),
    },
    () => m().partNotParticipation,
  ).check(crossFieldCheck((input) => crossFieldIssues(input, m())));
}

/** Unique ids, and every view's organisation among those consulted. */
function crossFieldIssues(input: Record<string, unknown>, m: PlanMessages): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const organisations = eachKeyed(input.organisations, 'id', (o, i, repeated) => {
    if (repeated) issues.push({ path: ['organisations', i, 'id'], message: m.partDuplicateId(String(o.id)) });
  });
  eachKeyed(input.views, 'id', (v, i, repeated) => {
    if (repeated) issues.push({ path: ['views', i, 'id'], message: m.partDuplicateId(String(v.id)) });
    if (typeof v.organisation === 'string' && !organisations.has(v.organisation)) {
      issues.push({ path: ['views', i, 'organisation'], message: m.partUnknownOrganisation(v.organisation) });
    }
  });
  return issues;
}

export type ParticipationSchema = ReturnType<typeof buildParticipationSchema>;
export type Participation = z.infer<ParticipationSchema>;
export type ParticipationOrganisation = Participation['organisations'][number];
export type ParticipationView = Participation['views'][number];
export type ParticipationParseResult = util.SafeParseResult<Participation>;

/** The participation schema with its messages in `locale`. */
export const participationSchemaFor: (locale?: Locale) => ParticipationSchema = /* @__PURE__ */ perLocale(buildParticipationSchema);

/** The participation schema, messages in Swedish. */
export const participationSchema = participationSchemaFor('sv');

/** `{ success: true, data }` or `{ success: false, error }`, messages in `options.locale`. Never throws. */
export function parseParticipation(input: unknown, options: { locale?: Locale } = {}): ParticipationParseResult {
  return participationSchemaFor(options?.locale).safeParse(input);
}

/** The views that each action-plan row answers, keyed by row id, in the order of the views. */
export function viewsByRow(participation: Pick<Participation, 'views'>): Map<string, ParticipationView[]> {
  const byRow = new Map<string, ParticipationView[]>();
  for (const view of participation.views) {
    for (const rowId of view.rows ?? []) {
      const list = byRow.get(rowId);
      if (list) list.push(view);
      else byRow.set(rowId, [view]);
    }
  }
  return byRow;
}

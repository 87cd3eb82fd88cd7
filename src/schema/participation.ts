import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { en, sv } from '../i18n/messages/plan.js';
import { anonymousId, anonymousText, textLanguage } from './anonymity.js';
import { defaultLocale, toLocale, type Locale } from './text.js';
import { isObject } from './locale.js';

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

const messages = { sv, en } as const;
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

function buildParticipationSchema(locale: Locale) {
  const m = messages[locale];
  const text = (label: string, maxLength: number, required = false) => {
    const schema = anonymousText({ label, maxLength, locale });
    return required ? schema.check(z.refine((s) => s.trim() !== '', { error: () => m.planEnter(label) })) : schema;
  };
  const id = (label: string) =>
    z.string({ error: () => m.planBadId(label) }).check(z.regex(idPattern, { error: () => m.planBadId(label) }), anonymousId({ label, locale }));
  const object = <S extends z.core.$ZodLooseShape>(shape: S, label: string) =>
    z.strictObject(shape, {
      error: (iss) => (iss.code === 'unrecognized_keys' ? m.partUnknownFields(iss.keys.join(', ')) : m.planNotAnObject(label)),
    });

  const organisation = object(
    {
      id: id(m.partFieldId),
      name: text(m.partFieldOrganisation, 200, true),
      representatives: z.optional(text(m.partFieldRepresentatives, 200)),
    },
    m.partFieldOrganisations,
  );
  const view = object(
    {
      id: id(m.partFieldId),
      /** The organisation's id; absent when the organisations gave the view together. */
      organisation: z.optional(
        z.string({ error: () => m.planChoose(m.partFieldOrganisation) }).check(anonymousId({ label: m.partFieldOrganisation, locale })),
      ),
      text: text(m.partFieldView, 4000, true),
      /** Ids of the action-plan rows that answer the view. */
      rows: z.optional(z.array(id(m.partFieldRows), { error: () => m.planNotAList(m.partFieldRows) })),
    },
    m.partFieldViews,
  );

  return z
    .strictObject(
      {
        date: z.optional(z.iso.date({ error: () => m.planDate(m.partFieldDate) })),
        /** The language the views and names are written in; Swedish when absent. */
        lang: z.optional(textLanguage({ locale })),
        organisations: z.array(organisation, { error: () => m.planNotAList(m.partFieldOrganisations) }),
        views: z.array(view, { error: () => m.planNotAList(m.partFieldViews) }),
      },
      {
        error: (iss) => (iss.code === 'unrecognized_keys' ? m.partUnknownFields(iss.keys.join(', ')) : m.partNotParticipation),
      },
    )
    .check(
      z.superRefine(
        (input, ctx) => {
          for (const issue of crossFieldIssues(input, locale)) ctx.addIssue({ code: 'custom', input, ...issue });
        },
        { when: () => true },
      ),
    );
}


/** Unique ids, and every view's organisation among those consulted. */
function crossFieldIssues(input: unknown, locale: Locale): Array<{ path: PropertyKey[]; message: string }> {
  const m = messages[locale];
  const issues: Array<{ path: PropertyKey[]; message: string }> = [];
  if (!isObject(input)) return issues;
  const organisations = new Set<unknown>();
  if (Array.isArray(input.organisations)) {
    input.organisations.forEach((o, i) => {
      if (!isObject(o)) return;
      if (organisations.has(o.id)) issues.push({ path: ['organisations', i, 'id'], message: m.partDuplicateId(String(o.id)) });
      organisations.add(o.id);
    });
  }
  if (Array.isArray(input.views)) {
    const ids = new Set<unknown>();
    input.views.forEach((v, i) => {
      if (!isObject(v)) return;
      if (ids.has(v.id)) issues.push({ path: ['views', i, 'id'], message: m.partDuplicateId(String(v.id)) });
      ids.add(v.id);
      if (typeof v.organisation === 'string' && !organisations.has(v.organisation)) {
        issues.push({ path: ['views', i, 'organisation'], message: m.partUnknownOrganisation(v.organisation) });
      }
    });
  }
  return issues;
}

export type ParticipationSchema = ReturnType<typeof buildParticipationSchema>;
export type Participation = z.infer<ParticipationSchema>;
export type ParticipationOrganisation = Participation['organisations'][number];
export type ParticipationView = Participation['views'][number];
export type ParticipationParseResult = util.SafeParseResult<Participation>;

const cache: Partial<Record<Locale, ParticipationSchema>> = {};

/** The participation schema with its messages in `locale`. */
export function participationSchemaFor(locale: Locale = defaultLocale): ParticipationSchema {
  const key = toLocale(locale);
  return (cache[key] ??= buildParticipationSchema(key));
}

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

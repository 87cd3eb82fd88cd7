import type { Translation } from '../types.js';
import { named } from '../named.js';

/*
 * Texts of the action plan and of the user organisations' views that are
 * wanted in either language whatever the page's: the vocabularies (statuses, target directions
 * and units), the validation messages of their schemas (they name the field
 * and say what to do, as GOV.UK advises) and the field names. The schemas
 * read them (`planMessages`) when they make an issue, and a file read in may
 * use either language's headers and values. In the built package the English
 * is fetched as every area's is (i18n/languages.ts): reading a file in fetches
 * it first (`loadLanguage('en', sv)`). What <samsyn-action-plan> and
 * <samsyn-participation> only show is in `plan-view.ts`.
 *
 * Every key starts with `plan` or `part` because the areas are merged into
 * one catalog. The texts only editing needs are in `plan-edit.ts`, loaded
 * with the editors; those only <samsyn-participation> shows are in
 * `participation.ts`.
 */

const statusSv: Record<string, string> = {
  'not-started': 'Ej påbörjad',
  ongoing: 'Pågår',
  done: 'Klar',
  cancelled: 'Avbruten',
};
const statusEn: Record<string, string> = {
  'not-started': 'Not started',
  ongoing: 'Ongoing',
  done: 'Done',
  cancelled: 'Cancelled',
};
const unitSv: Record<string, string> = { percent: 'procent', count: 'antal', 'per-mille': 'promille', days: 'dagar' };
const unitEn: Record<string, string> = { percent: 'per cent', count: 'number', 'per-mille': 'per mille', days: 'days' };
const directionSv: Record<string, string> = { 'at-least': 'Minst', 'at-most': 'Högst' };
const directionEn: Record<string, string> = { 'at-least': 'At least', 'at-most': 'At most' };

export const sv = {
  // Schema messages.
  planNotAPlan: 'Uppgifterna är inte en handlingsplan (ett objekt med ”title” och ”rows” väntades).',
  planUnknownFields: (keys: string) => `Handlingsplanen har fält som inte finns i formatet: ${keys}.`,
  planNotAList: (label: string) => `”${label}” måste vara en lista.`,
  planNotAnObject: (label: string) => `”${label}” har fel form.`,
  planEnter: (label: string) => `Fyll i ”${label}”.`,
  planChoose: (label: string) => `Välj ett av alternativen för ”${label}”.`,
  planDate: (label: string) => `”${label}” måste vara ett riktigt datum i formen ÅÅÅÅ-MM-DD, till exempel 2025-12-31.`,
  planNumber: (label: string) => `”${label}” måste vara ett tal, till exempel 30 eller 12,5.`,
  planNotNegative: (label: string) => `”${label}” får inte vara negativt.`,
  planPercentRange: (label: string) => `”${label}” måste vara mellan 0 och 100 när enheten är procent.`,
  planPerMilleRange: (label: string) => `”${label}” måste vara mellan 0 och 1000 när enheten är promille.`,
  planWholeNumber: (label: string) => `”${label}” måste vara ett heltal när enheten är antal eller dagar.`,
  planBadCode: (label: string) =>
    `”${label}” får bara innehålla små bokstäver a–z, siffror och bindestreck, och börja med en bokstav eller siffra.`,
  planBadId: (label: string) => `”${label}” får bara innehålla bokstäver a–z, siffror, bindestreck och understreck (högst 64 tecken).`,
  planDuplicateRow: (id: string) => `Två rader har samma id ”${id}”. Varje rad behöver ett eget id.`,
  planDuplicateArea: (code: string) => `Området ”${code}” finns redan. Ge det nya området ett annat namn.`,
  planUnknownArea: (code: string) => `Området ”${code}” finns inte i planen. Välj ett av planens områden.`,

  // Field names: at the field, in the table header, in CSV headers.
  planFieldTitle: 'Planens rubrik',
  planFieldPeriod: 'Period',
  planFieldAreas: 'Egna områden',
  planFieldAreaCode: 'Områdeskod',
  planFieldAreaLabel: 'Områdets namn',
  planFieldRows: 'Rader',
  planFieldId: 'Id',
  planFieldArea: 'Område',
  planFieldGoal: 'Mål',
  planFieldActivity: 'Aktivitet',
  planFieldResponsible: 'Huvudansvar',
  planFieldDeadline: 'Tidplan',
  planFieldSchedule: 'Tidplan i ord',
  planFieldFollowUp: 'Uppföljningsdatum',
  planFieldStatus: 'Status',
  planFieldResult: 'Uppföljning/Resultat',
  planFieldTarget: 'Mätbart mål',
  planFieldTargetDirection: 'Målets riktning',
  planFieldTargetValue: 'Målvärde',
  planFieldTargetUnit: 'Enhet',
  planFieldTargetOutcome: 'Utfall',
  planFieldTargetReached: 'Måluppfyllelse',

  // Vocabularies.
  planStatus: named(statusSv),
  planUnit: named(unitSv),
  planDirection: named(directionSv),

  // A target's description as a field name.
  planTargetDescription: 'Vad som mäts',

  // Participation.
  partNotParticipation: 'Uppgifterna är inte synpunkter från brukarorganisationer (ett objekt med ”organisations” och ”views” väntades).',
  partUnknownFields: (keys: string) => `Synpunkterna har fält som inte finns i formatet: ${keys}.`,
  partDuplicateId: (id: string) => `Två poster har samma id ”${id}”.`,
  partUnknownOrganisation: (id: string) => `Organisationen ”${id}” finns inte bland de organisationer som har lämnat synpunkter.`,
  partFieldDate: 'Datum för samrådet',
  partFieldOrganisations: 'Organisationer',
  partFieldOrganisation: 'Organisation',
  partFieldRepresentatives: 'Företrädare',
  partFieldViews: 'Synpunkter',
  partFieldView: 'Synpunkt',
  partFieldRows: 'Rader i handlingsplanen',
  partFieldId: 'Id',
};

export const en: Translation<typeof sv> = {
  planNotAPlan: 'The data is not an action plan (an object with “title” and “rows” was expected).',
  planUnknownFields: (keys: string) => `The action plan has fields that are not in the format: ${keys}.`,
  planNotAList: (label: string) => `“${label}” must be a list.`,
  planNotAnObject: (label: string) => `“${label}” has the wrong shape.`,
  planEnter: (label: string) => `Enter “${label}”.`,
  planChoose: (label: string) => `Choose one of the options for “${label}”.`,
  planDate: (label: string) => `“${label}” must be a real date in the form YYYY-MM-DD, for example 2025-12-31.`,
  planNumber: (label: string) => `“${label}” must be a number, for example 30 or 12.5.`,
  planNotNegative: (label: string) => `“${label}” must not be negative.`,
  planPercentRange: (label: string) => `“${label}” must be between 0 and 100 when the unit is per cent.`,
  planPerMilleRange: (label: string) => `“${label}” must be between 0 and 1000 when the unit is per mille.`,
  planWholeNumber: (label: string) => `“${label}” must be a whole number when the unit is a number or days.`,
  planBadCode: (label: string) =>
    `“${label}” may only contain lower-case letters a–z, digits and hyphens, and must start with a letter or digit.`,
  planBadId: (label: string) => `“${label}” may only contain letters a–z, digits, hyphens and underscores (at most 64 characters).`,
  planDuplicateRow: (id: string) => `Two rows have the same id “${id}”. Each row needs its own id.`,
  planDuplicateArea: (code: string) => `The area “${code}” exists already. Give the new area another name.`,
  planUnknownArea: (code: string) => `The area “${code}” is not in the plan. Choose one of the plan's areas.`,

  planFieldTitle: 'Title of the plan',
  planFieldPeriod: 'Period',
  planFieldAreas: 'Own areas',
  planFieldAreaCode: 'Area code',
  planFieldAreaLabel: 'Name of the area',
  planFieldRows: 'Rows',
  planFieldId: 'Id',
  planFieldArea: 'Area',
  planFieldGoal: 'Goal',
  planFieldActivity: 'Activity',
  planFieldResponsible: 'Responsible',
  planFieldDeadline: 'Deadline',
  planFieldSchedule: 'Schedule in words',
  planFieldFollowUp: 'Follow-up date',
  planFieldStatus: 'Status',
  planFieldResult: 'Follow-up/Result',
  planFieldTarget: 'Measurable target',
  planFieldTargetDirection: 'Direction of the target',
  planFieldTargetValue: 'Target value',
  planFieldTargetUnit: 'Unit',
  planFieldTargetOutcome: 'Outcome',
  planFieldTargetReached: 'Target reached',

  planStatus: named(statusEn),
  planUnit: named(unitEn),
  planDirection: named(directionEn),



  planTargetDescription: 'What is measured',


  partNotParticipation: 'The data is not views of user organisations (an object with “organisations” and “views” was expected).',
  partUnknownFields: (keys: string) => `The views have fields that are not in the format: ${keys}.`,
  partDuplicateId: (id: string) => `Two entries have the same id “${id}”.`,
  partUnknownOrganisation: (id: string) => `The organisation “${id}” is not among the organisations that gave views.`,
  partFieldDate: 'Date of the consultation',
  partFieldOrganisations: 'Organisations',
  partFieldOrganisation: 'Organisation',
  partFieldRepresentatives: 'Representatives',
  partFieldViews: 'Views',
  partFieldView: 'View',
  partFieldRows: 'Rows of the action plan',
  partFieldId: 'Id',
};

/**
 * Both languages, for the schemas, which read `planMessages[locale]` each time
 * they make an issue: in the built package the English arrives when a page
 * wants it, and until then `en` is the Swedish.
 */
export const planMessages = { sv, en } as const;

import type { Translation } from '../types.js';
import { named } from '../named.js';

/*
 * A kommun's SIP counts: the options of the inventory's `sip` question (in
 * the plural form a table of counts needs) and the genders, the validation
 * messages of the overview schema, and the texts of <samsyn-sip-status> in
 * overview mode, loaded with that mode.
 */

/** The options of the inventory's `sip` question, in the plural form a table of counts needs. */
const statusesSv: Record<string, string> = {
  established: 'Plan upprättad',
  'in-progress': 'Plan under upprättande',
  missing: 'Plan saknas',
  unknown: 'Okänt om plan finns',
};
const statusesEn: Record<string, string> = {
  established: 'Plan drawn up',
  'in-progress': 'Plan being drawn up',
  missing: 'No plan',
  unknown: 'Not known whether there is a plan',
};

const gendersSv: Record<string, string> = { woman: 'Kvinnor', man: 'Män' };
const gendersEn: Record<string, string> = { woman: 'Women', man: 'Men' };

export const sv = {
  sipStatusName: named(statusesSv),
  sipGenderName: named(gendersSv),
  sipFieldPeriod: 'Period',
  sipFieldPointDate: 'Datum',
  sipFieldSource: 'Källa',
  sipNotAnOverview: 'Uppgifterna är inte en SIP-översikt (ett objekt med "points", en lista med antal per tidpunkt, väntades).',
  sipUnknownOverviewField: (keys: string) => `Fältet ${keys} hör inte till en SIP-översikt. Ta bort det.`,
  sipNoPoints: 'Ange minst en tidpunkt med antal.',
  sipNotACount: (label: string) =>
    `”${label}” ska vara ett heltal, 0 eller mer (eller null om uppgiften redan är skyddad av sekretess).`,
  sipNeedPositive: 'Det uppskattade behovet ska vara ett heltal större än 0.',
  sipDateOrPeriod: 'Ange ett datum (ÅÅÅÅ-MM-DD) eller en period (till exempel ”2015”) för varje tidpunkt.',
  sipDuplicatePoint: (label: string) => `Tidpunkten ”${label}” finns två gånger. Slå ihop dem eller ändra den ena.`,
  sipGenderExceedsTotal: (status: string, label: string) =>
    `Kvinnor och män med ”${status}” är sammanlagt fler än totalt för ${label}.`,
  sipGenderNeedsCount: 'Ange minst ett antal för könet.',
  sipObstacleCount: 'Antalet för ett hinder ska vara ett heltal, 0 eller mer.',
  sipGenderHeading: 'Efter kön',
  sipObstaclesHeading: 'Hinder för att upprätta SIP',
  sipPointColumn: 'Tidpunkt',
  sipOverviewSummary: (label: string) => `Läget ${label}`,
  sipStatusListLabel: (label: string) => (label ? `Antal personer efter SIP-status, ${label}` : 'Antal personer efter SIP-status'),
  sipTotal: 'Totalt',
  sipTotalPersons: (n: string) => `Totalt ${n} personer.`,
  sipCoverageHeading: 'Täckning av uppskattat behov',
  sipCoverageText: (share: string, sum: string, need: string, established: string, inProgress: string) =>
    `${share}: ${sum} av uppskattat behov ${need} (${established} upprättade och ${inProgress} under upprättande).`,
  sipCoverageValueText: (share: string, sum: string, need: string) => `${share}, ${sum} av ${need}`,
  sipCoverageHidden: (need: string) =>
    `Uppskattat behov ${need}. Täckningen visas inte eftersom en av uppgifterna den bygger på är skyddad (..).`,
  sipCoverageOver: 'Fler har en plan än det uppskattade behovet: behovet kan vara underskattat.',
  sipGenderCaption: (label: string) => (label ? `SIP-status efter kön, ${label}` : 'SIP-status efter kön'),
  sipStatusColumn: 'Status',
  sipSeriesHeading: 'Utveckling över tid',
  sipSeriesCaption: 'Antal personer efter SIP-status och täckning av uppskattat behov, per tidpunkt',
  sipNeedColumn: 'Uppskattat behov',
  sipCoverageColumn: 'Täckning',
  sipBarColumn: 'Diagram',
  sipShownPoint: 'visas ovan',
  sipObstacleCountText: (n: string) => `${n} uppgav hindret`,
  sipNotReportedNote: '- = uppgiften är inte rapporterad.',
  sipSourceNote: (source: string) => `Källa: ${source}`,
  sipRejected: (n: string) => `${n} poster kunde inte läsas och räknas inte.`,
  sipAllRejected: (n: string, reason: string) => `Ingen av de ${n} posterna kunde läsas, så det finns inga uppgifter om SIP att visa. Främsta skälet: ${reason}`,
  sipEmpty: 'Det finns inga uppgifter om SIP att visa.',
  sipInvalidCounts: 'Antalen om SIP har fel i uppgifterna:',
  sipInvalidRecords:
    'Uppgifterna om SIP kunde inte räknas samman: en lista med inventeringsposter eller ett aggregerat resultat väntades.',
};

export const en: Translation<typeof sv> = {
  sipStatusName: named(statusesEn),
  sipGenderName: named(gendersEn),
  sipFieldPeriod: 'Period',
  sipFieldPointDate: 'Date',
  sipFieldSource: 'Source',
  sipNotAnOverview: 'The data is not a SIP overview (an object with "points", a list of counts per date, was expected).',
  sipUnknownOverviewField: (keys: string) => `The field ${keys} does not belong to a SIP overview. Remove it.`,
  sipNoPoints: 'Give at least one date with counts.',
  sipNotACount: (label: string) =>
    `“${label}” must be a whole number, 0 or more (or null if the figure is already withheld for confidentiality).`,
  sipNeedPositive: 'The estimated need must be a whole number greater than 0.',
  sipDateOrPeriod: 'Give a date (YYYY-MM-DD) or a period (for example “2015”) for every point.',
  sipDuplicatePoint: (label: string) => `The point “${label}” appears twice. Merge them or change one.`,
  sipGenderExceedsTotal: (status: string, label: string) =>
    `Women and men with “${status}” add up to more than the total for ${label}.`,
  sipGenderNeedsCount: 'Give at least one count for the gender.',
  sipObstacleCount: 'The count of an obstacle must be a whole number, 0 or more.',
  sipGenderHeading: 'By gender',
  sipObstaclesHeading: 'Obstacles to drawing up a SIP',
  sipPointColumn: 'Point in time',
  sipOverviewSummary: (label: string) => `Situation ${label}`,
  sipStatusListLabel: (label: string) => (label ? `Number of people by SIP status, ${label}` : 'Number of people by SIP status'),
  sipTotal: 'Total',
  sipTotalPersons: (n: string) => `${n} people in total.`,
  sipCoverageHeading: 'Coverage of the estimated need',
  sipCoverageText: (share: string, sum: string, need: string, established: string, inProgress: string) =>
    `${share}: ${sum} of an estimated need of ${need} (${established} drawn up and ${inProgress} being drawn up).`,
  sipCoverageValueText: (share: string, sum: string, need: string) => `${share}, ${sum} of ${need}`,
  sipCoverageHidden: (need: string) =>
    `Estimated need ${need}. The coverage is not shown because a figure it is based on is withheld (..).`,
  sipCoverageOver: 'More people have a plan than the estimated need: the need may be underestimated.',
  sipGenderCaption: (label: string) => (label ? `SIP status by gender, ${label}` : 'SIP status by gender'),
  sipStatusColumn: 'Status',
  sipSeriesHeading: 'Over time',
  sipSeriesCaption: 'Number of people by SIP status and coverage of the estimated need, per point in time',
  sipNeedColumn: 'Estimated need',
  sipCoverageColumn: 'Coverage',
  sipBarColumn: 'Chart',
  sipShownPoint: 'shown above',
  sipObstacleCountText: (n: string) => `reported by ${n}`,
  sipNotReportedNote: '- = the figure was not reported.',
  sipSourceNote: (source: string) => `Source: ${source}`,
  sipRejected: (n: string) => `${n} records could not be read and are not counted.`,
  sipAllRejected: (n: string, reason: string) => `None of the ${n} records could be read, so there is no SIP data to show. The main reason: ${reason}`,
  sipEmpty: 'There is no SIP data to show.',
  sipInvalidCounts: 'The SIP counts have errors:',
  sipInvalidRecords: 'The SIP data could not be counted: a list of inventory records or an aggregated result was expected.',
};

/** The texts by locale, for the schema module (which has no element to localize through). */
export const sipOverviewMessages = { sv, en } as const;

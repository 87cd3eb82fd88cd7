import type { Translation } from '../types.js';

/*
 * Texts of the SIP area: the vocabularies of a coordinated individual plan,
 * the validation messages of the SIP schemas (they name the field, and say
 * what to do), and the texts of <samsyn-sip-status>.
 *
 * Every key starts with `sip` because the areas are merged into one catalog.
 */

const stepsSv: Record<string, string> = {
  'need-identified': 'Behov identifierat',
  preparing: 'Förberedelse',
  invited: 'Kallelse skickad',
  'meeting-held': 'SIP-möte hållet',
  'following-up': 'Uppföljning',
  closed: 'Avslutad',
};
const stepsEn: Record<string, string> = {
  'need-identified': 'Need identified',
  preparing: 'Preparing',
  invited: 'Invitation sent',
  'meeting-held': 'SIP meeting held',
  'following-up': 'Following up',
  closed: 'Closed',
};

const principalsSv: Record<string, string> = { kommun: 'Kommunen', region: 'Regionen', other: 'Annan aktör' };
const principalsEn: Record<string, string> = { kommun: 'Municipality', region: 'Region', other: 'Other organisation' };

const agenciesSv: Record<string, string> = {
  'kommun-social-services': 'Kommunens socialtjänst',
  'kommun-labour-market': 'Kommunens arbetsmarknadsenhet',
  'kommun-school': 'Kommunens skola',
  'region-psychiatry': 'Regionens psykiatri',
  'region-primary-care': 'Primärvården (vårdcentral)',
  'region-addiction-care': 'Regionens beroendevård',
  'region-habilitation': 'Habiliteringen',
  'social-insurance-agency': 'Försäkringskassan',
  'employment-service': 'Arbetsförmedlingen',
  'other-agency': 'Annan myndighet eller organisation',
};
const agenciesEn: Record<string, string> = {
  'kommun-social-services': 'Municipal social services',
  'kommun-labour-market': 'Municipal labour market unit',
  'kommun-school': 'Municipal school',
  'region-psychiatry': 'Regional psychiatry',
  'region-primary-care': 'Primary care (health centre)',
  'region-addiction-care': 'Regional addiction care',
  'region-habilitation': 'Habilitation services',
  'social-insurance-agency': 'Swedish Social Insurance Agency (Försäkringskassan)',
  'employment-service': 'Swedish Public Employment Service (Arbetsförmedlingen)',
  'other-agency': 'Other agency or organisation',
};

const consentSv: Record<string, string> = {
  given: 'Samtycke givet',
  'not-given': 'Samtycke inte givet',
  withdrawn: 'Samtycke återkallat',
};
const consentEn: Record<string, string> = {
  given: 'Consent given',
  'not-given': 'Consent not given',
  withdrawn: 'Consent withdrawn',
};

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
  sipStepName: (code: string) => stepsSv[code] ?? code,
  sipPrincipalName: (code: string) => principalsSv[code] ?? code,
  sipAgencyName: (code: string) => agenciesSv[code] ?? code,
  sipConsentName: (code: string) => consentSv[code] ?? code,
  sipStatusName: (code: string) => statusesSv[code] ?? code,
  sipGenderName: (code: string) => gendersSv[code] ?? code,

  // Field names, used in validation messages.
  sipFieldId: 'Planens id',
  sipFieldNeed: 'Behov',
  sipFieldGoal: 'Mål',
  sipFieldIntervention: 'Insats',
  sipFieldInterventionId: 'Insatsens id',
  sipFieldOthersAction: 'Andras insats',
  sipFieldRole: 'Roll eller organisation',
  sipFieldFollowUpBy: 'Vem som följer upp',
  sipFieldFollowUpDate: 'Datum för uppföljningen',
  sipFieldNextFollowUp: 'Datum för nästa uppföljning',
  sipFieldNote: 'Kommentar',
  sipFieldObstacle: 'Hinder',
  sipFieldConsentDate: 'Datum för samtycket',
  sipFieldPeriod: 'Period',
  sipFieldPointDate: 'Datum',
  sipFieldSource: 'Källa',

  // Validation of a plan.
  sipNotAPlan: 'Uppgifterna är inte en SIP (ett objekt med minst "id", "step" och "consent" väntades).',
  sipUnknownField: (keys: string) => `Fältet ${keys} hör inte till en SIP. Ta bort det.`,
  sipWrongShape: (label: string) => `”${label}” har fel form. Kontrollera uppgifterna.`,
  sipNotAList: (label: string) => `”${label}” ska vara en lista.`,
  sipChooseStep:
    'Ange planens steg: behov identifierat, förberedelse, kallelse skickad, SIP-möte hållet, uppföljning eller avslutad.',
  sipChoosePrincipal: 'Ange huvudman: kommunen, regionen eller annan aktör.',
  sipChooseAgency: 'Välj en verksamhet ur listan (till exempel socialtjänsten, psykiatrin, Försäkringskassan eller Arbetsförmedlingen).',
  sipAgencyPrincipal: (agency: string, principal: string) =>
    `${agency} hör inte till huvudmannen ”${principal}”. Ändra huvudmannen eller verksamheten.`,
  sipEnterDate: (label: string) => `Ange ”${label}” som ett riktigt datum (ÅÅÅÅ-MM-DD).`,
  sipChooseConsent: 'Ange samtycke: givet, inte givet eller återkallat.',
  sipConsentDateRequired: 'Ange datum för när samtycket gavs eller återkallades.',
  sipDuplicateIntervention: (id: string) => `Två insatser har samma id ”${id}”. Ge varje insats ett eget id.`,
  sipFollowUpWhoOrAgency: 'Ange vem som följer upp: en roll, en organisation eller en verksamhet ur listan.',

  // Validation of overview counts.
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

  // <samsyn-sip-status>: overview.
  sipOverviewHeading: 'Samordnade individuella planer (SIP)',
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
  sipGenderHeading: 'Efter kön',
  sipGenderCaption: (label: string) => (label ? `SIP-status efter kön, ${label}` : 'SIP-status efter kön'),
  sipStatusColumn: 'Status',
  sipSeriesHeading: 'Utveckling över tid',
  sipSeriesCaption: 'Antal personer efter SIP-status och täckning av uppskattat behov, per tidpunkt',
  sipPointColumn: 'Tidpunkt',
  sipNeedColumn: 'Uppskattat behov',
  sipCoverageColumn: 'Täckning',
  sipBarColumn: 'Diagram',
  sipShownPoint: 'visas ovan',
  sipObstaclesHeading: 'Hinder för att upprätta SIP',
  sipObstacleCountText: (n: string) => `${n} uppgav hindret`,
  sipNotReportedNote: '- = uppgiften är inte rapporterad.',
  sipSourceNote: (source: string) => `Källa: ${source}`,
  sipRejected: (n: string) => `${n} poster kunde inte läsas och räknas inte.`,
  sipAllRejected: (n: string, reason: string) => `Ingen av de ${n} posterna kunde läsas, så det finns inga uppgifter om SIP att visa. Främsta skälet: ${reason}`,
  sipEmpty: 'Det finns inga uppgifter om SIP att visa.',
  sipInvalidCounts: 'Antalen om SIP har fel i uppgifterna:',
  sipInvalidRecords:
    'Uppgifterna om SIP kunde inte räknas samman: en lista med inventeringsposter eller ett aggregerat resultat väntades.',
  sipInvalidMinCount: (value: string) => `Gränsen för att visa ett antal måste vara ett heltal, 1 eller mer (fick ”${value}”).`,

  // <samsyn-sip-status>: one plan.
  sipPlanHeading: 'Samordnad individuell plan (SIP)',
  sipPlanId: (id: string) => `Plan ${id}`,
  sipNoPlan: 'Ingen plan att visa.',
  sipInvalidPlan: 'Planen har fel i uppgifterna:',
  sipInvalidToday: (value: string) => `Dagens datum måste anges som ÅÅÅÅ-MM-DD (fick ”${value}”).`,
  sipInvalidMode: (value: string) => `Visningsläget måste vara ”overview” eller ”plan” (fick ”${value}”).`,
  sipStepsHeading: 'Planens steg',
  sipStepState: (state: string): string => (state === 'done' ? 'Klart' : state === 'current' ? 'Nuvarande steg' : 'Kommande'),
  sipNextFollowUpHeading: 'Nästa uppföljning',
  sipFollowUpBy: (by: string) => `Följs upp av: ${by}`,
  sipOverdue: 'Försenad',
  sipOverdueText: (date: string, days: number) =>
    `Uppföljningen skulle ha gjorts ${date}, för ${days} ${days === 1 ? 'dag' : 'dagar'} sedan.`,
  sipDueToday: 'Idag',
  sipDueTodayText: (date: string) => `Uppföljningen ska göras idag, ${date}.`,
  sipOnTime: 'I tid',
  sipOnTimeText: (date: string, days: number) => `${date}, om ${days} ${days === 1 ? 'dag' : 'dagar'}.`,
  sipNoNextFollowUp: 'Inget datum för nästa uppföljning är satt.',
  sipClosedText: 'Planen är avslutad och följs inte upp mer.',
  sipConsentHeading: 'Samtycke',
  sipConsentOn: (status: string, date: string) => `${status} ${date}.`,
  sipConsentWithdrawnNote:
    'Samtycket är återkallat: planens uppgifter får inte delas mellan huvudmännen utan ett nytt samtycke.',
  sipConsentNotGivenNote: 'Utan samtycke kan planen inte upprättas tillsammans med andra huvudmän.',
  sipResponsibleHeading: 'Övergripande ansvar',
  sipNotDecided: 'Inte bestämt ännu.',
  sipNeedsHeading: 'Behov',
  sipGoalsHeading: 'Mål',
  sipInterventionsHeading: 'Insatser',
  sipPrincipalLabel: 'Huvudman',
  sipAgencyLabel: 'Verksamhet',
  sipOthersActionsHeading: 'Insatser av andra',
  sipFollowUpsHeading: 'Gjorda uppföljningar',
  sipPlanObstaclesHeading: 'Hinder',
  sipNoneGiven: 'Inga angivna.',
};

export const en: Translation<typeof sv> = {
  sipStepName: (code: string) => stepsEn[code] ?? code,
  sipPrincipalName: (code: string) => principalsEn[code] ?? code,
  sipAgencyName: (code: string) => agenciesEn[code] ?? code,
  sipConsentName: (code: string) => consentEn[code] ?? code,
  sipStatusName: (code: string) => statusesEn[code] ?? code,
  sipGenderName: (code: string) => gendersEn[code] ?? code,

  sipFieldId: 'Plan id',
  sipFieldNeed: 'Need',
  sipFieldGoal: 'Goal',
  sipFieldIntervention: 'Intervention',
  sipFieldInterventionId: 'Intervention id',
  sipFieldOthersAction: 'Action by others',
  sipFieldRole: 'Role or organisation',
  sipFieldFollowUpBy: 'Who follows up',
  sipFieldFollowUpDate: 'Date of the follow-up',
  sipFieldNextFollowUp: 'Date of the next follow-up',
  sipFieldNote: 'Comment',
  sipFieldObstacle: 'Obstacle',
  sipFieldConsentDate: 'Date of consent',
  sipFieldPeriod: 'Period',
  sipFieldPointDate: 'Date',
  sipFieldSource: 'Source',

  sipNotAPlan: 'The data is not a SIP (an object with at least "id", "step" and "consent" was expected).',
  sipUnknownField: (keys: string) => `The field ${keys} does not belong to a SIP. Remove it.`,
  sipWrongShape: (label: string) => `“${label}” has the wrong shape. Check the data.`,
  sipNotAList: (label: string) => `“${label}” must be a list.`,
  sipChooseStep: 'Give the step of the plan: need identified, preparing, invitation sent, SIP meeting held, following up or closed.',
  sipChoosePrincipal: 'Give the responsible principal: the municipality, the region or another organisation.',
  sipChooseAgency:
    'Choose an agency from the list (for example social services, psychiatry, the Social Insurance Agency or the Public Employment Service).',
  sipAgencyPrincipal: (agency: string, principal: string) =>
    `${agency} does not belong to the principal “${principal}”. Change the principal or the agency.`,
  sipEnterDate: (label: string) => `Enter “${label}” as a real date (YYYY-MM-DD).`,
  sipChooseConsent: 'Give the consent: given, not given or withdrawn.',
  sipConsentDateRequired: 'Enter the date when consent was given or withdrawn.',
  sipDuplicateIntervention: (id: string) => `Two interventions have the same id “${id}”. Give each intervention its own id.`,
  sipFollowUpWhoOrAgency: 'Say who follows up: a role, an organisation or an agency from the list.',

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

  sipOverviewHeading: 'Coordinated individual plans (SIP)',
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
  sipGenderHeading: 'By gender',
  sipGenderCaption: (label: string) => (label ? `SIP status by gender, ${label}` : 'SIP status by gender'),
  sipStatusColumn: 'Status',
  sipSeriesHeading: 'Over time',
  sipSeriesCaption: 'Number of people by SIP status and coverage of the estimated need, per point in time',
  sipPointColumn: 'Point in time',
  sipNeedColumn: 'Estimated need',
  sipCoverageColumn: 'Coverage',
  sipBarColumn: 'Chart',
  sipShownPoint: 'shown above',
  sipObstaclesHeading: 'Obstacles to drawing up a SIP',
  sipObstacleCountText: (n: string) => `reported by ${n}`,
  sipNotReportedNote: '- = the figure was not reported.',
  sipSourceNote: (source: string) => `Source: ${source}`,
  sipRejected: (n: string) => `${n} records could not be read and are not counted.`,
  sipAllRejected: (n: string, reason: string) => `None of the ${n} records could be read, so there is no SIP data to show. The main reason: ${reason}`,
  sipEmpty: 'There is no SIP data to show.',
  sipInvalidCounts: 'The SIP counts have errors:',
  sipInvalidRecords: 'The SIP data could not be counted: a list of inventory records or an aggregated result was expected.',
  sipInvalidMinCount: (value: string) => `The smallest count shown must be a whole number, 1 or more (got “${value}”).`,

  sipPlanHeading: 'Coordinated individual plan (SIP)',
  sipPlanId: (id: string) => `Plan ${id}`,
  sipNoPlan: 'No plan to show.',
  sipInvalidPlan: 'The plan has errors:',
  sipInvalidToday: (value: string) => `Today's date must be given as YYYY-MM-DD (got “${value}”).`,
  sipInvalidMode: (value: string) => `The mode must be “overview” or “plan” (got “${value}”).`,
  sipStepsHeading: 'Steps of the plan',
  sipStepState: (state: string): string => (state === 'done' ? 'Done' : state === 'current' ? 'Current step' : 'To come'),
  sipNextFollowUpHeading: 'Next follow-up',
  sipFollowUpBy: (by: string) => `Followed up by: ${by}`,
  sipOverdue: 'Overdue',
  sipOverdueText: (date: string, days: number) =>
    `The follow-up was due on ${date}, ${days} ${days === 1 ? 'day' : 'days'} ago.`,
  sipDueToday: 'Today',
  sipDueTodayText: (date: string) => `The follow-up is due today, ${date}.`,
  sipOnTime: 'On time',
  sipOnTimeText: (date: string, days: number) => `${date}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
  sipNoNextFollowUp: 'No date is set for the next follow-up.',
  sipClosedText: 'The plan is closed and is no longer followed up.',
  sipConsentHeading: 'Consent',
  sipConsentOn: (status: string, date: string) => `${status} on ${date}.`,
  sipConsentWithdrawnNote: 'Consent has been withdrawn: the plan may not be shared between the principals without new consent.',
  sipConsentNotGivenNote: 'Without consent the plan cannot be drawn up together with other principals.',
  sipResponsibleHeading: 'Overall responsibility',
  sipNotDecided: 'Not decided yet.',
  sipNeedsHeading: 'Needs',
  sipGoalsHeading: 'Goals',
  sipInterventionsHeading: 'Interventions',
  sipPrincipalLabel: 'Principal',
  sipAgencyLabel: 'Agency',
  sipOthersActionsHeading: 'Actions by others',
  sipFollowUpsHeading: 'Follow-ups done',
  sipPlanObstaclesHeading: 'Obstacles',
  sipNoneGiven: 'None given.',
};

/** The SIP texts by locale, for the schema module (which has no element to localize through). */
export const sipMessages = { sv, en } as const;

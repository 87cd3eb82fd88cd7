import type { Translation } from '../types.js';
import { named } from '../named.js';

/*
 * One person's coordinated individual plan: its vocabulary (steps,
 * principals, agencies, consent), the validation messages of the plan
 * schema (they name the field, and say what to do), and the texts of
 * <samsyn-sip-status> in plan mode, loaded with that mode.
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

export const sv = {
  sipStepName: named(stepsSv),
  sipPrincipalName: named(principalsSv),
  sipAgencyName: named(agenciesSv),
  sipConsentName: named(consentSv),
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
  sipFieldConsentDate: 'Datum för samtycket',
  sipNotAPlan: 'Uppgifterna är inte en SIP (ett objekt med minst "id", "step" och "consent" väntades).',
  sipUnknownField: (keys: string) => `Fältet ${keys} hör inte till en SIP. Ta bort det.`,
  sipChooseStep:
    'Ange planens steg: behov identifierat, förberedelse, kallelse skickad, SIP-möte hållet, uppföljning eller avslutad.',
  sipChoosePrincipal: 'Ange huvudman: kommunen, regionen eller annan aktör.',
  sipChooseAgency: 'Välj en verksamhet ur listan (till exempel socialtjänsten, psykiatrin, Försäkringskassan eller Arbetsförmedlingen).',
  sipAgencyPrincipal: (agency: string, principal: string) =>
    `${agency} hör inte till huvudmannen ”${principal}”. Ändra huvudmannen eller verksamheten.`,
  sipChooseConsent: 'Ange samtycke: givet, inte givet eller återkallat.',
  sipConsentDateRequired: 'Ange datum för när samtycket gavs eller återkallades.',
  sipDuplicateIntervention: (id: string) => `Två insatser har samma id ”${id}”. Ge varje insats ett eget id.`,
  sipFollowUpWhoOrAgency: 'Ange vem som följer upp: en roll, en organisation eller en verksamhet ur listan.',
  sipConsentHeading: 'Samtycke',
  sipFollowUpsHeading: 'Gjorda uppföljningar',
  sipGoalsHeading: 'Mål',
  sipInterventionsHeading: 'Insatser',
  sipNeedsHeading: 'Behov',
  sipNextFollowUpHeading: 'Nästa uppföljning',
  sipOthersActionsHeading: 'Insatser av andra',
  sipPlanObstaclesHeading: 'Hinder',
  sipResponsibleHeading: 'Övergripande ansvar',
  sipPlanId: (id: string) => `Plan ${id}`,
  sipNoPlan: 'Ingen plan att visa.',
  sipInvalidPlan: 'Planen har fel i uppgifterna:',
  sipStepsHeading: 'Planens steg',
  sipStepState: (state: string): string => (state === 'done' ? 'Klart' : state === 'current' ? 'Nuvarande steg' : 'Kommande'),
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
  sipConsentOn: (status: string, date: string) => `${status} ${date}.`,
  sipConsentWithdrawnNote:
    'Samtycket är återkallat: planens uppgifter får inte delas mellan huvudmännen utan ett nytt samtycke.',
  sipConsentNotGivenNote: 'Utan samtycke kan planen inte upprättas tillsammans med andra huvudmän.',
  sipNotDecided: 'Inte bestämt ännu.',
  sipPrincipalLabel: 'Huvudman',
  sipAgencyLabel: 'Verksamhet',
  sipNoneGiven: 'Inga angivna.',
};

export const en: Translation<typeof sv> = {
  sipStepName: named(stepsEn),
  sipPrincipalName: named(principalsEn),
  sipAgencyName: named(agenciesEn),
  sipConsentName: named(consentEn),
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
  sipFieldConsentDate: 'Date of consent',
  sipNotAPlan: 'The data is not a SIP (an object with at least "id", "step" and "consent" was expected).',
  sipUnknownField: (keys: string) => `The field ${keys} does not belong to a SIP. Remove it.`,
  sipChooseStep: 'Give the step of the plan: need identified, preparing, invitation sent, SIP meeting held, following up or closed.',
  sipChoosePrincipal: 'Give the responsible principal: the municipality, the region or another organisation.',
  sipChooseAgency:
    'Choose an agency from the list (for example social services, psychiatry, the Social Insurance Agency or the Public Employment Service).',
  sipAgencyPrincipal: (agency: string, principal: string) =>
    `${agency} does not belong to the principal “${principal}”. Change the principal or the agency.`,
  sipChooseConsent: 'Give the consent: given, not given or withdrawn.',
  sipConsentDateRequired: 'Enter the date when consent was given or withdrawn.',
  sipDuplicateIntervention: (id: string) => `Two interventions have the same id “${id}”. Give each intervention its own id.`,
  sipFollowUpWhoOrAgency: 'Say who follows up: a role, an organisation or an agency from the list.',
  sipConsentHeading: 'Consent',
  sipFollowUpsHeading: 'Follow-ups done',
  sipGoalsHeading: 'Goals',
  sipInterventionsHeading: 'Interventions',
  sipNeedsHeading: 'Needs',
  sipNextFollowUpHeading: 'Next follow-up',
  sipOthersActionsHeading: 'Actions by others',
  sipPlanObstaclesHeading: 'Obstacles',
  sipResponsibleHeading: 'Overall responsibility',
  sipPlanId: (id: string) => `Plan ${id}`,
  sipNoPlan: 'No plan to show.',
  sipInvalidPlan: 'The plan has errors:',
  sipStepsHeading: 'Steps of the plan',
  sipStepState: (state: string): string => (state === 'done' ? 'Done' : state === 'current' ? 'Current step' : 'To come'),
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
  sipConsentOn: (status: string, date: string) => `${status} on ${date}.`,
  sipConsentWithdrawnNote: 'Consent has been withdrawn: the plan may not be shared between the principals without new consent.',
  sipConsentNotGivenNote: 'Without consent the plan cannot be drawn up together with other principals.',
  sipNotDecided: 'Not decided yet.',
  sipPrincipalLabel: 'Principal',
  sipAgencyLabel: 'Agency',
  sipNoneGiven: 'None given.',
};

/** The texts by locale, for the schema module (which has no element to localize through). */
export const sipPlanMessages = { sv, en } as const;

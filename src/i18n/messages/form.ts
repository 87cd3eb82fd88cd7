import type { Translation } from '../types.js';

/**
 * Texts of the form elements (the questionnaire, the inventory form).
 * GOV.UK's wording where it has a pattern for it (the error summary, the
 * check-answers page); the validation messages themselves are the schema's.
 */
export const sv = {
  stepOf: (step: number, total: number) => `Steg ${step} av ${total}`,
  stepList: 'Formulärets steg',
  stepDone: 'klart',
  checking: 'Svaren har inte kontrollerats än.',
  next: 'Nästa',
  back: 'Tillbaka',
  continueToReview: 'Fortsätt till Kontrollera dina svar',
  reviewTitle: 'Kontrollera dina svar',
  reviewIntro: 'Kontrollera svaren innan du skickar in dem. Välj ”Ändra” för att rätta ett svar.',
  change: 'Ändra',
  changeWhat: (label: string) => `svaret på ”${label}”`,
  notAnswered: 'Inte besvarad',
  submit: 'Skicka in',
  submittedTitle: 'Svaren är inskickade',
  submittedBody: 'Svaren har lämnats över och det sparade utkastet är borttaget.',
  startNew: 'Fyll i ett nytt formulär',
  errorSummaryTitle: 'Det finns fel',
  errorPrefix: 'Fel:',
  optionalMark: '(valfri)',
  dontKnow: 'Vet ej',
  numberRange: (min: string, max: string) => `Ange ett tal från ${min} till ${max}.`,
  numberMin: (min: string) => `Ange ett tal som är ${min} eller mer.`,
  numberMax: (max: string) => `Ange ett tal som är ${max} eller mindre.`,
  textLimit: (max: string) => `Högst ${max} tecken. Skriv inga namn eller personnummer: uppgifterna är anonyma.`,
  respondent: (role: string) => `Svarsperson: ${role}`,
  roleLegend: 'Vem svarar på formuläret?',
  roleContinue: 'Fortsätt',
  invalidDefinition: 'Formulärets definition följer inte formatet och kan inte visas.',
  notARecordValue: 'Värdet som sidan gav är ingen formulärpost (ett objekt med ”definition” och ”answers” väntades).',
  valueIssuesTitle: 'Några svar kunde inte läsas in',
  valueIssuesBody: 'De här svaren följer inte formuläret och har lämnats bort. Övriga svar finns kvar och kan ändras.',
  dismiss: 'Stäng meddelandet',
  draftRestored: (time: string) => `Svaren från ett sparat utkast (${time}) har lästs in.`,
  draftStartOver: 'Börja om med ett tomt formulär',
  draftSaved: (time: string) => `Utkast sparat kl. ${time}`,
  draftDelete: 'Radera utkast',
  draftDeleted: 'Utkastet är raderat. Svaren på skärmen sparas som ett nytt utkast om du ändrar något.',
  draftExpired: (days: number) => `Ett sparat utkast som var äldre än ${days} ${days === 1 ? 'dag' : 'dagar'} har raderats utan att läsas in.`,
  draftKeyInUse:
    'Ett annat formulär på sidan sparar redan sitt utkast under samma nyckel (draft-key). Svaren i det här formuläret sparas inte som utkast, så att inget av formulären skriver över det andra.',
  draftsUnavailable:
    'Utkast kan inte sparas i den här webbläsaren (lagringen är avstängd eller full). Formuläret fungerar ändå, men svaren finns bara kvar så länge sidan är öppen.',
  draftCorrupt: 'Ett sparat utkast gick inte att läsa. Det har lagts undan och används inte.',
  draftOtherVersion: (ref: string) =>
    `Ett sparat utkast hör till en annan version av formuläret (${ref}). Det har lagts undan och används inte.`,
  draftConflict: (time: string) =>
    `Formuläret är öppet i en annan flik eller ett annat fönster och svaren sparades där ${time}. Ändringar här sparas inte som utkast förrän du har valt vilka svar som gäller.`,
  draftLoadTheirs: 'Hämta svaren från den andra fliken',
  draftKeepMine: 'Behåll svaren i den här fliken',
  draftClearedElsewhere:
    'Utkastet skickades in eller rensades i en annan flik. Svaren här finns kvar och sparas som ett nytt utkast när du ändrar något.',
};

export const en: Translation<typeof sv> = {
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  stepList: 'Form steps',
  stepDone: 'completed',
  checking: 'The answers have not been checked yet.',
  next: 'Next',
  back: 'Back',
  continueToReview: 'Continue to Check your answers',
  reviewTitle: 'Check your answers',
  reviewIntro: 'Check the answers before you submit them. Choose “Change” to correct an answer.',
  change: 'Change',
  changeWhat: (label: string) => `the answer to “${label}”`,
  notAnswered: 'Not answered',
  submit: 'Submit',
  submittedTitle: 'The answers have been submitted',
  submittedBody: 'The answers have been handed over and the saved draft has been removed.',
  startNew: 'Fill in a new form',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  optionalMark: '(optional)',
  dontKnow: 'Don’t know',
  numberRange: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
  numberMin: (min: string) => `Enter a number of ${min} or more.`,
  numberMax: (max: string) => `Enter a number of ${max} or less.`,
  textLimit: (max: string) => `${max} characters at most. Do not write names or personal identity numbers: records are anonymous.`,
  respondent: (role: string) => `Respondent: ${role}`,
  roleLegend: 'Who is answering the form?',
  roleContinue: 'Continue',
  invalidDefinition: 'The form’s definition does not follow the format and cannot be shown.',
  notARecordValue: 'The value the page gave is not a form record (an object with “definition” and “answers” was expected).',
  valueIssuesTitle: 'Some answers could not be loaded',
  valueIssuesBody: 'These answers do not fit the form and have been left out. The other answers are kept and can be changed.',
  dismiss: 'Close the message',
  draftRestored: (time: string) => `The answers from a saved draft (${time}) have been loaded.`,
  draftStartOver: 'Start again with an empty form',
  draftSaved: (time: string) => `Draft saved at ${time}`,
  draftDelete: 'Delete draft',
  draftDeleted: 'The draft has been deleted. The answers on screen are saved as a new draft if you change anything.',
  draftExpired: (days: number) => `A saved draft older than ${days} ${days === 1 ? 'day' : 'days'} has been deleted without being loaded.`,
  draftKeyInUse:
    'Another form on this page already keeps its draft under the same key (draft-key). The answers in this form are not saved as a draft, so that neither form overwrites the other.',
  draftsUnavailable:
    'Drafts cannot be saved in this browser (storage is blocked or full). The form still works, but the answers are kept only while the page is open.',
  draftCorrupt: 'A saved draft could not be read. It has been set aside and is not used.',
  draftOtherVersion: (ref: string) =>
    `A saved draft belongs to another version of the form (${ref}). It has been set aside and is not used.`,
  draftConflict: (time: string) =>
    `The form is open in another tab or window and the answers were saved there at ${time}. Changes here are not saved as a draft until you choose which answers to keep.`,
  draftLoadTheirs: 'Load the answers from the other tab',
  draftKeepMine: 'Keep the answers in this tab',
  draftClearedElsewhere:
    'The draft was submitted or cleared in another tab. The answers here are kept and are saved as a new draft when you change something.',
};

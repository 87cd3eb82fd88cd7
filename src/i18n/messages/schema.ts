import type { Translation } from '../types.js';
import * as freeText from './free-text.js';

/**
 * Validation messages of the schema module. They name a question by its
 * label, never by its id: the caseworker sees them next to the field and in
 * the error summary. GOV.UK's advice: say what to do, not what went wrong.
 */
export const sv = {
  ...freeText.sv,
  notARecord: 'Uppgifterna är inte en inventeringspost (ett objekt med "definition" och "answers" väntades).',
  wrongDefinition: (expected: string, got: string) =>
    `Posten hör till formuläret ”${got}”, men ”${expected}” väntades.`,
  unknownQuestion: (ids: string) => `Formuläret har ingen fråga med id ${ids}.`,
  unknownRole: (role: string) => `Formuläret har ingen svarsroll ”${role}”.`,
  roleRequired: 'Ange vilken roll som svarar (till exempel handläggare, ungdom eller vårdnadshavare).',
  chooseOne: (label: string) => `Välj ett svar på frågan ”${label}”.`,
  chooseMany: (label: string) => `Välj minst ett alternativ på frågan ”${label}”.`,
  enterNumber: (label: string) => `Ange ett tal som svar på frågan ”${label}”.`,
  enterDate: (label: string) => `Ange ett datum som svar på frågan ”${label}”.`,
  notAnOption: (label: string) => `Svaret på frågan ”${label}” är inte ett av alternativen.`,
  duplicateOption: (label: string) => `Samma alternativ är valt två gånger på frågan ”${label}”.`,
  exclusive: (label: string, option: string) =>
    `”${option}” kan inte kombineras med andra svar på frågan ”${label}”. Välj antingen ”${option}” eller de alternativ som stämmer.`,
  conditionNotMet: (label: string) =>
    `Frågan ”${label}” ska inte besvaras med de svar som har getts på tidigare frågor.`,
  notANumber: (label: string) => `Svaret på frågan ”${label}” måste vara ett tal.`,
  notAnInteger: (label: string) => `Svaret på frågan ”${label}” måste vara ett heltal.`,
  tooSmall: (label: string, min: number) => `Svaret på frågan ”${label}” måste vara ${min} eller mer.`,
  tooLarge: (label: string, max: number) => `Svaret på frågan ”${label}” måste vara ${max} eller mindre.`,
  notADate: (label: string) => `Svaret på frågan ”${label}” måste vara ett riktigt datum (ÅÅÅÅ-MM-DD).`,
  dateTooEarly: (label: string, min: string) => `Datumet på frågan ”${label}” får inte vara före ${min}.`,
  dateTooLate: (label: string, max: string) => `Datumet på frågan ”${label}” får inte vara efter ${max}.`,
  scaleOutOfRange: (label: string, points: number) =>
    `Svaret på frågan ”${label}” måste vara ett värde från 1 till ${points}.`,
};

export const en: Translation<typeof sv> = {
  ...freeText.en,
  notARecord: 'The data is not an inventory record (an object with "definition" and "answers" was expected).',
  wrongDefinition: (expected: string, got: string) =>
    `The record belongs to the form “${got}”, but “${expected}” was expected.`,
  unknownQuestion: (ids: string) => `The form has no question with id ${ids}.`,
  unknownRole: (role: string) => `The form has no respondent role “${role}”.`,
  roleRequired: 'Say which role is answering (for example caseworker, young person or guardian).',
  chooseOne: (label: string) => `Choose an answer to the question “${label}”.`,
  chooseMany: (label: string) => `Choose at least one option for the question “${label}”.`,
  enterNumber: (label: string) => `Enter a number as the answer to “${label}”.`,
  enterDate: (label: string) => `Enter a date as the answer to “${label}”.`,
  notAnOption: (label: string) => `The answer to “${label}” is not one of the options.`,
  duplicateOption: (label: string) => `The same option is chosen twice for “${label}”.`,
  exclusive: (label: string, option: string) =>
    `“${option}” cannot be combined with other answers to “${label}”. Choose either “${option}” or the options that apply.`,
  conditionNotMet: (label: string) => `The question “${label}” should not be answered, given the earlier answers.`,
  notANumber: (label: string) => `The answer to “${label}” must be a number.`,
  notAnInteger: (label: string) => `The answer to “${label}” must be a whole number.`,
  tooSmall: (label: string, min: number) => `The answer to “${label}” must be ${min} or more.`,
  tooLarge: (label: string, max: number) => `The answer to “${label}” must be ${max} or less.`,
  notADate: (label: string) => `The answer to “${label}” must be a real date (YYYY-MM-DD).`,
  dateTooEarly: (label: string, min: string) => `The date for “${label}” must not be before ${min}.`,
  dateTooLate: (label: string, max: string) => `The date for “${label}” must not be after ${max}.`,
  scaleOutOfRange: (label: string, points: number) => `The answer to “${label}” must be a value from 1 to ${points}.`,
};

export const schemaMessages = { sv, en } as const;

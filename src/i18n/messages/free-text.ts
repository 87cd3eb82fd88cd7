import type { Translation } from '../types.js';

/*
 * The messages of the free-text guard (`anonymousText` in the schema
 * module), apart from the other schema messages: every element validates
 * free text, and needs only these four. `schema.ts` includes them.
 */
export const sv = {
  enterText: (label: string) => `Skriv ett svar på frågan ”${label}”.`,
  notText: (label: string) => `Svaret på frågan ”${label}” måste vara en text.`,
  tooLong: (label: string, max: number) => `Svaret på frågan ”${label}” får vara högst ${max} tecken.`,
  personalNumber: (label: string) =>
    `Svaret på ”${label}” ser ut att innehålla ett personnummer eller samordningsnummer. Uppgifterna ska vara anonyma: ta bort numret.`,
};

export const en: Translation<typeof sv> = {
  enterText: (label: string) => `Enter an answer to the question “${label}”.`,
  notText: (label: string) => `The answer to “${label}” must be text.`,
  tooLong: (label: string, max: number) => `The answer to “${label}” must be ${max} characters or fewer.`,
  personalNumber: (label: string) =>
    `The answer to “${label}” seems to contain a Swedish personal identity or coordination number. Records are anonymous: remove the number.`,
};

export const freeTextMessages = { sv, en } as const;

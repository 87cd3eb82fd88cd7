import type { Translation } from '../types.js';

/*
 * The messages of the free-text guard (`anonymousText` and `anonymousId` in
 * the schema module), apart from the other schema messages: every element
 * validates free text and ids, and needs only these. `schema.ts` includes
 * them.
 *
 * `personalNumber` adds how to write a phone number or a time when the
 * number found was written as bare digits (`bare`): a phone number or a
 * timestamp written so (0701234565) cannot be told from a personal
 * identity number.
 */
export const sv = {
  enterText: (label: string) => `Skriv ett svar på frågan ”${label}”.`,
  notText: (label: string) => `Svaret på frågan ”${label}” måste vara en text.`,
  tooLong: (label: string, max: number) => `Svaret på frågan ”${label}” får vara högst ${max} tecken.`,
  personalNumber: (label: string, bare = false) =>
    `Svaret på ”${label}” ser ut att innehålla ett personnummer eller samordningsnummer. Uppgifterna ska vara anonyma: ta bort numret.` +
    (bare ? ' Är det ett telefonnummer eller en tidpunkt? Skriv det då som 070-123 45 67 eller 2024-05-01 10:30.' : ''),
  idPersonalNumber: (label: string) =>
    `Ett id får inte innehålla ett personnummer eller samordningsnummer, men ”${label}” ser ut att göra det. Uppgifterna ska vara anonyma: använd ett löpnummer, till exempel r1.`,
  badLanguage: 'Ange språket med en språkkod, till exempel sv eller en.',
};

export const en: Translation<typeof sv> = {
  enterText: (label: string) => `Enter an answer to the question “${label}”.`,
  notText: (label: string) => `The answer to “${label}” must be text.`,
  tooLong: (label: string, max: number) => `The answer to “${label}” must be ${max} characters or fewer.`,
  personalNumber: (label: string, bare = false) =>
    `The answer to “${label}” seems to contain a Swedish personal identity or coordination number. Records are anonymous: remove the number.` +
    (bare ? ' If it is a phone number or a time, write it as 070-123 45 67 or 2024-05-01 10:30.' : ''),
  idPersonalNumber: (label: string) =>
    `An id must not contain a Swedish personal identity or coordination number, but “${label}” seems to. Records are anonymous: use a running number, such as r1.`,
  badLanguage: 'Give the language as a language tag, such as sv or en.',
};

export const freeTextMessages = { sv, en } as const;

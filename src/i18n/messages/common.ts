import type { Translation } from '../types.js';

/** Texts shared by every element. */
export const sv = {
  brokenInput: 'Den här delen kunde inte visas: uppgifterna som sidan gav går inte att använda.',
  brokenInputDetail: 'Resten av sidan fungerar som vanligt. Kontakta den som ansvarar för sidan om felet består.',
  unknownError: 'Ett oväntat fel inträffade.',
  unreadableValue: (property: string) => `Värdet av ${property} går inte att läsa: det ger ett fel när det läses (en Proxy eller en getter som kastar fel).`,
  loadFailed: 'En del av sidan kunde inte hämtas. Ladda om sidan för att försöka igen.',
  cancel: 'Avbryt',
  save: 'Spara',
  edit: 'Ändra',
  remove: 'Ta bort',
  undo: 'Ångra',
  suppressedSign: '..',
  // What a screen reader says for `..` and `-`, which it would read as punctuation or not at all.
  suppressedWords: 'uppgift visas inte',
  missingWords: 'uppgift saknas',
  suppressedNote: (min: number) => `.. = uppgiften visas inte för att färre än ${min} personer ingår (skydd mot att enskilda kan identifieras).`,
  missingSign: '-',
};

export const en: Translation<typeof sv> = {
  brokenInput: 'This part could not be shown: the data the page provided cannot be used.',
  brokenInputDetail: 'The rest of the page works as usual. Contact whoever runs this page if the problem persists.',
  unknownError: 'An unexpected error occurred.',
  unreadableValue: (property: string) => `The value of ${property} cannot be read: reading it throws (a Proxy or a getter that throws).`,
  loadFailed: 'Part of the page could not be fetched. Reload the page to try again.',
  cancel: 'Cancel',
  save: 'Save',
  edit: 'Change',
  remove: 'Remove',
  undo: 'Undo',
  suppressedSign: '..',
  suppressedWords: 'figure not shown',
  missingWords: 'figure missing',
  suppressedNote: (min: number) => `.. = not shown because fewer than ${min} people are included (so that no individual can be identified).`,
  missingSign: '-',
};

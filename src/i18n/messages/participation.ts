import type { Translation } from '../types.js';

/*
 * Texts only <samsyn-participation> shows. Its schema's messages and the
 * field names <samsyn-action-plan> shares are in `plan.ts`.
 */

export const sv = {
  partHeading: 'Brukarinflytande',
  partAnswers: 'Svaras av',
  partNotLinked: 'Inte kopplad till handlingsplanen',
  partUnknownRow: (id: string) => `rad ${id} (finns inte i planen)`,
  partNoViews: 'Inga synpunkter har registrerats.',
  partNoDate: 'Datum ej angivet',
  partNoOrganisations: 'Inga organisationer har registrerats.',
};

export const en: Translation<typeof sv> = {
  partHeading: 'User involvement',
  partAnswers: 'Answered by',
  partNotLinked: 'Not linked to the action plan',
  partUnknownRow: (id: string) => `row ${id} (not in the plan)`,
  partNoViews: 'No views have been recorded.',
  partNoDate: 'Date not given',
  partNoOrganisations: 'No organisations have been recorded.',
};

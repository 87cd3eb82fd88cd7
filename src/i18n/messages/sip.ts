import type { Translation } from '../types.js';

/*
 * Texts of the SIP area that both its parts use: the validation messages the
 * plan and the overview schemas share, and what <samsyn-sip-status> says
 * before it knows its mode. One person's plan (its vocabulary, validation
 * and view) is in `sip-plan.ts`; a kommun's counts in `sip-overview.ts`:
 * each loads with its mode of the element.
 *
 * Every key starts with `sip` because the areas are merged into one catalog.
 */

export const sv = {
  sipFieldObstacle: 'Hinder',
  sipWrongShape: (label: string) => `”${label}” har fel form. Kontrollera uppgifterna.`,
  sipNotAList: (label: string) => `”${label}” ska vara en lista.`,
  sipEnterDate: (label: string) => `Ange ”${label}” som ett riktigt datum (ÅÅÅÅ-MM-DD).`,
  sipOverviewHeading: 'Samordnade individuella planer (SIP)',
  sipInvalidMinCount: (value: string) => `Gränsen för att visa ett antal måste vara ett heltal, 1 eller mer (fick ”${value}”).`,
  sipPlanHeading: 'Samordnad individuell plan (SIP)',
  sipInvalidToday: (value: string) => `Dagens datum måste anges som ÅÅÅÅ-MM-DD (fick ”${value}”).`,
  sipInvalidMode: (value: string) => `Visningsläget måste vara ”overview” eller ”plan” (fick ”${value}”).`,
};

export const en: Translation<typeof sv> = {
  sipFieldObstacle: 'Obstacle',
  sipWrongShape: (label: string) => `“${label}” has the wrong shape. Check the data.`,
  sipNotAList: (label: string) => `“${label}” must be a list.`,
  sipEnterDate: (label: string) => `Enter “${label}” as a real date (YYYY-MM-DD).`,
  sipOverviewHeading: 'Coordinated individual plans (SIP)',
  sipInvalidMinCount: (value: string) => `The smallest count shown must be a whole number, 1 or more (got “${value}”).`,
  sipPlanHeading: 'Coordinated individual plan (SIP)',
  sipInvalidToday: (value: string) => `Today's date must be given as YYYY-MM-DD (got “${value}”).`,
  sipInvalidMode: (value: string) => `The mode must be “overview” or “plan” (got “${value}”).`,
};

/** The texts by locale, for the schema module (which has no element to localize through). */
export const sipMessages = { sv, en } as const;

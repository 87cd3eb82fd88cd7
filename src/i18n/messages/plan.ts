import type { Translation } from '../types.js';

/** Texts of the plan elements. */
export const sv = {
};

export const en: Translation<typeof sv> = {
};

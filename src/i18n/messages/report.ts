import type { Translation } from '../types.js';

/** Texts of the report elements. */
export const sv = {
};

export const en: Translation<typeof sv> = {
};

import type { Translation } from '../types.js';

/** Texts of the aggregate area. */
export const sv = {
};

export const en: Translation<typeof sv> = {
};

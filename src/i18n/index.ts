export { catalogs, registerMessages, translate, type Catalog, type MessageKey } from './catalogs.js';
export { LocalizeController, nearestLang } from './localize.js';

/**
 * The all-in-one entry: registers every Samsyn element and re-exports the
 * element classes, the schema module and the aggregate module.
 */
export * from './schema/index.js';
export * from './aggregate/index.js';
export { LocalizeController, translate } from './i18n/index.js';
export * from './components/shared/events.js';

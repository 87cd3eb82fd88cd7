/**
 * `samsyn/schema`: every piece of Samsyn's data as zod schemas. No DOM; runs
 * in Node 20 and in the browser, so a vendor validates on its server exactly
 * as the elements do in the page.
 */
export * from './text.js';
export * from './questionnaire.js';
export * from './record.js';
export * from './anonymity.js';
export * from './inventory.js';
export * from './sip.js';
export * from './action-plan.js';
export * from './participation.js';
export * from './aggregate-result.js';
export * from './kolada.js';
export * from './population-scb.js';
export { inventoryDefinition } from '../definitions/inventory.js';
export { schemaMessages } from '../i18n/messages/schema.js';
export { followupDefinition } from '../definitions/followup.js';
export { analysisDefinition } from '../definitions/analysis.js';

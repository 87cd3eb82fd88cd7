/**
 * The all-in-one entry: registers every Samsyn element and re-exports the
 * element classes, the schema module and the aggregate module.
 *
 * Importing an element's module registers its tag (`define()` at the bottom
 * of each element file); a page that needs one element can load
 * `samsyn/components/<name>.js` alone instead.
 */
import './components/shared/policy-guard.js';
import './i18n/all-messages.js';

export * from './schema/index.js';
export * from './aggregate/index.js';
export { LocalizeController, registerMessages, translate } from './i18n/index.js';
export * from './components/shared/events.js';
export type * from './jsx.js';

export { SamsynActionPlan } from './components/action-plan/action-plan.js';
export { SamsynChart } from './components/chart/chart.js';
export { SamsynInventoryForm } from './components/inventory-form/inventory-form.js';
export { SamsynInventoryReport } from './components/inventory-report/inventory-report.js';
export { SamsynParticipation } from './components/participation/participation.js';
export { SamsynQuestionnaire } from './components/questionnaire/questionnaire.js';
export { SamsynReportDocument } from './components/report-document/report-document.js';
export type { AnalysisRecord, AnonymityStatement, DocumentPart, OutlineEntry, ReportMeta } from './components/report-document/report-document.js';
export { SamsynSipStatus } from './components/sip-status/sip-status.js';

/**
 * The all-in-one entry: registers every Samsyn element and re-exports the
 * element classes, the schema module and the aggregate module.
 *
 * Each element's folder keeps its class in `<name>.component.ts`, which
 * registers nothing, and its registering entry in `<name>.ts` (`define()`),
 * so that importing a class never defines a tag as a side effect. A page
 * that needs one element can load `samsyn/components/<name>.js` alone.
 */
import './components/shared/policy-guard.js';
import './i18n/all-messages.js';

export * from './schema/index.js';
export * from './aggregate/index.js';
export { LocalizeController, registerMessages, translate } from './i18n/index.js';
export * from './components/shared/events.js';
export type * from './jsx.js';
export { configContext, definitionContext, type ProvidedInput, type SamsynConfig } from './components/shared/context.js';

export { SamsynActionPlan } from './components/action-plan/action-plan.js';
export { SamsynChart } from './components/chart/chart.js';
export { SamsynContext } from './components/context/context.js';
export { SamsynInventoryForm } from './components/inventory-form/inventory-form.js';
export { SamsynInventoryReport } from './components/inventory-report/inventory-report.js';
export { SamsynParticipation } from './components/participation/participation.js';
export { SamsynQuestionnaire } from './components/questionnaire/questionnaire.js';
export { SamsynReportDocument } from './components/report-document/report-document.js';
export type { AnalysisRecord, AnonymityStatement, DocumentPart, OutlineEntry, ReportMeta } from './components/report-document/report-document.js';
export { SamsynSipStatus } from './components/sip-status/sip-status.js';

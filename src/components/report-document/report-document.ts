import { define } from '../shared/define.js';
import { SamsynReportDocument } from './report-document.component.js';

export { SamsynReportDocument, DOCUMENT_PARTS } from './report-document.component.js';
export type { AnalysisRecord, AnonymityStatement, DocumentPart, OutlineEntry, ReportMeta } from './report-document.component.js';

define('samsyn-report-document', SamsynReportDocument);

declare global {
  interface HTMLElementTagNameMap {
    'samsyn-report-document': SamsynReportDocument;
  }
}

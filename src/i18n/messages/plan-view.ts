import type { Translation } from '../types.js';

/*
 * Texts <samsyn-action-plan> and <samsyn-participation> show, read only in
 * the element's language: a page fetches them in its own. The schemas'
 * messages, the field names and the vocabularies, which come in both
 * languages at once, are in `plan.ts`. Keys start with `plan` or `part`
 * like the rest of the plan area.
 */

/** A value with its unit: "30 %", "12 dagar". The number comes formatted for the language. */
function withUnitSv(unit: string, n: string): string {
  if (unit === 'percent') return `${n} %`;
  if (unit === 'per-mille') return `${n} ‰`;
  if (unit === 'days') return `${n} dagar`;
  return n;
}
function withUnitEn(unit: string, n: string): string {
  if (unit === 'percent') return `${n}%`;
  if (unit === 'per-mille') return `${n}‰`;
  if (unit === 'days') return `${n} days`;
  return n;
}

export const sv = {
  // A measurable target: `direction` is the direction's name (`planDirection`), `value` the value with its unit.
  planWithUnit: withUnitSv,
  planTarget: (direction: string, value: string) => `${direction} ${value}`,
  planOutcome: (value: string) => `utfall ${value}`,
  planReached: 'Uppnått',
  planNotReached: 'Ej uppnått',
  planNoOutcome: 'Utfall ej inrapporterat',
  planOverdue: 'Försenad',
  planNotGiven: 'Ej angivet',
  planDefaultTitle: 'Handlingsplan',
  planInvalidValue: 'Handlingsplanen följer inte formatet:',
  planEditorUnavailable: 'Redigeringen kunde inte laddas. Ladda om sidan och försök igen.',

  // The table and its summary.
  planPeriodLine: (period: string) => `Period: ${period}`,
  planRowsInArea: (n: number) => (n === 1 ? '1 rad' : `${n} rader`),
  planSummary: (total: number, done: number, ongoing: number, notStarted: number, cancelled: number) =>
    `${total === 1 ? '1 rad' : `${total} rader`}: ${done} klara, ${ongoing} pågår, ${notStarted} ej påbörjade, ${cancelled} avbrutna.`,
  planOverdueSummary: (n: number) => (n === 1 ? '1 rad är försenad.' : `${n} rader är försenade.`),
  planTargetSummary: (reached: number, of: number) => `Mätbara mål: ${reached} av ${of} uppnådda.`,
  planEmpty: 'Planen har inga rader ännu.',
  planNoAreaRows: 'Inga rader i området ännu.',
  planViewBy: (organisation: string) => `${organisation}:`,
  planFieldViews: 'Synpunkter',
  // A problem of a row of a plan that cannot be shown or read in.
  planRowProblem: (row: number, message: string) => `Rad ${row}: ${message}`,

  // Filters and sorting.
  planFilterLegend: 'Visa och sortera',
  planFilterAll: 'Alla',
  planFilterOverdue: 'Försenade',
  planSort: 'Sortera',
  planSortPlan: 'Planens ordning',
  planSortDeadline: 'Tidplan, tidigast först',
  planSortStatus: 'Status',
  planShowing: (shown: number, total: number) => `${shown} av ${total} rader visas.`,
  planNoMatch: 'Inga rader stämmer med urvalet.',
  planClearFilters: 'Visa alla rader',

  // Download (reading a plan in belongs to editing: `plan-edit.ts`).
  planTransferLegend: 'Ladda ned eller läs in',
  planDownloadCsv: 'Ladda ned som CSV',
  planDownloadJson: 'Ladda ned som JSON',
  planFileName: 'handlingsplan',

  // Participation.
  partInvalidValue: 'Synpunkterna följer inte formatet:',
  partJoint: 'Alla organisationerna',
};

export const en: Translation<typeof sv> = {
  planWithUnit: withUnitEn,
  planTarget: (direction: string, value: string) => `${direction} ${value}`,
  planOutcome: (value: string) => `outcome ${value}`,
  planReached: 'Reached',
  planNotReached: 'Not reached',
  planNoOutcome: 'Outcome not reported',
  planOverdue: 'Overdue',
  planNotGiven: 'Not given',
  planDefaultTitle: 'Action plan',
  planInvalidValue: 'The action plan does not follow the format:',
  planEditorUnavailable: 'Editing could not be loaded. Reload the page and try again.',

  planPeriodLine: (period: string) => `Period: ${period}`,
  planRowsInArea: (n: number) => (n === 1 ? '1 row' : `${n} rows`),
  planSummary: (total: number, done: number, ongoing: number, notStarted: number, cancelled: number) =>
    `${total === 1 ? '1 row' : `${total} rows`}: ${done} done, ${ongoing} ongoing, ${notStarted} not started, ${cancelled} cancelled.`,
  planOverdueSummary: (n: number) => (n === 1 ? '1 row is overdue.' : `${n} rows are overdue.`),
  planTargetSummary: (reached: number, of: number) => `Measurable targets: ${reached} of ${of} reached.`,
  planEmpty: 'The plan has no rows yet.',
  planNoAreaRows: 'No rows in this area yet.',
  planViewBy: (organisation: string) => `${organisation}:`,
  planFieldViews: 'Views',
  planRowProblem: (row: number, message: string) => `Row ${row}: ${message}`,

  planFilterLegend: 'Show and sort',
  planFilterAll: 'All',
  planFilterOverdue: 'Overdue',
  planSort: 'Sort',
  planSortPlan: 'Order of the plan',
  planSortDeadline: 'Deadline, earliest first',
  planSortStatus: 'Status',
  planShowing: (shown: number, total: number) => `${shown} of ${total} rows shown.`,
  planNoMatch: 'No rows match the selection.',
  planClearFilters: 'Show all rows',

  planTransferLegend: 'Download or read in',
  planDownloadCsv: 'Download as CSV',
  planDownloadJson: 'Download as JSON',
  planFileName: 'action-plan',

  partInvalidValue: 'The views do not follow the format:',
  partJoint: 'All the organisations',
};

import { writeCsv } from '../../aggregate/csv-writer.js';
import { cellOf, countOf, type ChartModel, type Localizer } from './chart-data.js';
import { downloadText, fileNameOf } from '../shared/download.js';
import { intlLocale } from '../../schema/locale.js';

/** Saves the chart's table as `<question>-<period>.csv`. */
export function downloadTable(container: ParentNode, model: ChartModel, l: Localizer, period: string | undefined): void {
  downloadText(container, `${fileNameOf(model.question.id, period)}.csv`, tableCsv(model, l));
}

/**
 * The chart's table as a CSV file: the same rows and columns a reader sees,
 * in the page's language. RFC 4180 with a BOM; Swedish Excel's semicolon
 * and decimal comma in Swedish, comma and point in English. Hidden figures
 * are `..` and missing ones `-`, as in the table: never a number. A label a
 * spreadsheet would run as a formula gets an apostrophe in front.
 */
export function tableCsv(model: ChartModel, l: Localizer): string {
  const swedish = l.locale === 'sv';
  const separator = swedish ? ';' : ',';
  const plain = (n: number, digits = 0) =>
    new Intl.NumberFormat(intlLocale(l.locale), { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(n)
      .replace('\u2212', '-');
  const figure = (value: number | null | undefined, suppressed: boolean | undefined, digits = 0) =>
    suppressed ? l.term('suppressedSign') : value === null || value === undefined ? l.term('missingSign') : plain(value, digits);
  const named = (column: string, heading: string) => (model.columns.length > 1 ? `${column}: ${heading}` : heading);

  const header = [model.histogram ? l.term('chartInterval') : l.term('chartOption')];
  for (const col of model.columns) {
    header.push(named(col.label, l.term('chartCount')), named(col.label, `${l.term('chartShare')}, %`));
    if (model.perMille) header.push(named(col.label, l.term('chartPerMille')));
  }
  const rows: string[][] = [header];
  for (const category of model.categories) {
    const row = [category.label];
    for (const col of model.columns) {
      const cell = cellOf(category, col.key);
      row.push(figure(cell.count, cell.suppressed), figure(cell.shareOfAnswered === null ? null : cell.shareOfAnswered * 100, cell.suppressed, 1));
      if (model.perMille) row.push(figure(cell.perMille, cell.suppressed, 1));
    }
    rows.push(row);
  }
  for (const [label, split] of [
    [l.term('chartAnsweredRow'), model.question.answered],
    [l.term('chartUnansweredRow'), model.question.unanswered],
  ] as const) {
    const row = [label];
    for (const col of model.columns) {
      const c = countOf(split, col.key);
      row.push(figure(c.count, c.suppressed), '');
      if (model.perMille) row.push('');
    }
    rows.push(row);
  }

  // Labels and headings are text, guarded against formulas; every column after the first holds figures.
  return writeCsv(rows, separator, (j) => j > 0);
}

/*
 * The one CSV writer of Samsyn. `toCsv` of samsyn/aggregate, the chart's
 * table and the action plan format their rows and hand them here, so that
 * quoting and the formula guard cannot drift apart. Pure: no DOM.
 *
 * Text and figures. Every cell is text, unless the caller marks its column
 * `plain`: a column of figures it wrote itself from numbers (`12`, `-3`,
 * `-1,5`, `..` for a hidden figure, `-` for a missing one) or of codes it
 * checked (an action plan's row ids). A plain cell made only of ASCII
 * letters, digits, `_`, `-`, `.` and `,` is written as it is, so that a
 * negative number stays a number a spreadsheet reads. Anything else in a
 * plain column, and every text cell (the header row is always text), is
 * guarded.
 */

/** What a spreadsheet runs as a formula: a first =, +, -, @, tab or carriage return, also behind apostrophes. */
const formula = /^'*[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet cannot run: an apostrophe in front of a leading
 * =, +, -, @, tab or carriage return. Text that already has apostrophes
 * before such a sign gets one more, so that taking the first one away gives
 * back exactly the text (the action plan reads its CSV back).
 */
export const guardCell = (text: string): string => (formula.test(text) ? `'${text}` : text);

/**
 * Rows as RFC 4180 CSV, the first row being the header: CRLF line ends, a
 * field with the separator, a quote, CR or LF in quotes with its quotes
 * doubled, every text cell guarded against formulas. `plain(j)` says whether
 * the cells of column `j` (0-based) below the header are figures or codes
 * rather than text. A UTF-8 byte order mark first, so that Excel reads å, ä
 * and ö right, unless `bom` is false.
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: ';' | ',', plain: (column: number) => boolean, bom = true): string {
  const line = (row: readonly string[], i: number) =>
    row
      .map((cell, j) => {
        const safe = i && plain(j) && /^[\w.,-]*$/.test(cell) ? cell : guardCell(cell);
        return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
      })
      .join(separator);
  return `${bom ? '\uFEFF' : ''}${rows.map(line).join('\r\n')}\r\n`;
}

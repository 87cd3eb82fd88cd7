// @ts-check
// Minimal .xlsx files for the import tests: a real workbook (one sheet of
// inline strings and numbers) and a bomb (a small file that unpacks hugely).
import { strToU8, zipSync } from 'fflate';

const xml = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A column letter for index 0, 1, … (A, B, …, Z, AA). */
/** @type {(i: number) => string} */
const letter = (i) => (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

const parts = (/** @type {string} */ sheetXml) => ({
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  '_rels/.rels': strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  'xl/workbook.xml': strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Inventering" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  'xl/_rels/workbook.xml.rels': strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
  'xl/worksheets/sheet1.xml': strToU8(sheetXml),
});

/**
 * An .xlsx workbook holding `rows` (strings and numbers; a cell object
 * `{ formula, value }` is a formula cell with its last computed value).
 * @param {Array<Array<string | number | null | { formula: string, value: string }>>} rows
 */
export function makeXlsx(rows) {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${letter(c)}${r + 1}`;
          if (cell === null) return '';
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === 'object') return `<c r="${ref}" t="str"><f>${xml(cell.formula)}</f><v>${xml(cell.value)}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${xml(cell)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  return Buffer.from(zipSync(parts(sheet), { level: 6 }));
}

/**
 * A spreadsheet bomb: a valid-looking workbook whose sheet unpacks to
 * `megabytes` MB (of one cell's text repeated) from a file of a few hundred KB.
 * @param {number} megabytes
 */
export function makeXlsxBomb(megabytes = 200) {
  const filler = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  const head = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>gender');
  const tail = strToU8('</t></is></c></row></sheetData></worksheet>');
  const sheet = new Uint8Array(head.length + filler.length + tail.length);
  sheet.set(head, 0);
  sheet.set(filler, head.length);
  sheet.set(tail, head.length + filler.length);
  const files = parts('');
  files['xl/worksheets/sheet1.xml'] = sheet;
  return Buffer.from(zipSync(files, { level: 9 }));
}

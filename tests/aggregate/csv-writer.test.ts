import { expect } from '@open-wc/testing';
import { guardCell, writeCsv } from '../../src/aggregate/csv-writer.js';

/** The formula starts of the privacy issue, each as a spreadsheet would run it. */
const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'];
/** Every column text, or every column plain. */
const text = () => false;
const plain = () => true;

describe('writeCsv, the one CSV writer', () => {
  it('starts with a byte order mark unless told not to, and ends every line with CRLF', async () => {
    const csv = writeCsv([['a', 'b'], ['c', 'd']], ';', text);
    expect(csv).to.equal('\uFEFFa;b\r\nc;d\r\n');
    const bytes = new Uint8Array(await new Blob([csv]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(writeCsv([['a', 'b']], ',', text, false)).to.equal('a,b\r\n');
  });

  it('quotes a field with the separator, a quote, CR or LF (RFC 4180), and only then', () => {
    const row = ['a;b', 'a,b', 'sa "hej"', 'rad ett\nrad två', 'rad\r\n', 'vanlig text', ''];
    expect(writeCsv([['h'], row], ';', text, false)).to.equal(
      'h\r\n"a;b";a,b;"sa ""hej""";"rad ett\nrad två";"rad\r\n";vanlig text;\r\n',
    );
    expect(writeCsv([['h'], row], ',', text, false)).to.contain('a;b,"a,b","sa ""hej"""');
  });

  it('guards every text cell a spreadsheet would run as a formula, header included', () => {
    const csv = writeCsv([FORMULAS, FORMULAS], ';', text, false);
    const guarded = `'=HYPERLINK(""http://x"",""y"")";'+1;'-1+2;'@SUM(A1);'\tx;"'\rx"`;
    expect(csv).to.equal(`"${guarded}\r\n"${guarded}\r\n`);
    for (const text of FORMULAS) expect(guardCell(text)).to.equal(`'${text}`);
  });

  it('adds one apostrophe to text already guarded, so that taking one away gives the text back', () => {
    expect(guardCell("'=1+1")).to.equal("''=1+1");
    expect(guardCell("''@x")).to.equal("'''@x");
    expect(guardCell("'citat'")).to.equal("'citat'");
    expect(guardCell('1+1=2 och -3')).to.equal('1+1=2 och -3');
  });

  it('writes figures of plain columns as they are: negative numbers stay numbers, hidden and missing signs stay signs', () => {
    const rows = [
      ['Förändring', 'Antal', 'Andel'],
      ['-3', '-3', '-1,5'],
      ['..', '..', '-'],
      ['-1.5', '0', '12,0'],
    ];
    const lines = writeCsv(rows, ';', (j) => j > 0, false).split('\r\n');
    expect(lines).to.deep.equal(["Förändring;Antal;Andel", "'-3;-3;-1,5", '..;..;-', "'-1.5;0;12,0", '']);
    // Comma separated, a decimal point: the same figures, unquoted.
    expect(writeCsv([['x'], ['-2.25']], ',', plain, false)).to.equal('x\r\n-2.25\r\n');
  });

  it('guards anything but a figure or a code in a plain column, and the header of a plain column', () => {
    const lines = writeCsv([['-Rubrik', '=Rubrik'], ...FORMULAS.map((f) => [f, f])], ';', plain, false)
      .split('\r\n')
      .slice(0, 5);
    expect(lines).to.deep.equal([
      "'-Rubrik;'=Rubrik",
      `"'=HYPERLINK(""http://x"",""y"")";"'=HYPERLINK(""http://x"",""y"")"`,
      "'+1;'+1",
      "'-1+2;'-1+2",
      "'@SUM(A1);'@SUM(A1)",
    ]);
    // An id of letters, digits, _ and - is a code: written as it is.
    expect(writeCsv([['id'], ['-a_1-b']], ';', plain, false)).to.equal('id\r\n-a_1-b\r\n');
  });
});

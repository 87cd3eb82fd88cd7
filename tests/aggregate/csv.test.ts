import { expect } from '@open-wc/testing';
import { aggregate, toCsv } from '../../src/aggregate/index.js';
import { survey, valid } from '../fixtures/aggregate-survey.js';

describe('toCsv (in the browser)', () => {
  const result = aggregate(valid, { definition: survey, by: 'gender', minCount: 1, population: { total: 1000 } });

  it('reads back as Swedish Excel expects: BOM, semicolons, decimal commas', async () => {
    const csv = toCsv(result);
    // What a download would hold: the BOM survives as its three UTF-8 bytes.
    const bytes = new Uint8Array(await new Blob([csv]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).to.include('work;Arbetar;option;yes;Ja;;Samtliga;5;62,5;62,5;5;');
    expect(rows).to.include('mood;Mående;option;dont-know;Vet ej;woman;Kvinna;1;25;25;;');
    expect(rows).to.include(';;total;;Antal personer;;Samtliga;8;;;8;');
  });

  it('in English with comma and point', () => {
    const rows = toCsv(result, { locale: 'en', separator: ',', decimal: '.', bom: false }).split('\r\n');
    expect(rows).to.include('age,Age,median,,Median,woman,Woman,,,,,32');
    expect(rows).to.include('pets,Pets,option,dog,Dog,man,Man,2,100,50,,');
  });
});
